import Foundation
import Glossary
import Interchange
import JejuSupport
import Testing
import TestSupport
import Workflow

/// In a project with a register, a unit's glossary entry offers the approved term that fits it before a preferred
/// term marked for another register, unless the source chose that register itself.
@Suite struct ExtractorRegisterTests {
    let termbase = RegisterTermbase.make("ko", formal: "대한민국", short: "한국")

    func offered(register: String?) throws -> [String: [String]] {
        let p = try TestProject()
        try p.write(
            "---\ntitle: Officials in Korea\ndate: 2016-05-26\nid: officials-meet\n---\nOfficials came to Korea.\n\nThe Republic of Korea invited them.\n",
            to: "locales/en/notices/officials-meet.md")
        var config = p.project.config
        config.register = register
        let project = Project(root: p.project.root, config: config)
        let extractor = Extractor(project: project, termbase: termbase)
        let document = try #require(try SourceDocument.all(in: project).first { $0.id == "officials-meet" })
        let outcome = try extractor.extract(document, locale: "ko", old: nil, memory: nil)
        var out: [String: [String]] = [:]
        for unit in outcome.document.files.flatMap(\.units) {
            for entry in unit.glossary { out[entry.term.text] = entry.translations.map(\.text) }
        }
        return out
    }

    @Test func theRegistersTermComesFirst() throws {
        #expect(try offered(register: "news") == ["Korea": ["한국", "대한민국"], "Republic of Korea": ["대한민국"]])
        #expect(try offered(register: "formal") == ["Korea": ["대한민국"], "Republic of Korea": ["대한민국"]])
        #expect(try offered(register: nil) == ["Korea": ["대한민국"], "Republic of Korea": ["대한민국"]])
    }
}
