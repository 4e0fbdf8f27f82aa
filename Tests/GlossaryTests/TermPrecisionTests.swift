import Foundation
@testable import Glossary
import JejuSupport
import Testing
import TestSupport

/// The failure classes found by judging the term check's alarms on the TICO-19 human translations, each with
/// a case that failed before and one that must still be reported.
@Suite struct TermPrecisionTests {
    func concept(
        _ id: String, _ english: String, _ locale: String, _ terms: [String], pos: Term.PartOfSpeech? = nil,
        type: Term.TermType? = nil
    ) -> Concept {
        Concept(
            id: id,
            languages: [
                LanguageSection(language: "en", terms: [Term(english, termType: type)]),
                LanguageSection(language: locale, terms: terms.map { Term($0, partOfSpeech: pos, termType: type) }),
            ])
    }

    func kinds(_ c: Concept, _ locale: String, source: String, target: String) throws -> [TermUsageFinding.Kind] {
        try TermUsageChecker(termbase: Termbase(concepts: [c]), targetLocale: locale).check(
            source: source, target: target
        ).map(\.kind)
    }

    // MARK: notation

    @Test func alternativesAndOptionalPartsAreSeparateTerms() {
        #expect(
            TermNotation.expand("заразный : передающийся при контакте").terms == [
                "заразный", "передающийся при контакте",
            ])
        #expect(
            TermNotation.expand("активные случаи [заболевания]").terms == [
                "активные случаи заболевания", "активные случаи",
            ])
        #expect(TermNotation.expand("a [b] c [d]").terms == ["a b c d", "a c d", "a b c", "a c"])
        #expect(TermNotation.expand("CDC : 질병통제예방센터").terms == ["CDC", "질병통제예방센터"])
        // A colon inside a word or number is text; so is a term without notation.
        #expect(
            TermNotation.expand("10:00 am").terms == ["10:00 am"] && TermNotation.expand("Wuhan, China").problem == nil)
    }

    @Test(arguments: ["a :  : b", "a [b", "a ]b[", "a [[b]]", "[ ] a", "a : b [c"])
    func ambiguousNotationIsKeptAndReported(_ cell: String) {
        let (terms, problem) = TermNotation.expand(cell)
        #expect(terms == [cell.trimmingWhitespace()] && problem != nil, "\(cell)")
    }

    @Test func csvImportExpandsNotationAndReportsAmbiguity() throws {
        let csv =
            "id,sourceLang,targetLang,sourceString,targetString\n1,en,ru,contagious,заразный : передающийся при контакте\n2,en,ru,cases,случаи [заболевания\n"
        let (tb, findings) = try TermbaseFormat.csv.read(Data(csv.utf8), path: "t.csv")
        #expect(tb.concepts[0].section("ru")?.terms.map(\.text) == ["заразный", "передающийся при контакте"])
        #expect(tb.concepts[1].section("ru")?.terms.map(\.text) == ["случаи [заболевания"])
        #expect(
            findings.count == 1 && findings[0].line == 3 && findings[0].column == 15 && findings[0].conceptID == "c2")
        #expect(findings.first?.message.contains("'[' without its ']'") ?? false)
        // Jeju's own layout is literal.
        let own = "concept,language,term\nx,ru,случаи [заболевания]\n"
        #expect(
            try CSVTermbase.read(own, path: "o.csv").concepts[0].section("ru")?.terms.map(\.text) == [
                "случаи [заболевания]"
            ])
    }

    @Test func ticoTermbasesExpandTheirNotation() throws {
        guard let url = SharedData.url("corpora/tico-19/terminologies/g_en_ru.csv") else { return }
        let (tb, findings) = try TermbaseFormat.csv.read(try Data(contentsOf: url), path: "g_en_ru.csv")
        #expect(findings.isEmpty)
        let terms = { (id: String) in tb.concepts.first { $0.id == id }?.section("ru")?.terms.map(\.text) ?? [] }
        #expect(terms("c1") == ["заразный", "передающийся при контакте"])
        #expect(terms("c3") == ["подтвержденные случаи заболевания", "подтвержденные случаи"])
    }

    // MARK: punctuation, case, word breaks

    @Test func termsWithTheirOwnPunctuationMatchWithSpacingVariants() throws {
        let who = concept("who", "World Health Organization (WHO)", "id", ["Organisasi Kesehatan Dunia (WHO)"])
        let wuhan = concept("wuhan", "Wuhan, China", "id", ["Wuhan, Tiongkok"])
        let m = try TermMatcher(termbase: Termbase(concepts: [who, wuhan]), locale: "id")
        let text =
            "Organisasi Kesehatan Dunia ( WHO ) di Wuhan,Tiongkok; Organisasi Kesehatan Dunia(WHO). Wuhan Tiongkok; Wuhan. Tiongkok"
        #expect(
            m.matches(in: text).map(\.text) == [
                "Organisasi Kesehatan Dunia ( WHO", "Wuhan,Tiongkok", "Organisasi Kesehatan Dunia(WHO",
            ])
        // Arabic, with the term's parentheses around a hyphenated acronym.
        let covid = concept("cv", "COVID-19", "ar", ["فيروس كورونا المستجد (كوفيد-19)"])
        let checker = try TermUsageChecker(termbase: Termbase(concepts: [covid]), targetLocale: "ar")
        #expect(checker.check(source: "COVID-19 spreads.", target: "ينتشر فيروس كورونا المستجد (كوفيد-19).") == [])
        #expect(
            checker.check(source: "COVID-19 spreads.", target: "ينتشر فيروس كورونا المستجد.").map(\.kind) == [.missing])
    }

    @Test func acronymsDifferingOnlyInCaseMatchWhenWrittenAsCapitals() throws {
        let covid = concept("cv", "COVID-19", "en", ["COVID-19"], type: .acronym)
        let sars = concept("sars", "SARS-CoV-2", "en", ["SARS-CoV-2"])
        let who = concept("who", "WHO", "en", ["WHO"], type: .acronym)
        let m = try TermMatcher(termbase: Termbase(concepts: [covid, sars, who]), locale: "en")
        let found = m.matches(in: "Covid-19 and SARS-COV-2, not covid-19; Who knows who WHO is? The Who.").map(\.text)
        #expect(found == ["Covid-19", "SARS-COV-2", "WHO"])
    }

    @Test func aFullStopGluedBetweenSentencesSeparatesWords() throws {
        let virus = concept("v", "virus", "en", ["virus"])
        let m = try TermMatcher(
            termbase: Termbase(concepts: [virus, concept("us", "U.S.", "en", ["U.S."])]), locale: "en")
        #expect(
            m.matches(in: "by mouth.Virus spreads; the U.S. and the u.s.virus file").map(\.text) == ["Virus", "U.S"])
        // Abbreviations written with full stops are the same abbreviation; the pronoun is not.
        let dotted = try TermMatcher(
            termbase: Termbase(concepts: [concept("s", "SARS", "fil", ["S.A.R.S."])]), locale: "fil")
        #expect(dotted.matches(in: "ang SARS at S.A.R.S. at sars").map(\.text) == ["SARS", "S.A.R.S"])
        #expect(
            Morphology.undotted("s.a.r.s") == "sars" && Morphology.undotted("e.g") == "eg"
                && Morphology.undotted("a.bc") == "a.bc")
        let ar = try TermMatcher(termbase: Termbase(concepts: [concept("v", "virus", "ar", ["الفيروس"])]), locale: "ar")
        #expect(ar.matches(in: "عن طريق الفم.الفيروس").map(\.text) == ["الفيروس"])
    }

    // MARK: morphology

    @Test func morphologyClassesFromTheJudgedAlarms() {
        func meet(_ locale: String, _ a: String, _ b: String) -> Bool {
            let m = Morphology.forLocale(locale)
            return m.matches(m.fold(a), m.fold(b))
        }
        // Arabic: the accusative tanwin, and the broken plural أفعال.
        #expect(meet("ar", "قيود", "قيودًا") && meet("ar", "عَرَض", "أعراض") && meet("ar", "عرض", "والأعراض"))
        #expect(meet("ar", "مرض", "الأمراض") && !meet("ar", "عرض", "عروض"))
        // Russian short adjectives, masculine with the fleeting vowel.
        #expect(
            meet("ru", "заразный", "заразен") && meet("ru", "заразный", "заразна") && meet("ru", "заразный", "заразны"))
        // Arabic hamza seats follow the suffix (وباء / وبائي).
        #expect(meet("ar", "وباء", "وبائي") && meet("ar", "مسؤول", "مسئول"))
        // Swahili verb prefixes before a stem in -a, and the deverbal -o/-i; not a noun that looks like a verb.
        #expect(
            meet("sw", "kukohoa", "wanakohoa") && meet("sw", "kuambukiza", "huwaambukiza")
                && meet("sw", "kuenea", "ilienea"))
        #expect(meet("sw", "ambukizo", "maambukizi") && !meet("sw", "nchi", "wananchi"))
        // Hausa written without hooked letters.
        #expect(meet("ha", "yaɗuwa", "yaduwar") && meet("ha", "ƙasa", "kasashe") && meet("ha", "ɗan", "'yan"))
    }

    @Test func overToleranceIsCaught() throws {
        let availability = concept("a", "availability", "ms", ["ketersediaan"])
        #expect(
            try kinds(availability, "ms", source: "The availability of masks.", target: "Kesediaan pelitup muka.") == [
                .missing
            ])
        #expect(
            try kinds(availability, "ms", source: "The availability of masks.", target: "Ketersediaannya terhad.") == []
        )
        let sanitizer = concept("s", "hand sanitizer", "ms", ["pembersih tangan"], pos: .noun)
        let verb = try kinds(sanitizer, "ms", source: "Use hand sanitizer.", target: "Bersihkan tangan anda.")
        #expect(verb == [.partOfSpeech])
        #expect(try kinds(sanitizer, "ms", source: "Use hand sanitizer.", target: "Gunakan pembersih tangan.") == [])
        // A noun entry against the verb (mengelola, "to manage", for pengelolaan, "management").
        let management = concept("m", "data management", "id", ["pengelolaan data"], pos: .noun)
        #expect(
            try kinds(
                management, "id", source: "Data management by ministries.", target: "Kementerian mengelola data warga.")
                == [.partOfSpeech])
        // Voice alternation is inflection: the approved verb in the passive is the term.
        let clean = concept("c", "clean", "id", ["membersihkan"], pos: .verb)
        #expect(try kinds(clean, "id", source: "Clean it.", target: "Permukaan dibersihkan setiap hari.") == [])
    }

    @Test func oneSourceTermWithSeveralConceptsNeedsTheTermOfOne() throws {
        // Two termbases merged, each with its own entry for "fever".
        let fever1 = concept("g379", "fever", "ru", ["высокая температура"]),
            fever2 = concept("f110", "fever", "ru", ["жар"])
        let checker = try TermUsageChecker(termbase: Termbase(concepts: [fever1, fever2]), targetLocale: "ru")
        #expect(checker.check(source: "Do you have a fever?", target: "У вас высокая температура?") == [])
        #expect(checker.check(source: "Do you have a fever?", target: "У вас жар?") == [])
        #expect(
            checker.check(source: "Do you have a fever?", target: "Вам плохо?").map(\.conceptID) == ["g379", "f110"])
    }

    @Test func aVerbEntryAsANounIsADifferentPartOfSpeech() throws {
        let spread = concept("sp", "spread", "ru", ["распространять"], pos: .verb)
        #expect(
            try kinds(spread, "ru", source: "How does it spread?", target: "Как происходит распространение вируса?")
                == [.partOfSpeech])
        #expect(
            try kinds(spread, "ru", source: "How does it spread?", target: "Вирус распространяется быстро.") == [
                .partOfSpeech
            ])
        #expect(try kinds(spread, "ru", source: "How does it spread?", target: "Его нельзя распространять.") == [])
        #expect(try kinds(spread, "ru", source: "How does it spread?", target: "Как передается вирус?") == [.missing])
    }
}
