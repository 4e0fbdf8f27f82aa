import Glossary
@testable import QualityChecks
import Testing

@Suite struct TermCheckTests {
    @Test func urlsAndEmailsVerbatim() {
        let source = "Details are at www.mois.go.kr/eng and from Kim.Minsu@mois.go.kr."
        #expect(
            messages(QAChecks.urls, source, "Подробности на www.mois.go.kr/eng и у Kim.Minsu@mois.go.kr.", "ru").isEmpty
        )
        let changed = messages(
            QAChecks.urls, source, "Подробности на www.mois.go.kr/rus и у Kim.Minsu@mois.go.kr.", "ru")
        #expect(changed == ["the URL www.mois.go.kr/eng must appear unchanged in the target"])
        let email = messages(QAChecks.urls, source, "التفاصيل على www.mois.go.kr/eng ومن kim.minsu@mois.go.kr.", "ar")
        #expect(
            email == [
                "the e-mail address Kim.Minsu@mois.go.kr must appear unchanged in the target (it has kim.minsu@mois.go.kr)"
            ])
    }

    /// A suffix the target language attaches to an address does not change it: Korean particles in Hangul straight
    /// after it, Uzbek and Hausa suffixes after a hyphen or an apostrophe. A changed address is still refused.
    @Test func addressesTakeTheTargetLanguagesSuffixes() {
        let source = "Send your questions to opendata@mois.go.kr or see www.mois.go.kr/eng."
        #expect(
            messages(QAChecks.urls, source, "문의는 opendata@mois.go.kr로 보내거나 www.mois.go.kr/eng에서 확인하십시오.", "ko").isEmpty)
        #expect(
            messages(
                QAChecks.urls, source, "Savollarni opendata@mois.go.kr-ga yuboring yoki www.mois.go.kr/eng-ga qarang.",
                "uz"
            ).isEmpty)
        #expect(
            messages(
                QAChecks.urls, source, "Aika tambayoyi zuwa opendata@mois.go.kr ko ku duba www.mois.go.kr/eng.", "ha"
            ).isEmpty)
        // Latin letters straight after the address make another address; a Hangul-only change is still a change.
        #expect(
            messages(QAChecks.urls, source, "문의는 opendata@mois.go.krx로 보내거나 www.mois.go.kr/eng에서 확인하십시오.", "ko")
                == ["the e-mail address opendata@mois.go.kr must appear unchanged in the target"])
        #expect(
            messages(QAChecks.urls, source, "문의는 opendata@mois.go.kr로 보내거나 www.mois.go.kr/kor에서 확인하십시오.", "ko")
                == ["the URL www.mois.go.kr/eng must appear unchanged in the target"])
        #expect(
            messages(
                QAChecks.urls, source, "Savollarni opendata@mois.go.kr-gacha-uzoq yuboring, www.mois.go.kr/eng-ga.",
                "uz")
                == ["the e-mail address opendata@mois.go.kr must appear unchanged in the target"])
    }

    @Test func doNotTranslateTermsFromTheTermbase() throws {
        let context = QAContext(termbase: try ProjectTermbase.load())
        #expect(context.doNotTranslate.contains("WeGO"))
        let source = "The training was organised with WeGO."
        #expect(
            messages(
                QAChecks.doNotTranslate, source, "Обучение было организовано совместно с WeGO.", "ru", context: context
            ).isEmpty)
        let transliterated = messages(
            QAChecks.doNotTranslate, source, "Обучение было организовано совместно с ВеГО.", "ru", context: context)
        #expect(transliterated.count == 1 && transliterated[0].contains("'WeGO'"))
    }

    @Test func glossaryTermsAndDeprecatedOnes() throws {
        let context = QAContext(termbase: try ProjectTermbase.load())
        let source = "Those officials are in charge of e-government policies."
        // Inflected approved term (электронного правительства) passes.
        #expect(
            messages(
                QAChecks.glossary, source, "Эти чиновники отвечают за политику в области электронного правительства.",
                "ru", context: context
            ).isEmpty)
        let missing = messages(
            QAChecks.glossary, source, "Эти чиновники отвечают за политику цифрового управления.", "ru",
            context: context)
        #expect(missing.count == 1 && missing[0].contains("'политика в области электронного правительства'"))
        // Korean: the approved 전자정부 with a particle.
        #expect(messages(QAChecks.glossary, source, "이 공무원들은 전자정부 정책을 담당한다.", "ko", context: context).isEmpty)

    }

    @Test func aLanguageTheTermsCannotBeMatchedInIsReportedNotPassed() throws {
        let context = QAContext(termbase: try ProjectTermbase.load())
        context.termCheckFailures["ru"] = "ubrk_open: U_MEMORY_ALLOCATION_ERROR"
        let source = "Those officials are in charge of e-government policies."
        let found = messages(QAChecks.glossary, source, "Эти чиновники отвечают за политику.", "ru", context: context)
        #expect(found == ["the glossary checks cannot run into ru: ubrk_open: U_MEMORY_ALLOCATION_ERROR"])
        // Other languages are checked as before.
        #expect(
            messages(QAChecks.glossary, source, "이 공무원들은 정책을 담당한다.", "ko", context: context).count == 1)
    }

    @Test func aDeprecatedVariantIsAnErrorOnlyOnceTheTermIsValidated() throws {
        var termbase = try ProjectTermbase.load()
        let local = "Officials of local government attended."
        let wrong = "Присутствовали чиновники местного правительства."
        let concept = try #require(
            termbase.concepts.first { c in
                c.section("ru")?.deprecatedTerms.contains { $0.text == "местное правительство" } ?? false
            })
        // A draft: a warning that says the term is not yet validated, no error.
        let draft = QAContext(termbase: termbase)
        #expect(messages(QAChecks.deprecatedTerm, local, wrong, "ru", context: draft).isEmpty)
        let warning = messages(QAChecks.glossary, local, wrong, "ru", context: draft).filter {
            $0.contains("is deprecated")
        }
        #expect(
            warning.count == 1 && warning[0].contains("not yet validated")
                && warning[0].contains("местные органы власти"))

        let outcome = termbase.apply(
            [ReviewDecision(.approve, conceptID: concept.id, locale: "ru")], editor: "Anna Petrova", date: "2026-12-05")
        #expect(outcome.changed == ["\(concept.id)/ru"])
        let validated = QAContext(termbase: termbase)
        let deprecated = messages(QAChecks.deprecatedTerm, local, wrong, "ru", context: validated)
        #expect(
            deprecated.count == 1 && deprecated[0].contains("deprecated")
                && deprecated[0].contains("местные органы власти"))
        #expect(
            messages(QAChecks.glossary, local, wrong, "ru", context: validated).allSatisfy {
                !$0.contains("is deprecated")
            })
        #expect(
            messages(
                QAChecks.deprecatedTerm, local, "Присутствовали представители местных органов власти.", "ru",
                context: validated
            ).isEmpty)
    }

    @Test func aVerbEntryAsANounIsTheWeakerFinding() throws {
        let spread = Concept(
            id: "sp",
            languages: [
                LanguageSection(language: "en", terms: [Term("spread")]),
                LanguageSection(language: "ru", terms: [Term("распространять", partOfSpeech: .verb)]),
            ])
        let context = QAContext(termbase: Termbase(concepts: [spread]))
        let source = "How does the virus spread?"
        let noun = "Как происходит распространение вируса?"
        #expect(messages(QAChecks.glossary, source, noun, "ru", context: context).isEmpty)
        #expect(
            messages(QAChecks.glossaryPartOfSpeech, source, noun, "ru", context: context)
                == [
                    "the target has 'распространение' (sp), another part of speech than the glossary's term in ru: 'распространять'"
                ])
        #expect(QAChecks.glossaryPartOfSpeech.severity == .info)
        let other = "Как передается вирус?"
        #expect(messages(QAChecks.glossary, source, other, "ru", context: context).count == 1)
        #expect(messages(QAChecks.glossaryPartOfSpeech, source, other, "ru", context: context).isEmpty)
    }

    @Test func untranslatedAndEmpty() throws {
        let context = QAContext(termbase: try ProjectTermbase.load(), allowedIdentical: ["Jeju"])
        let source = "Local officials learn about e-government."
        #expect(messages(QAChecks.untranslated, source, source, "sw", context: context).count == 1)
        #expect(
            messages(
                QAChecks.untranslated, source, "Maafisa wa serikali za mitaa wajifunza kuhusu serikali mtandao.", "sw",
                context: context
            ).isEmpty)
        // Names and codes may stay: a do-not-translate term, an allow-listed name, a URL.
        #expect(messages(QAChecks.untranslated, "WeGO", "WeGO", "ha", context: context).isEmpty)
        #expect(
            messages(QAChecks.untranslated, "Jeju, www.mois.go.kr", "Jeju, www.mois.go.kr", "yo", context: context)
                .isEmpty)
        #expect(messages(QAChecks.empty, source, "  ", "yo") == ["the target is empty; translate the segment"])
        #expect(messages(QAChecks.empty, source, "Àwọn òṣìṣẹ́ ìjọba ìbílẹ̀ kọ́ nípa ìjọba orí ayélujára.", "yo").isEmpty)
    }
}

