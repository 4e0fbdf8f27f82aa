import Foundation
@testable import Glossary
import JejuSupport
import Testing

@Suite struct GlossaryChecksTests {
    func run(_ tb: Termbase, targets: [String] = Fixtures.locales) -> [GlossaryFinding] {
        GlossaryChecks.run(GlossaryCheck.Context(termbase: tb, path: "g.tbx", targetLocales: targets))
    }

    func term(_ tb: inout Termbase, _ concept: Int, _ language: String, _ edit: (inout Term) -> Void) {
        guard let s = tb.concepts[concept].languages.firstIndex(where: { $0.language == language }) else { return }
        edit(&tb.concepts[concept].languages[s].terms[0])
    }

    @Test func theFixtureIsClean() throws {
        #expect(run(try Fixtures.termbase()) == [])
    }

    @Test func aMissingTargetLocaleIsAnErrorWithConceptAndLocale() throws {
        let findings = run(try Fixtures.termbase(), targets: Fixtures.locales + ["am"])
        #expect(findings.count == 4)
        let f = try #require(findings.first)
        #expect(f.check == "missing-locale" && f.locale == "am" && f.conceptID == "t-001" && f.line == 15)
        #expect(f.description.hasPrefix("g.tbx:15:"))
    }

    @Test func duplicatesAndStatusConflicts() throws {
        var tb = try Fixtures.termbase()
        var copy = tb.concepts[0]
        copy.id = "t-009"
        copy.languages[1].terms[0].status = .deprecated
        copy.languages[1].terms.append(Term("전자 정부", status: .preferred))
        tb.concepts.append(copy)
        tb.concepts[3].languages[0].terms.append(Term("Local Official", status: .admitted))
        let checks = Set(run(tb).map(\.check))
        #expect(checks.isSuperset(of: ["duplicate-concept", "duplicate-term", "status-conflict"]))
        #expect(run(tb).first { $0.check == "status-conflict" }?.message.contains("preferred in concept t-001") == true)
    }

