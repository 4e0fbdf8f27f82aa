import Glossary
import QualityChecks
import Testing

@Suite struct TermCheckTests {
    @Test func urlsAndEmailsVerbatim() {
        let source = "Details are at www.mois.go.kr/eng and from Kim.Minsu@mois.go.kr."
        #expect(messages(QAChecks.urls, source, "Подробности на www.mois.go.kr/eng и у Kim.Minsu@mois.go.kr.", "ru").isEmpty)
        let changed = messages(QAChecks.urls, source, "Подробности на www.mois.go.kr/rus и у Kim.Minsu@mois.go.kr.", "ru")
        #expect(changed == ["the URL www.mois.go.kr/eng must appear unchanged in the target"])
        let email = messages(QAChecks.urls, source, "التفاصيل على www.mois.go.kr/eng ومن kim.minsu@mois.go.kr.", "ar")
        #expect(email == ["the e-mail address Kim.Minsu@mois.go.kr must appear unchanged in the target (it has kim.minsu@mois.go.kr)"])
    }

    @Test func doNotTranslateTermsFromTheTermbase() throws {
        let context = QAContext(termbase: try ProjectTermbase.load())
        #expect(context.doNotTranslate.contains("WeGO"))
        let source = "The training was organised with WeGO."
        #expect(messages(QAChecks.doNotTranslate, source, "Обучение было организовано совместно с WeGO.", "ru", context: context).isEmpty)
        let transliterated = messages(QAChecks.doNotTranslate, source, "Обучение было организовано совместно с ВеГО.", "ru", context: context)
        #expect(transliterated.count == 1 && transliterated[0].contains("'WeGO'"))
    }

    @Test func glossaryTermsAndDeprecatedOnes() throws {
        let context = QAContext(termbase: try ProjectTermbase.load())
        let source = "Those officials are in charge of e-government policies."
        // Inflected approved term (электронного правительства) passes.
        #expect(messages(QAChecks.glossary, source, "Эти чиновники отвечают за политику в области электронного правительства.", "ru", context: context).isEmpty)
        let missing = messages(QAChecks.glossary, source, "Эти чиновники отвечают за политику цифрового управления.", "ru", context: context)
        #expect(missing.count == 1 && missing[0].contains("'политика в области электронного правительства'"))
        // Korean: the approved 전자정부 with a particle.
        #expect(messages(QAChecks.glossary, source, "이 공무원들은 전자정부 정책을 담당한다.", "ko", context: context).isEmpty)

        let local = "Officials of local government attended."
        let deprecated = messages(QAChecks.deprecatedTerm, local, "Присутствовали чиновники местного правительства.", "ru", context: context)
        #expect(deprecated.count == 1 && deprecated[0].contains("deprecated") && deprecated[0].contains("местные органы власти"))
        #expect(messages(QAChecks.deprecatedTerm, local, "Присутствовали представители местных органов власти.", "ru", context: context).isEmpty)
    }

    @Test func aVerbEntryAsANounIsTheWeakerFinding() throws {
        let spread = Concept(id: "sp", languages: [
            LanguageSection(language: "en", terms: [Term("spread")]),
            LanguageSection(language: "ru", terms: [Term("распространять", partOfSpeech: .verb)]),
        ])
        let context = QAContext(termbase: Termbase(concepts: [spread]))
        let source = "How does the virus spread?"
        let noun = "Как происходит распространение вируса?"
        #expect(messages(QAChecks.glossary, source, noun, "ru", context: context).isEmpty)
        #expect(messages(QAChecks.glossaryPartOfSpeech, source, noun, "ru", context: context)
            == ["the target has 'распространение' (sp), another part of speech than the glossary's term in ru: 'распространять'"])
        #expect(QAChecks.glossaryPartOfSpeech.severity == .info)
        let other = "Как передается вирус?"
        #expect(messages(QAChecks.glossary, source, other, "ru", context: context).count == 1)
        #expect(messages(QAChecks.glossaryPartOfSpeech, source, other, "ru", context: context).isEmpty)
    }

    @Test func untranslatedAndEmpty() throws {
        let context = QAContext(termbase: try ProjectTermbase.load(), allowedIdentical: ["Jeju"])
        let source = "Local officials learn about e-government."
        #expect(messages(QAChecks.untranslated, source, source, "sw", context: context).count == 1)
        #expect(messages(QAChecks.untranslated, source, "Maafisa wa serikali za mitaa wajifunza kuhusu serikali mtandao.", "sw", context: context).isEmpty)
        // Names and codes may stay: a do-not-translate term, an allow-listed name, a URL.
        #expect(messages(QAChecks.untranslated, "WeGO", "WeGO", "ha", context: context).isEmpty)
        #expect(messages(QAChecks.untranslated, "Jeju, www.mois.go.kr", "Jeju, www.mois.go.kr", "yo", context: context).isEmpty)
        #expect(messages(QAChecks.empty, source, "  ", "yo") == ["the target is empty; translate the segment"])
        #expect(messages(QAChecks.empty, source, "Àwọn òṣìṣẹ́ ìjọba ìbílẹ̀ kọ́ nípa ìjọba orí ayélujára.", "yo").isEmpty)
    }
}
