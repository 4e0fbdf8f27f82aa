import Foundation
import TestSupport
import Testing

/// A new project builds at once; a wrong setting is an error with its position in every command, never a silent
/// fallback; nothing a user made is deleted by a build.
@Suite struct ProjectSafetyTests {
    func run(_ args: [String]) throws -> JejuBinary.Result { try JejuBinary.run(args) }

    @Test func initMakesAProjectThatBuilds() throws {
        let dir = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try run(["-C", dir.path, "init", "--targets", "ko,ar"]).status == 0)
        let b = try run(["-C", dir.path, "build"])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(b.stderr.contains("no notices yet"))
        let g = try run(["-C", dir.path, "glossary", "check"])
        #expect(g.status == 0, "\(g.stdout)\(g.stderr)")
        if let validate = SharedData.url("tools/validate.sh"),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")
        {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = [validate.path, dir.appendingPathComponent("glossary/egov.tbx").path]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "the empty termbase fails the TBX schema")
        }
    }

    @Test func aMistypedTermbaseIsAnErrorEverywhere() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let yml = dir.appendingPathComponent("jeju.yml")
        let text = try String(contentsOf: yml, encoding: .utf8)
        #expect(text.contains("glossary: glossary/egov.tbx"))
        try text.replacingOccurrences(of: "glossary: glossary/egov.tbx", with: "glossary: glossary/egov-typo.tbx")
            .write(to: yml, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("glossary:") }! + 1
        let before = try Data(contentsOf: dir.appendingPathComponent("locales/ko/ui.xlf"))
        for command in [["extract"], ["check"], ["build"], ["merge", "locales/ko/ui.xlf"]] {
            let r = try run(["-C", dir.path] + command)
            #expect(r.status == 2, "\(command): \(r.status)")
            #expect(
                r.stderr.contains("jeju.yml:\(line):11: error: glossary: 'glossary/egov-typo.tbx' does not exist"),
                "\(command): \(r.stderr)")
        }
        #expect(try Data(contentsOf: dir.appendingPathComponent("locales/ko/ui.xlf")) == before)
    }

    @Test func brokenSettingsAreAnErrorWithTheirPosition() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let yml = dir.appendingPathComponent("jeju.yml")
        for (bad, expected) in [
            ("source: en\ntargets: ko\n", "jeju.yml:2:10: error: targets: expected a list of words"),
            ("source: en\ntarget: [ko]\n", "jeju.yml:2:1: error: unknown setting 'target'"),
            ("source: en\ntargets: [ko\n", "jeju.yml:3:1: error: not valid YAML"),
            ("- en\n- ko\n", "jeju.yml:1:1: error: the settings must be 'key: value' lines"),
            ("source: en\ntargets: [ko, ko]\n", "jeju.yml:2:10: error: targets: a target locale is listed twice"),
        ] {
            try bad.write(to: yml, atomically: true, encoding: .utf8)
            for command in [
                ["check"], ["segment", "locales/en/notices/2016-05-26-local-officials-learn-e-government.txt"],
            ] {
                let r = try run(["-C", dir.path] + command)
                #expect(r.status == 2, "\(bad) \(command)")
                #expect(r.stderr.contains(expected), "\(bad) \(command): \(r.stderr)")
            }
        }
    }

    @Test func exportsLiveWhereNoBuildReaches() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let e = try run(["-C", dir.path, "export", "--locale", "ko", "--format", "po"])
        #expect(e.status == 0, "\(e.stderr)")
        let po = dir.appendingPathComponent("export/ko/ui.po")
        #expect(FileManager.default.fileExists(atPath: po.path))
        #expect(try run(["-C", dir.path, "build", "--locale", "ko"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: po.path))
        // A file put into the build output by hand stops the next build instead of being deleted.
        let note = dir.appendingPathComponent("build/my-notes.txt")
        try "keep me".write(to: note, atomically: true, encoding: .utf8)
        let b = try run(["-C", dir.path, "build", "--locale", "ko", "--locale", "vi"])
        #expect(
            b.status == 2 && b.stderr.contains("build/my-notes.txt") && b.stderr.contains("[build.foreign-file]"),
            "\(b.stderr)")
        #expect(try String(contentsOf: note, encoding: .utf8) == "keep me")
    }

    /// Drafts must not look approved in XLIFF 1.2: `approved="yes"` only for reviewed or final translations.
    @Test func draftsDoNotLookApprovedInXLIFF12() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let e = try run(["-C", dir.path, "export", "--locale", "ko", "--format", "xliff12"])
        #expect(e.status == 0, "\(e.stderr)")
        let text = try String(contentsOf: dir.appendingPathComponent("export/ko/ui.xlf"), encoding: .utf8)
        #expect(text.contains("state=\"translated\""))
        #expect(!text.contains("approved=\"yes\""), "the repository's drafts are exported as approved")
    }
}
