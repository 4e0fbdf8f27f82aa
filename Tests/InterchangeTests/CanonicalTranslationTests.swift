import Foundation
import Interchange
import JejuSupport
import TestSupport
import Testing

@Suite struct CanonicalTranslationTests {
    func project() throws -> Project {
        Project(root: try JejuBinary.temporaryFolder(), config: ProjectConfig(source: "en", targets: ["ko", "ar"]))
    }

    @Test func loadsTheNoticeTranslationOfALocale() throws {
        let p = try project()
        #expect(try CanonicalTranslation.load(project: p, locale: "ko", documentID: "2016-05-26-notice") == nil)
        let url = CanonicalTranslation.url(project: p, locale: "ko", documentID: "2016-05-26-notice")
        #expect(p.relativePath(url) == "locales/ko/2016-05-26-notice.xlf")
        try AtomicFile.write(XLIFFWriter.data(Fixtures.fullDocument()), to: url)
        let doc = try #require(try CanonicalTranslation.load(project: p, locale: "ko", documentID: "2016-05-26-notice"))
        #expect(doc == Fixtures.fullDocument())
    }

    @Test func refusesAFileForAnotherLocaleOrNotice() throws {
        let p = try project()
        let ar = CanonicalTranslation.url(project: p, locale: "ar", documentID: "2016-05-26-notice")
        try AtomicFile.write(XLIFFWriter.data(Fixtures.fullDocument()), to: ar)
        #expect(throws: Diagnostic.self) {
            try CanonicalTranslation.load(project: p, locale: "ar", documentID: "2016-05-26-notice")
        }
        let other = CanonicalTranslation.url(project: p, locale: "ko", documentID: "other")
        try AtomicFile.write(XLIFFWriter.data(Fixtures.fullDocument()), to: other)
        do {
            _ = try CanonicalTranslation.load(project: p, locale: "ko", documentID: "other")
            Issue.record("accepted a file without the notice's <file>")
        } catch {
            #expect(error.description.hasPrefix("locales/ko/other.xlf:2: error: no <file id=\"other\">"))
        }
    }
}
