import Foundation
import Inline
import Interchange
import JejuSupport
import Notices
import Publishing
import Segmentation
import TestSupport
import Testing

@Suite struct ProjectBuildTests {
    /// A project on disk with one notice, the real UI messages, and a Korean XLIFF 2.1 file.
    func project() throws -> Project {
        let root = try JejuBinary.temporaryFolder()
        let config = ProjectConfig(source: "en", targets: ["ko", "ar"])
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("locales/en/notices"), withIntermediateDirectories: true)
        // No termbase: the settings name none (a named one that is missing would be an error).
        try config.yaml.replacingOccurrences(of: "glossary: glossary/egov.tbx\n", with: "")
            .write(to: root.appendingPathComponent("jeju.yml"), atomically: true, encoding: .utf8)
        try Fixtures.notice.write(
            to: root.appendingPathComponent("locales/en/notices/kenya.md"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: SharedData.packageRoot.appendingPathComponent("locales/en/ui.json"),
            to: root.appendingPathComponent("locales/en/ui.json"))
        let project = try Project.find(from: root)
        // The Korean file: every sentence of the notice, the "Both sides" one translated with a hostile string.
        let notice = try NoticeReader.read(Fixtures.notice, path: "kenya.md")
        let blocks = try Segmenter(language: "en").segments(of: notice)
        let units = blocks.enumerated().filter { $0.element.block.isTranslatable }.map { index, block in
            XLIFFUnit(
                id: "u\(index)",
                segments: block.segments.enumerated().map { n, s in
                    let translated = s.text.hasPrefix("Both")
                    return XLIFFSegment(
                        id: "s\(n)", state: translated ? .reviewed : .initial, source: Segment(text: s.text),
                        target: translated ? Segment(text: "<b>양측</b>은 전자정부 경험을 공유한다.") : nil)
                })
        }
        let document = XLIFFDocument(
            sourceLanguage: "en", targetLanguage: "ko",
            files: [XLIFFFile(id: notice.id, units: units)])
        try FileManager.default.createDirectory(at: project.localeFolder("ko"), withIntermediateDirectories: true)
        try XLIFFWriter.data(document).write(
            to: CanonicalTranslation.url(project: project, locale: "ko", documentID: notice.id))
        return project
    }

    func build(_ project: Project, output: URL? = nil, threshold: Double = 0) -> ProjectBuild {
        ProjectBuild(
            project: project,
            options: BuildOptions(
                publish: PublishPolicy(threshold: .init(minCompleteness: threshold)), generator: "Jeju test"),
            output: output ?? project.url("build"), translations: XLIFFTranslationSource(project: project))
    }

    @Test func buildsFromXLIFFAndSkipsAnUnchangedProject() throws {
        let project = try project()
        let first = try build(project).run()
        let report = try #require(first.report)
        #expect(report.locales == ["en", "ko", "ar"])
        let page = try String(
            contentsOf: project.url("build/site/ko/notices/2016-06-14-kenya-mou.html"), encoding: .utf8)
        #expect(page.contains("&lt;b&gt;양측&lt;/b&gt;은 전자정부 경험을 공유한다."))
        #expect(report.completeness["ko"]?["2016-06-14-kenya-mou"] == 7.0 / 29.0)  // one sentence of 7 words of 29
        // Nothing changed: nothing is done.
        let second = try build(project).run()
        #expect(second.report == nil)
        // A changed input rebuilds; files with the same bytes keep their inode (linked, not rewritten).
        let keep = project.url("build/site/ar/notices/2016-06-14-kenya-mou.html").path
        var before = stat(), after = stat()
        #expect(stat(keep, &before) == 0)
        try (String(contentsOf: project.url("jeju.yml"), encoding: .utf8) + "\n").write(
            to: project.url("jeju.yml"), atomically: true, encoding: .utf8)
        let third = try build(project).run()
        #expect(third.report != nil && third.written > 0 && third.unchanged > 10)
        #expect(stat(keep, &after) == 0 && before.st_ino == after.st_ino)
        // No staging or old folders are left beside the output.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: project.root.path)
        #expect(!siblings.contains { $0.contains("jeju-staging") || $0.contains("jeju-old") })
    }

    @Test func refusesToReplaceAFolderThatIsNotABuild() throws {
        let project = try project()
        #expect(throws: Diagnostic.self) { _ = try build(project, output: project.url("locales")).run() }
        #expect(FileManager.default.fileExists(atPath: project.url("locales/en/ui.json").path))
    }

    @Test func aFailedBuildLeavesThePreviousOutput() throws {
        let project = try project()
        _ = try build(project).run()
        let index = project.url("build/site/en/index.html")
        let before = try Data(contentsOf: index)
        try "{\"site.title\": \"{broken\"}".write(
            to: project.url("locales/en/ui.json"), atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { _ = try build(project).run() }
        #expect(try Data(contentsOf: index) == before)
    }

    @Test func projectTemplatesReplaceJejusOwn() throws {
        let project = try project()
        try FileManager.default.createDirectory(at: project.url("templates"), withIntermediateDirectories: true)
        try "footer{color:rebeccapurple}".write(
            to: project.url("templates/style.mustache"), atomically: true, encoding: .utf8)
        _ = try build(project).run()
        let page = try String(contentsOf: project.url("build/site/ko/index.html"), encoding: .utf8)
        #expect(page.contains("footer{color:rebeccapurple}") && !page.contains("Noto Sans"))
        try "<p>{{#notices}}</p>".write(to: project.url("templates/index.mustache"), atomically: true, encoding: .utf8)
        #expect {
            _ = try build(project).run()
        } throws: { error in
            let d = error as? Diagnostic
            return d?.path == "templates/index.mustache" && d?.line == 1
        }
    }
}
