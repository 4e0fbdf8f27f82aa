import JejuSupport
import Notices
import Testing

@testable import Publishing

/// `locales/<tag>/locale.yml`: what a project adjusts of CLDR's presentation, read strictly.
@Suite struct LocalePresentationTests {
    func parse(_ text: String, _ locale: String) throws(Diagnostic) -> LocalePresentation {
        try LocalePresentation.parse(text, path: "locale.yml", locale: locale)
    }

    @Test func datesInTheProjectsPatternAndCalendar() throws {
        let am = try parse(
            "date:\n  calendar: ethiopic\n  pattern: \"MMMM d ቀን y 'ዓ.ም.'\"\n  beside: \"d MMMM y 'እ.ኤ.አ.'\"\n", "am")
        let context = try LocaleContext(tag: "am", sourceTag: "en", messages: try Self.messages("am"), presentation: am)
        #expect(context.format(Self.may26) == "ግንቦት 18 ቀን 2008 ዓ.ም. (26 ሜይ 2016 እ.ኤ.አ.)")
        let uz = try parse("name-in-text: oʻzbek\ndate:\n  pattern: \"y-'yil' d-MMMM\"\n", "uz")
        let uzContext = try LocaleContext(
            tag: "uz", sourceTag: "en", messages: try Self.messages("uz"), presentation: uz)
        #expect(uzContext.format(Self.may26) == "2016-yil 26-may")
        #expect(uzContext.nativeName == "oʻzbek")
        // Without a file: CLDR's long date and name.
        let plain = try LocaleContext(tag: "uz", sourceTag: "en", messages: try Self.messages("uz"))
        #expect(plain.format(Self.may26) == "26-may, 2016")
    }

    @Test func mistakesAreErrorsAtTheirPlace() {
        func rule(_ text: String) -> (String, Int?, Int?)? {
            do { _ = try parse(text, "am"); return nil } catch { return (error.rule, error.line, error.column) }
        }
        #expect(rule("colour: red\n")! == ("locale.unknown-key", 1, 1))
        #expect(rule("date:\n  calendar: lunar-ish\n")! == ("locale.value", 2, 13))
        #expect(rule("date:\n  pattern: d\n  skeleton: yMd\n")! == ("locale.value", 2, 12))
        #expect(rule("date:\n  format: long\n")! == ("locale.unknown-key", 2, 3))
        #expect(rule("name: [a, b]\n")?.0 == "locale.value")
        #expect(rule("name: x\n  bad indentation: -\n")?.0 == "config.syntax")
        #expect(rule("date:\n  calendar: ethiopic\n") == nil)
    }

    // swift-format-ignore: NeverForceUnwrap
    // A valid date written as a constant: the initialiser fails only for a day the month lacks.
    static let may26 = NoticeDate(year: 2016, month: 5, day: 26)!

    static func messages(_ tag: String) throws -> LocaleMessages {
        var warnings: [Diagnostic] = []
        let source = try Fixtures.messages()
        return try LocaleMessages(
            source: source, sourceTag: "en", tag: tag, translation: nil, minimumState: .translated,
            isSource: false, warnings: &warnings)
    }
}
