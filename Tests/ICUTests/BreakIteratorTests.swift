import ICU
import Testing

@Suite struct BreakIteratorTests {
    @Test func sentenceSuppressionsComeFromCLDR() throws {
        let text = UTF16Text("Mr. Kim met Dr. Lee. They talked.")
        let plain = try BreakIterator(.sentence, locale: "en")
        plain.setText(text.units)
        let suppressed = try BreakIterator(.sentence, locale: "en@ss=standard")
        suppressed.setText(text.units)
        // Without suppressions ICU breaks after "Mr." and "Dr."; CLDR's English exceptions list "Mr." but not
        // "Dr." (Jeju's own English rules add that one).
        #expect(plain.boundaries().map(\.offset) == [4, 16, 21, text.count])
        #expect(suppressed.boundaries().map(\.offset) == [16, 21, text.count])
    }

    @Test func wordBreaksKeepHangulWordsWhole() throws {
        #expect(try BreakIterator.words(in: "정부는 2016년 전자정부를", locale: "ko") == ["정부는", "2016", "년", "전자정부를"])
    }
}