@Suite struct ProperNameTests {
    static let source = "Director General Lee In-jae commented on the training."

    /// A name the termbase marks as a proper name is in the target in one of its forms: a changed name is found,
    /// in a Latin, a Cyrillic and a Hangul target; reported by `proper-names`, not `glossary`.
    @Test func aChangedNameIsFound() throws {
        let context = QAContext(termbase: try ProjectTermbase.load())
        #expect(
            messages(
                QAChecks.properNames, Self.source, "Генеральный директор Ли Ин Джэ прокомментировал обучение.", "ru",
                context: context
            ).isEmpty)
        #expect(messages(QAChecks.properNames, Self.source, "이인재 국장은 연수에 대해 언급하였다.", "ko", context: context).isEmpty)
        #expect(
            messages(
                QAChecks.properNames, Self.source, "Mkurugenzi Mkuu Lee In-jae alizungumzia mafunzo.", "sw",
                context: context
            ).isEmpty)
        let ru = messages(
            QAChecks.properNames, Self.source, "Генеральный директор Ли Джэ Ин прокомментировал обучение.", "ru",
            context: context)
        #expect(
            ru.count == 1
                && ru[0].hasPrefix(
                    "the source names 'Lee In-jae' (egov-091); the target has none of its forms in ru: 'Ли Ин Джэ'"),
            "\(ru)")
        #expect(messages(QAChecks.properNames, Self.source, "이재인 국장은 연수에 대해 언급하였다.", "ko", context: context).count == 1)
        #expect(
            messages(
                QAChecks.properNames, Self.source, "Mkurugenzi Mkuu Lee Jae-in alizungumzia mafunzo.", "sw",
                context: context
            ).count == 1)
        #expect(
            messages(
                QAChecks.glossary, Self.source, "Mkurugenzi Mkuu Lee Jae-in alizungumzia mafunzo.", "sw",
                context: context
            ).allSatisfy { !$0.contains("egov-091") })
    }
}
