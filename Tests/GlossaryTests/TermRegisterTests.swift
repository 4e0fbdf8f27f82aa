import Foundation
@testable import Glossary
import Testing
import TestSupport

/// Registers: a term marked `register:formal` is reported in a news text unless the source chose the formal term
/// itself; untagged terms fit every text; the marks survive TBX and are checked by `jeju glossary check`.
@Suite struct TermRegisterTests {

    static let termbase = RegisterTermbase.make("id", formal: "Republik Korea", short: "Korea Selatan")

    func check(_ source: String, _ target: String, register: String?) throws -> [TermUsageFinding] {
        try TermUsageChecker(termbase: Self.termbase, targetLocale: "id").check(
            source: source, target: target, register: register)
    }

    @Test func aFormalTermWhereTheNewsSourceSaysTheShortForm() throws {
        let findings = try check(
            "Officials were invited to Korea.", "Para pejabat diundang ke Republik Korea.", register: "news")
        #expect(
            findings == [
                TermUsageFinding(
                    kind: .register, conceptID: "rok", text: "Republik Korea", expected: ["Korea Selatan"],
                    registers: ["formal"])
            ])
        #expect(
            try check("Officials were invited to Korea.", "Para pejabat diundang ke Korea Selatan.", register: "news")
                .isEmpty)
    }

    @Test func theSourcesOwnChoiceOfRegisterIsFollowed() throws {
        #expect(
            try check(
                "The Ministry of the Interior of the Republic of Korea invited them.",
                "Kementerian Dalam Negeri Republik Korea mengundang mereka.", register: "news"
            ).isEmpty)
    }

    @Test func formalTextsAndProjectsWithoutARegister() throws {
        #expect(
            try check(
                "Officials were invited to Korea.", "Para pejabat diundang ke Republik Korea.", register: "formal"
            ).isEmpty)
        #expect(
            try check("Officials were invited to Korea.", "Para pejabat diundang ke Korea Selatan.", register: "formal")
                .isEmpty)
        #expect(
            try check("Officials were invited to Korea.", "Para pejabat diundang ke Republik Korea.", register: nil)
                .isEmpty)
    }

    @Test func registersSurviveTBXAndAreChecked() throws {
        let written = TBXWriter.write(Self.termbase)
        #expect(written.contains("<admin type=\"projectSubset\">register:formal</admin>"))
        let read = try TBXReader.read(Data(written.utf8), path: "r.tbx").termbase
        #expect(read.concept(id: "rok")?.section("id")?.terms.map(\.registers) == [["formal"], []])
        let context = GlossaryCheck.Context(termbase: read, path: "r.tbx", targetLocales: ["id"])
        #expect(GlossaryChecks.run(context, checks: [GlossaryChecks.register]).isEmpty)

        var bad = Self.termbase
        bad.concepts[0].languages[1].terms[1].subsets = ["\(Term.registerPrefix)News Items"]
        let findings = GlossaryChecks.run(
            GlossaryCheck.Context(termbase: bad, path: "r.tbx", targetLocales: ["id"]),
            checks: [GlossaryChecks.register])
        #expect(findings.map(\.check) == ["register"])
    }
}
