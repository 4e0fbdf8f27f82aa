import Foundation
@testable import Glossary
import Testing

@Suite struct TermMatcherTests {
    func found(_ text: String, locale: String = "en") throws -> [String] {
        try TermMatcher(termbase: try Fixtures.termbase(), locale: locale).matches(in: text).map {
            "\($0.text)=\($0.conceptID)"
        }
    }

    @Test func hyphenSpaceAndCaseVariants() throws {
        #expect(
            try found("e-government, E-Government and e government; not egovernment.")
                == ["e-government=t-001", "E-Government=t-001", "e government=t-001"])
    }

    @Test func englishInflection() throws {
        #expect(
            try found("Korea's e-Governments train local officials.") == [
                "e-Governments=t-001", "local officials=t-004",
            ])
    }

    @Test func longestMatchFirstAndNeverInsideAWord() throws {
        let text = "The World e-Governments Organization of Cities and Local Governments (WeGO) met the ADB."
        #expect(
            try found(text) == [
                "World e-Governments Organization of Cities and Local Governments=t-003", "WeGO=t-003", "ADB=t-002",
            ])
        #expect(try found("Pre-e-governmental? No: ungovernment, e-governmentality.") == [])
    }

    @Test func acronymsAreCaseSensitive() throws {
        #expect(
            try found("adb and Adb are not ADB; wego is not WeGO; ADBs are.") == [
                "ADB=t-002", "WeGO=t-003", "ADBs=t-002",
            ])
    }

    @Test func notAcrossPunctuationOrParagraphs() throws {
        #expect(
            try found("e. government; local, official; e-\ngovernment; local\n\nofficial") == ["e-\ngovernment=t-001"])
    }

    @Test func spansAndScalarOffsets() throws {
        let text = "전자 🇰🇷 — e-Government"
        let m = try #require(try TermMatcher(termbase: try Fixtures.termbase(), locale: "en").matches(in: text).first)
        #expect(String(text[m.range]) == "e-Government")
        #expect(m.scalarOffset == 8 && m.scalarLength == 12)
        #expect(m.term == "e-government" && m.status == .preferred)
    }

    @Test func otherLocalesUseTheirMorphology() throws {
        #expect(try found("전자정부는 지방공무원을 교육했다.", locale: "ko") == ["전자정부는=t-001", "지방공무원을=t-004"])
        #expect(try found("Развитие электронного правительства", locale: "ru") == ["электронного правительства=t-001"])
    }
}