    @Test func orthography() throws {
        var tb = try Fixtures.termbase()
        term(&tb, 0, "ko") { $0.text = "전자정부".decomposedStringWithCanonicalMapping }  // NFD Hangul jamo
        term(&tb, 0, "ru") { $0.text = "электронное  правительство" }
        term(&tb, 1, "ru") { $0.text = "Азиатский банк развития " }
        term(&tb, 0, "ar") { $0.text = "الحكومة e-الإلكترونية" }
        term(&tb, 3, "uz") { $0.text = "mahalliy o'z amaldor" }
        term(&tb, 1, "uz") { $0.text = "Osiyo taraqqiyot bankiʼ og\u{2019}ir" }
        let byCheck = Dictionary(grouping: run(tb), by: \.check)
        #expect(byCheck["not-nfc"]?.first?.locale == "ko")
        #expect(
            byCheck["spacing"]?.map(\.message).sorted() == [
                "double space in term 'электронное  правительство'",
                "trailing space in term 'Азиатский банк развития '",
            ])
        #expect(byCheck["script"]?.count == 1)
        #expect(byCheck["script"]?.first?.message.contains("Latin") == true)
        #expect(byCheck["uzbek-apostrophe"]?.count == 2)
        #expect(byCheck["uzbek-apostrophe"]?.first?.message.contains("U+02BB") == true)
    }

    @Test func scriptsComeFromICULikelySubtags() throws {
        var tb = try Fixtures.termbase()
        // A Cyrillic letter in an Amharic term; Hangul and Han in Korean are fine; a Latin acronym is fine.
        tb.concepts[0].languages.append(
            LanguageSection(language: "am", terms: [Term("የኤሌክትሮኒክ መንгሥት", status: .preferred)]))
        tb.concepts[1].languages.append(
            LanguageSection(
                language: "am",
                terms: [
                    Term("የእስያ ልማት ባንክ", status: .preferred), Term("ADB", termType: .acronym, status: .admitted),
                ]))
        term(&tb, 0, "ko") { $0.text = "電子政府" }
        let script = run(tb, targets: []).filter { $0.check == "script" }
        #expect(script.count == 1)
        #expect(script.first?.message.contains("Cyrillic") == true && script.first?.locale == "am")
    }

    @Test func acronymExpansionAndDeprecatedWithoutPreferred() throws {
        var tb = try Fixtures.termbase()
        var other = tb.concepts[1]
        other.id = "t-010"
        other.languages = [
            LanguageSection(
                language: "en", definitions: ["A bank."],
                terms: [
                    Term("African Development Bank", termType: .fullForm, status: .preferred),
                    Term("ADB", termType: .acronym, status: .admitted),
                ])
        ]
        tb.concepts.append(other)
        tb.concepts[3].languages[2].terms[0].status = .admitted
        let findings = run(tb, targets: [])
        let acronym = try #require(findings.first { $0.check == "acronym-expansion" })
        #expect(acronym.conceptID == "t-010" && acronym.message.contains("Asian Development Bank"))
        let deprecated = try #require(findings.first { $0.check == "deprecated-without-preferred" })
        #expect(deprecated.locale == "ru" && deprecated.message.contains("локальный чиновник"))
    }

    /// One term for two concepts in a language is a warning, unless noted as homonyms; acronyms and proper names
    /// are left alone.
    @Test func aTermForTwoConceptsInOneLanguage() throws {
        func concept(_ id: String, _ en: String, _ yo: String, properName: Bool = false, note: String? = nil) -> Concept
        {
            Concept(
                id: id, isProperName: properName,
                languages: [
                    LanguageSection(language: "en", terms: [Term(en)]),
                    LanguageSection(language: "yo", notes: note.map { [$0] } ?? [], terms: [Term(yo)]),
                ])
        }
        let tb = Termbase(concepts: [
            concept("c1", "policy", "ìlànà"), concept("c2", "best practice", "Ìlànà"),
            concept("c3", "guideline", "ìtọ́sọ́nà"), concept("c4", "rule", "ìtọ́sọ́nà", note: "homonym of c3"),
        ])
        let findings = GlossaryChecks.run(
            GlossaryCheck.Context(termbase: tb, path: "g.tbx", targetLocales: ["yo"]),
            checks: [GlossaryChecks.termCollision])
        #expect(
            findings.map(\.conceptID) == ["c2"] && findings[0].message.contains("also a term of concept c1"),
            "\(findings)")
    }

    /// Arabic terms in their citation form: the article goes from the head noun and its adjectives, not from a
    /// construct's genitive; names keep theirs.
    @Test func arabicTermsWithoutTheArticle() throws {
        #expect(GlossaryChecks.citationForm("الحكومة الإلكترونية") == "حكومة إلكترونية")
        #expect(GlossaryChecks.citationForm("البنية التحتية للحكومة الإلكترونية") == "بنية تحتية للحكومة الإلكترونية")
        #expect(GlossaryChecks.citationForm("التحقق من هوية المستخدم") == "تحقق من هوية المستخدم")
        #expect(GlossaryChecks.citationForm("سياسة الحكومة الإلكترونية") == "سياسة الحكومة الإلكترونية")
        let tb = Termbase(concepts: [
            Concept(id: "c1", languages: [LanguageSection(language: "ar", terms: [Term("الدولة المشاركة")])]),
            Concept(id: "c2", languages: [LanguageSection(language: "ar", terms: [Term("دولة مشاركة")])]),
            Concept(
                id: "c3", isProperName: true,
                languages: [LanguageSection(language: "ar", terms: [Term("المنظمة العالمية")])]),
        ])
        let findings = GlossaryChecks.run(
            GlossaryCheck.Context(termbase: tb, path: "g.tbx", targetLocales: ["ar"]),
            checks: [GlossaryChecks.arabicArticle])
        #expect(findings.map(\.conceptID) == ["c1"] && findings[0].message.contains("('دولة مشاركة')"), "\(findings)")
    }

    /// The project's termbase: no collision, every Arabic term in its citation form.
    @Test func theProjectTermbaseHasNoCollisionAndNoArticle() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("glossary/egov.tbx")
        let tb = try TBXReader.read(try Data(contentsOf: url), path: "glossary/egov.tbx").termbase
        let findings = GlossaryChecks.run(
            GlossaryCheck.Context(termbase: tb, path: "glossary/egov.tbx", targetLocales: []),
            checks: [GlossaryChecks.termCollision, GlossaryChecks.arabicArticle])
        #expect(findings.isEmpty, "\(findings)")
    }
}
