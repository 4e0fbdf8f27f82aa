internal import CICU

/// The month and weekday names CLDR gives a locale (ICU `udat_getSymbols`, default calendar), so a date
/// written in a translation ("24 мая", "24 tháng 5") can be read back with the locale's own names.
public struct DateSymbols: Sendable, Equatable {
    /// Month names as used in dates ("мая" in ru), January first.
    public let months: [String]
    /// Abbreviated month names as used in dates ("мая." / "thg 5").
    public let shortMonths: [String]
    /// Month names standing alone ("май").
    public let standaloneMonths: [String]
    /// Abbreviated standalone month names.
    public let standaloneShortMonths: [String]
    /// Weekday names, Sunday first.
    public let weekdays: [String]
    /// Abbreviated weekday names, Sunday first.
    public let shortWeekdays: [String]

    /// Loads the symbols of `locale`.
    public init(locale: String) throws(ICUError) {
        func symbols(_ type: Int32) throws(ICUError) -> [String] {
            var status: Int32 = 0
            let count = Int(jeju_date_symbol_count(locale, type, &status))
            try ICUError.check(status, "reading date symbols of '\(locale)'")
            var out: [String] = []
            for index in 0..<count {
                let s = try ICUBuffer.string("reading date symbols of '\(locale)'", capacity: 32) { d, c, st in
                    jeju_date_symbol(locale, type, Int32(index), d, c, &st)
                }
                out.append(s)
            }
            return out
        }
        months = try symbols(1)
        shortMonths = try symbols(2)
        // ICU lists weekdays from index 1 (Sunday); index 0 is empty.
        weekdays = try symbols(3).filter { !$0.isEmpty }
        shortWeekdays = try symbols(4).filter { !$0.isEmpty }
        standaloneMonths = try symbols(10)
        standaloneShortMonths = try symbols(11)
    }
}
