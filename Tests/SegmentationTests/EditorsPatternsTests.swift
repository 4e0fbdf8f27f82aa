import Segmentation
import Testing

/// Patterns editors write that sentence segmenters get wrong: inline enumerations, bullets before numbered items,
/// a time before a title and a name, the pronoun "I" ending a sentence, and bracketed or spaced ellipses — in
/// English and in the other languages where the same pattern is written. Each case gives the sentences a careful
/// reader sees.
@Suite struct EditorsPatternsTests {
    static let cases: [(language: String, text: String, sentences: [String])] = [
        // Inline enumerations: the marker after a word is not a sentence end.
        (
            "en", "Please bring 1.) your passport 2.) two photos and 3.) the form.",
            ["Please bring 1.) your passport 2.) two photos and 3.) the form."]
        ),
        (
            "en", "The steps are 1) register 2) pay and 3) attend. Then wait.",
            ["The steps are 1) register 2) pay and 3) attend.", "Then wait."]
        ),
        ("en", "Options: a. online b. by post c. in person.", ["Options: a. online b. by post c. in person."]),
        (
            "id", "Bawalah 1) paspor 2) foto dan 3) formulir. Terima kasih.",
            ["Bawalah 1) paspor 2) foto dan 3) formulir.", "Terima kasih."]
        ),
        (
            "ru", "Нужны 1) паспорт 2) фотографии и 3) анкета. Спасибо.",
            ["Нужны 1) паспорт 2) фотографии и 3) анкета.", "Спасибо."]
        ),
        // Bullets before numbered items inside a line.
        ("en", "Documents: • 9. Passport • 10. Visa • 11. Form", ["Documents: • 9. Passport • 10. Visa • 11. Form"]),
        ("ru", "Документы: • 9. Паспорт • 10. Виза", ["Документы: • 9. Паспорт • 10. Виза"]),
        ("vi", "Hồ sơ: • 9. Hộ chiếu • 10. Thị thực", ["Hồ sơ: • 9. Hộ chiếu • 10. Thị thực"]),
        ("ms", "Dokumen: • 9. Pasport • 10. Visa", ["Dokumen: • 9. Pasport • 10. Visa"]),
        // A time before a title and a name (the English Golden Rules' reading of a.m. and P.M.).
        (
            "en", "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
            [
                "At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.",
                "Mr. Smith then went to the store.",
            ]
        ),
        (
            "en", "The session ended at 5 p.m. The delegates left.",
            ["The session ended at 5 p.m.", "The delegates left."]
        ),
        // The pronoun "I" ending a sentence, and initials that stay.
        ("en", "It was late, and so was I. Then we left.", ["It was late, and so was I.", "Then we left."]),
        ("en", "Nobody knew it but I. Everyone else slept.", ["Nobody knew it but I.", "Everyone else slept."]),
        ("en", "J. I. Smith met Mr. I. Kim. They talked.", ["J. I. Smith met Mr. I. Kim.", "They talked."]),
        // Bracketed and spaced ellipses.
        (
            "en", "He said [...] that it was over. Nobody answered.",
            ["He said [...] that it was over.", "Nobody answered."]
        ),
        (
            "en", "She paused . . . and then spoke. Nobody answered.",
            ["She paused . . . and then spoke.", "Nobody answered."]
        ),
        (
            "ru", "Он сказал [...] что всё кончено. Никто не ответил.",
            ["Он сказал [...] что всё кончено.", "Никто не ответил."]
        ),
        (
            "id", "Ia berkata [...] bahwa semuanya selesai. Tidak ada yang menjawab.",
            ["Ia berkata [...] bahwa semuanya selesai.", "Tidak ada yang menjawab."]
        ),
    ]

    @Test(arguments: cases.indices)
    func segmentsAsEditorsWrite(_ i: Int) throws {
        let c = Self.cases[i]
        let segmenter = try Segmenter(language: c.language)
        let got = segmenter.segments(of: c.text).map { String(c.text[$0]).trimmingCharacters(in: .whitespaces) }
        #expect(got == c.sentences, "\(c.language): \(c.text)")
    }
}
