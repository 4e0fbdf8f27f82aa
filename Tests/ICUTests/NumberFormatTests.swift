import ICU
import Testing

@Suite struct NumberFormatTests {
    @Test(arguments: [
        ("en", "9,252", "1,234,567.891"),
        ("id", "9.252", "1.234.567,891"),
        ("vi", "9.252", "1.234.567,891"),
        // ru groups with U+00A0 NO-BREAK SPACE (CLDR 42; not U+202F) and uses a decimal comma.
        ("ru", "9\u{00A0}252", "1\u{00A0}234\u{00A0}567,891"),
        // ar: Arabic-Indic digits, U+066C ARABIC THOUSANDS SEPARATOR, U+066B ARABIC DECIMAL SEPARATOR.
        ("ar", "٩٬٢٥٢", "١٬٢٣٤٬٥٦٧٫٨٩١"),
        ("ko", "9,252", "1,234,567.891"),
        ("am", "9,252", "1,234,567.891"),
        ("sw", "9,252", "1,234,567.891"),
    ])
    func groupingAndDigitsMatchCLDR(locale: String, integer: String, decimal: String) throws {
        let format = try NumberFormat(locale: locale)
        #expect(format.format(9252) == integer)
        #expect(format.format(1_234_567.891) == decimal)
        // What is written reads back as the same number.
        #expect(try format.parse(integer) == 9252)
        #expect(try format.parse(decimal) == 1_234_567.891)
    }

    @Test func parsingFollowsTheLocale() throws {
        #expect(try NumberFormat(locale: "id").parse("9.252") == 9252)
        #expect(try NumberFormat(locale: "en").parse("9.252") == 9.252)
        #expect(try NumberFormat(locale: "id").parse("9,5") == 9.5)
        #expect(try NumberFormat(locale: "ar").parse("٩٬٢٥٢") == 9252)
        #expect(try NumberFormat(locale: "en").parse("-12") == -12)
        // Translators type an ordinary space for Russian grouping; ICU treats space separators alike.
        #expect(try NumberFormat(locale: "ru").parse("9 252") == 9252)
        #expect(try NumberFormat(locale: "ru").parse("9\u{202F}252") == 9252)
    }

    @Test func parsingRejectsTextThatIsNotOneNumber() throws {
        let en = try NumberFormat(locale: "en")
        #expect(throws: ICUError.self) { try en.parse("views") }
        #expect(throws: ICUError.self) { try en.parse("") }
        do {
            _ = try en.parse("9,252 views")
            Issue.record("trailing text was accepted")
        } catch {
            #expect(error.column == 6)
        }
    }

    @Test func fractionDigitsAndGroupingCanBeSet() throws {
        let ru = try NumberFormat(locale: "ru")
        ru.setFractionDigits(2...2)
        #expect(ru.format(9252.5) == "9\u{00A0}252,50")
        ru.setGrouping(false)
        #expect(ru.format(9252) == "9252,00")
        #expect(try NumberFormat(locale: "en", style: .percent).format(0.25) == "25%")
    }
}
