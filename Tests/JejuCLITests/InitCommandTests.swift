import Foundation
import TestSupport
import Testing

@Suite struct InitCommandTests {
    @Test func initCreatesSettingsAndLayout() throws {
        let dir = try JejuBinary.temporaryFolder()
        let r = try JejuBinary.run(["-C", dir.path, "init", "--targets", "ko,ar"])
        #expect(r.status == 0, "\(r.stderr)")
        let yml = try String(contentsOf: dir.appendingPathComponent("jeju.yml"), encoding: .utf8)
        #expect(yml.contains("targets: [ko, ar]"))
        for folder in ["locales/en/notices", "locales/ko", "locales/ar", "glossary"] {
            var isDir: ObjCBool = false
            #expect(
                FileManager.default.fileExists(atPath: dir.appendingPathComponent(folder).path, isDirectory: &isDir)
                    && isDir.boolValue)
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("locales/vi").path))
    }

    @Test func initNeverOverwritesSettings() throws {
        let dir = try JejuBinary.temporaryFolder()
        try "source: en\ntargets: [vi]\n".write(
            to: dir.appendingPathComponent("jeju.yml"), atomically: true, encoding: .utf8)
        let r = try JejuBinary.run(["init", dir.path])
        #expect(r.status == 0)
        #expect(
            try String(contentsOf: dir.appendingPathComponent("jeju.yml"), encoding: .utf8)
                == "source: en\ntargets: [vi]\n")
    }

    @Test func badUsageExitsWithTwo() throws {
        let dir = try JejuBinary.temporaryFolder()
        #expect(try JejuBinary.run(["init", dir.path, "--targets", "ko,en"]).status == 2)
        #expect(try JejuBinary.run(["-C", dir.appendingPathComponent("missing").path, "init"]).status == 2)
        #expect(try JejuBinary.run(["no-such-command"]).status == 2)
    }
}
