import Foundation
@testable import Glossary
import Testing

/// Real inflected sentences per target language: the approved term must be found in its inflected forms
/// (no finding), and reported missing when the translation uses another word.
@Suite struct TermUsageCheckerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let locale: String
        let english: String
        let term: String
        let source: String
        let found: [String]
        let missing: String
        var testDescription: String { "\(locale): \(term)" }
    }

    static let cases: [Case] = [
        Case(
            locale: "ko", english: "e-government", term: "전자정부", source: "Korea's e-government is a model.",
            found: ["한국의 전자정부는 모범 사례이다.", "전자정부를 배우기 위해 제주에 왔다.", "전자정부에서의 협력"],
            missing: "한국의 디지털 행정은 모범 사례이다."),
        Case(
            locale: "ko", english: "local official", term: "지방 공무원", source: "Local officials from 24 countries.",
            found: ["24개국 지방공무원들이 제주에서 교육을 받았다.", "지방 공무원에게 교육을 제공했다."],
            missing: "24개국 공무원들이 교육을 받았다."),
        Case(
            locale: "ru", english: "e-government", term: "электронное правительство",
            source: "The development of e-government.",
            found: [
                "Развитие электронного правительства в Корее.", "Министерство внедряет электронное правительство.",
                "Услуги в электронном правительстве.",
            ],
            missing: "Развитие цифрового государства в Корее."),
        Case(
            locale: "ru", english: "local official", term: "местный чиновник", source: "Training for local officials.",
            found: ["Обучение для местных чиновников.", "Местным чиновникам вручили сертификаты."],
            missing: "Обучение для государственных служащих."),
        Case(
            locale: "ar", english: "e-government", term: "الحكومة الإلكترونية",
            source: "E-government plays a big role.",
            found: [
                "وللحكومة الإلكترونية دور كبير.", "تعمل الحكومة الإلكترونية على تحسين الخدمات.",
                "في مجال حكومة إلكترونية متكاملة",
            ],
            missing: "للإدارة الرقمية دور كبير."),
        Case(
            locale: "ar", english: "local official", term: "موظف محلي", source: "Training of local officials.",
            found: ["تدريب الموظفين المحليين من 24 دولة.", "شارك موظفونا المحليون في البرنامج."],
            missing: "تدريب المسؤولين من 24 دولة."),
        Case(
            locale: "sw", english: "local government", term: "serikali ya mtaa",
            source: "Officers of local governments attended.",
            found: ["Maafisa wa serikali za mitaa walihudhuria mafunzo.", "Afisa wa serikali ya mtaa alizungumza."],
            missing: "Maafisa wa halmashauri walihudhuria mafunzo."),
        Case(
            locale: "sw", english: "public servant", term: "mtumishi wa umma", source: "Public servants were trained.",
            found: ["Watumishi wa umma walipewa mafunzo.", "Mtumishi wa umma alipewa cheti."],
            missing: "Wafanyakazi walipewa mafunzo."),
        Case(
            locale: "id", english: "public service", term: "layanan publik", source: "Better public services.",
            found: ["Pelayanan publik yang lebih baik.", "Layanan publiknya semakin cepat."],
            missing: "Jasa pemerintah yang lebih baik."),
        Case(
            locale: "id", english: "data management", term: "pengelolaan data",
            source: "Data management by ministries.",
            found: ["Pengelolaan data oleh kementerian.", "Pengelolaan datanya diperbaiki."],
            missing: "Kementerian menyimpan data warga."),
        Case(
            locale: "ms", english: "e-government", term: "kerajaan elektronik", source: "Its e-government is growing.",
            found: ["Kerajaan elektroniknya semakin berkembang.", "Pelaksanaan kerajaan elektronik di Malaysia."],
            missing: "Kerajaan digital semakin berkembang."),
        Case(
            locale: "fil", english: "government", term: "pamahalaan", source: "Local governments joined.",
            found: ["Sumali ang mga pamahalaang lokal.", "Ang pamahalaan ay nagpadala ng kinatawan."],
            missing: "Sumali ang mga lokal na yunit."),
        Case(
            locale: "fil", english: "training", term: "pagsasanay", source: "The training of local officials in Jeju.",
            found: ["Sinanay ang mga lokal na opisyal sa Jeju.", "Ang pagsasanay ay ginanap sa Jeju."],
            missing: "Tinuruan ang mga lokal na opisyal sa Jeju."),
        Case(
            locale: "uz", english: "e-government", term: "elektron hukumat", source: "Developing our e-government.",
            found: ["Elektron hukumatni rivojlantirish.", "Elektron hukumatlarimizda yangi xizmatlar bor."],
            missing: "Raqamli boshqaruvni rivojlantirish."),
        Case(
            locale: "uz", english: "ministry", term: "vazirlik", source: "The Ministry of the Interior announced it.",
            found: ["Ichki ishlar vazirligi maʼlum qildi.", "Vazirlikda yigʻilish boʻldi."],
            missing: "Ichki ishlar idorasi maʼlum qildi."),
        Case(
            locale: "uz", english: "training programme", term: "oʻquv dasturi", source: "In the training programme.",
            found: ["o'quv dasturida", "Oʻquv dasturi yakunlandi."],
            missing: "taʼlim kursida"),
        Case(
            locale: "ha", english: "government", term: "gwamnati",
            source: "The federal government and state governments.",
            found: ["Gwamnatin tarayya ta sanar.", "Gwamnatoci sun hadu."],
            missing: "Hukumar tarayya ta sanar."),
        Case(
            locale: "ha", english: "official", term: "jami'i",
            source: "Local government officials attended the training.",
            found: ["Jami'an ƙananan hukumomi sun halarci horo.", "Jami’in gwamnati ya yi jawabi."],
            missing: "Ma'aikata sun halarci horo."),
        Case(
            locale: "vi", english: "e-government", term: "chính phủ điện tử", source: "E-government helps citizens.",
            found: [
                "Chính phủ điện tử giúp người dân.", "Các chính phủ điện tử",
                "Chi\u{301}nh phu\u{309} điê\u{323}n tư\u{309} (NFD)",
            ],
            missing: "Chính quyền số giúp người dân."),
        Case(
            locale: "yo", english: "local government", term: "ìjọba ìbílẹ̀",
            source: "Local government officials went to training.",
            found: ["Àwọn òṣìṣẹ́ ìjọba ìbílẹ̀ lọ sí ìdánilẹ́kọ̀ọ́.", "Awọn oṣiṣẹ ijọba ibilẹ lọ"],
            missing: "Àwọn òṣìṣẹ́ ààrẹ lọ sí ìdánilẹ́kọ̀ọ́."),
        Case(
            locale: "ig", english: "local government", term: "ọchịchị ime obodo",
            source: "Local government workers went to training.",
            found: ["Ndị ọrụ ọchịchị ime obodo gara ọzụzụ.", "Ndị ọrụ ọ̀chịchị ime obodo gara"],
            missing: "Ndị ọrụ gọọmentị gara ọzụzụ."),
        Case(
            locale: "am", english: "government", term: "መንግሥት", source: "Government employees.",
            found: ["የመንግስት ሠራተኞች", "መንግሥቱ አስታወቀ።", "በመንግሥታችን ፖሊሲ"],
            missing: "የድርጅት ሠራተኞች"),
        Case(
            locale: "am", english: "ministry", term: "ሚኒስቴር", source: "The ministry announced.",
            found: ["ሚኒስቴሩ ገለጸ።", "የሚኒስቴሮች ስብሰባ", "ከሚኒስቴሩ የተገኘ መረጃ"],
            missing: "ቢሮው ገለጸ።"),
    ]

    func checker(_ c: Case, deprecated: String? = nil) throws -> TermUsageChecker {
        var target = [Term(c.term, partOfSpeech: .noun, termType: .fullForm, status: .preferred)]
        if let deprecated { target.append(Term(deprecated, status: .deprecated)) }
        let concept = Concept(
            id: "k",
            languages: [
                LanguageSection(language: "en", terms: [Term(c.english, status: .preferred)]),
                LanguageSection(language: c.locale, terms: target),
            ])
        return try TermUsageChecker(termbase: Termbase(concepts: [concept]), targetLocale: c.locale)
    }

    @Test(arguments: cases)
    func inflectedFormsAreFoundAndOtherWordsReported(_ c: Case) throws {
        let checker = try checker(c)
        for sentence in c.found {
            #expect(
                checker.check(source: c.source, target: sentence) == [],
                "\(c.locale): '\(c.term)' not found in '\(sentence)'")
        }
        let missing = checker.check(source: c.source, target: c.missing)
        #expect(
            missing == [
                TermUsageFinding(kind: .missing, conceptID: "k", text: missing.first?.text ?? "", expected: [c.term])
            ],
            "\(c.locale): '\(c.missing)' should lack '\(c.term)'")
        // Nothing is reported when the source does not name the concept.
        #expect(checker.check(source: "Nothing relevant.", target: c.missing) == [])
    }

    @Test func deprecatedTermsAreReportedEvenInflected() throws {
        let c = Case(
            locale: "ru", english: "local official", term: "местный чиновник", source: "Local officials.",
            found: [], missing: "")
        let checker = try checker(c, deprecated: "локальный чиновник")
        let findings = checker.check(
            source: "Training for local officials.", target: "Обучение для локальных чиновников.")
        #expect(findings.map(\.kind) == [.missing, .deprecated])
        #expect(findings.last?.text == "локальных чиновников" && findings.last?.expected == ["местный чиновник"])
    }

    @Test func morphologyStemsAreDocumentedBehaviour() {
        let am = Morphology.forLocale("am")
        #expect(am.candidates(am.fold("ሚኒስቴሮች")).contains("ሚኒስቴር"))
        let uz = Morphology.forLocale("uz")
        #expect(uz.fold("o'quv") == "oʻquv" && uz.fold("ma'lumot") == "maʼlumot")
        let id = Morphology.forLocale("id")
        #expect(id.candidates("menyampaikan").contains("sampai"))
        let en = Morphology.forLocale("en")
        #expect(
            en.candidates("cities") == ["cities", "city"] && en.candidates("processes") == ["processes", "process"])
        #expect(en.candidates("bus") == ["bus"])
    }

    /// Number and stem changes the affix lists alone would miss, each in a real phrase of the first notice.
    @Test func numberAndStemAlternations() {
        func meet(_ locale: String, _ a: String, _ b: String) -> Bool {
            let m = Morphology.forLocale(locale)
            return m.matches(m.fold(a), m.fold(b))
        }
        // Russian fleeting vowel and the -анин plural; not every pair of similar words.
        #expect(meet("ru", "уровень", "уровне") && meet("ru", "отец", "отца") && meet("ru", "гражданин", "граждане"))
        #expect(!meet("ru", "город", "гордый"))
        // Amharic Ge'ez plural -āt, fused with the stem's last consonant.
        #expect(meet("am", "ባለሥልጣን", "ባለሥልጣናትን") && meet("am", "መንግሥት", "መንግሥታት"))
        // Hausa: final vowels, -oyi and -ashe plurals, and the number words mai/masu, ɗan/ʼyan.
        #expect(
            meet("ha", "ƙwararre", "ƙwararru") && meet("ha", "sanarwa", "sanarwoyi") && meet("ha", "ƙasa", "ƙasashe"))
        #expect(meet("ha", "mai", "masu") && meet("ha", "ɗan", "ʼyan") && !meet("ha", "mai", "ɗan"))
        // Igbo: onye/ndị and nwa/ụmụ mark number; n' is the elided preposition na.
        #expect(meet("ig", "onye", "ndị") && meet("ig", "nwa", "ụmụ") && !meet("ig", "onye", "ụmụ"))
        #expect(meet("ig", "agwaetiti", "n'Agwaetiti") && meet("ig", "agwaetiti", "n’agwaetiti"))
    }
}
