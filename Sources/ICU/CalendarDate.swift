/// A day of the proleptic Gregorian calendar, with no time and no time zone: the date a notice carries
/// ("2016-05-26").
///
/// Always valid: the initializers reject impossible days (2016-02-30, month 13) instead of rolling them over.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year (e.g. 2016).
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// The day `year`-`month`-`day`; throws an `ICUError` when no such day exists.
    public init(year: Int, month: Int, day: Int) throws(ICUError) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else {
            throw ICUError(message: "no such day \(year)-\(month)-\(day)", operation: "making a calendar date")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD` exactly; throws an `ICUError` naming the text otherwise.
    public init(iso8601 text: some StringProtocol) throws(ICUError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = parts.map(\.utf8.count)
        guard widths == [4, 2, 2], parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else {
            throw ICUError(message: "'\(text)' is not a YYYY-MM-DD date", operation: "reading a calendar date")
        }
        try self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Chronological order.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
