import ICU
import JejuSupport
import Notices

/// Everything locale-specific a page needs, from ICU/CLDR: direction, the language's own name, date and
/// percent formatters, and the UI messages. Holds ICU handles: not thread-safe.
final class LocaleContext {
    let tag: String
    let icu: String
    let isRightToLeft: Bool
    /// The language named in itself ("한국어", "العربية").
    let nativeName: String
    /// The language named in the source language ("Korean").
    let sourceName: String
    /// The source language named in this language ("영어").
    let sourceLanguageName: String
    let messages: LocaleMessages
    private let dates: DateFormat
    private let besideDates: DateFormat?
    private let percents: NumberFormat

    init(
        tag: String, sourceTag: String, messages: LocaleMessages,
        presentation: LocalePresentation = LocalePresentation()
    ) throws(Diagnostic) {
        self.tag = tag
        self.icu = LanguageTag(tag).icuLocale
        self.messages = messages
        do {
            isRightToLeft = try LocaleInfo.isRightToLeft(icu)
            nativeName = try presentation.nameInText ?? LocaleInfo.displayName(of: icu, in: icu)
            sourceName = try LocaleInfo.displayName(of: icu, in: LanguageTag(sourceTag).icuLocale)
            sourceLanguageName = try LocaleInfo.displayName(of: LanguageTag(sourceTag).icuLocale, in: icu)
            dates = try presentation.dateFormat(locale: icu)
            besideDates = try presentation.besideFormat(locale: icu)
            percents = try NumberFormat(locale: icu, style: .percent)
            percents.setFractionDigits(0...0)
        } catch {
            throw Diagnostic(
                rule: "icu.locale-data", path: "jeju.yml",
                message: "locale '\(tag)': ICU cannot provide its data: \(error)")
        }
    }

    var direction: String { isRightToLeft ? "rtl" : "ltr" }

    /// A date in the locale's long format and digits (or the project's pattern and calendar, with the Gregorian
    /// date beside it where the project asks).
    func format(_ date: NoticeDate) -> String {
        guard let calendar = try? CalendarDate(year: date.year, month: date.month, day: date.day) else {
            return date.iso
        }
        guard let besideDates else { return dates.format(calendar) }
        return "\(dates.format(calendar)) (\(besideDates.format(calendar)))"
    }

    /// A share 0…1 as a whole percentage, rounded down (so 99.6 % never reads as 100 %).
    func percent(_ share: Double) -> String {
        percents.format((share * 100).rounded(.down) / 100)
    }
}
