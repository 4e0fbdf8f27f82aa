import Foundation
import TestSupport
import Testing

@Suite struct BuildCommandTests {
    /// This repository's own project: the first notice and the UI messages, no translations yet.
    func project() throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        let root = SharedData.packageRoot
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("locales/en"), withIntermediateDirectories: true)
        for item in ["jeju.yml", "glossary", "locales/en/notices", "locales/en/ui.json"] {
            try FileManager.default.copyItem(
                at: root.appendingPathComponent(item), to: dir.appendingPathComponent(item))
        }
        return dir
    }

    @Test func buildsTheFirstProjectWithEnglishFallback() throws {
        let dir = try project()
        // A project that publishes pages however little is translated (the default waits for 100%).
        let config = dir.appendingPathComponent("jeju.yml")
        try (String(contentsOf: config, encoding: .utf8) + "publish: { min-completeness: 0%, min-state: translated }\n")
            .write(to: config, atomically: true, encoding: .utf8)
        let r = try JejuBinary.run(["-C", dir.path, "build", "--locale", "ko", "ar", "am"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Built 4 locales (en, ko, ar, am)"))
        #expect(r.stdout.contains("Site: build/site/index.html"))
        let id = "2016-05-26-local-officials-learn-e-government"
        let ar = try String(contentsOf: dir.appendingPathComponent("build/site/ar/notices/\(id).html"), encoding: .utf8)
        #expect(ar.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(ar.contains("0% of it is translated"))
        for file in [
            "build/bundles/am.zip", "build/bundles/ko/manifest.json", "build/bundles/ko/notices/\(id).json",
            "build/site/sitemap.xml",
        ] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(file).path), "\(file)")
        }
        let again = try JejuBinary.run(["-C", dir.path, "build", "--locale", "ko", "ar", "am"])
        #expect(again.status == 0 && again.stdout.hasPrefix("Up to date"))
    }

    @Test func badUsageExitsWithTwo() throws {
        let dir = try project()
        let unknown = try JejuBinary.run(["-C", dir.path, "build", "--locale", "xx"])
        #expect(unknown.status == 2 && unknown.stderr.contains("[options.locale]") && unknown.stderr.contains("'xx'"))
        #expect(try JejuBinary.run(["-C", dir.path, "build", "--min-state", "perfect"]).status == 2)
        let notBuild = try JejuBinary.run(["-C", dir.path, "build", "--output", "locales"])
        #expect(
            notBuild.status == 2 && notBuild.stderr.contains("locales: error: ")
                && notBuild.stderr.contains("[build.not-output]"))
    }
}
