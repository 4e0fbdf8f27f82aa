import Foundation
import TestSupport
import Testing

/// The glossary commands on this repository's own project: the real termbase and the first notice.
@Suite struct ProjectGlossaryTests {
    static let root = SharedData.packageRoot.path

    @Test func theTermbaseHasNoErrors() throws {
        let r = try JejuBinary.run(["-C", Self.root, "glossary", "check"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("91 concepts, 0 error(s)"))
    }

    @Test func termsInANoticeSkipThePageChrome() throws {
        let r = try JejuBinary.run([
            "-C", Self.root, "glossary", "terms",
            "locales/en/notices/2016-05-26-local-officials-learn-e-government.txt",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(!lines.contains { $0.contains(".txt:3:") || $0.contains(".txt:5:") }, "breadcrumb or section matched")
        #expect(lines.contains { $0.contains(".txt:7:70: E-Government → egov-001") })
        #expect(lines.contains { $0.contains("Intelligent Transportation System → egov-008") })
    }

    @Test func lookupShowsTheSourceAndTheAskedLanguage() throws {
        let r = try JejuBinary.run(["-C", Self.root, "glossary", "lookup", "e-government", "--locale", "ko"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ko   전자정부"))
        #expect(r.stdout.contains("en   e-government"))
        #expect(!r.stdout.contains("vi   "))
    }
}
