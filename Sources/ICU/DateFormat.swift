internal import CICU

/// A CLDR date formatter for one locale (ICU `udat`), for calendar dates without time.
///
/// Formats in GMT, so a `CalendarDate` never shifts by a time zone. Uses the locale's default calendar and
/// numbering system (e.g. Arabic-Indic digits for `ar`). Owns its ICU handle; not thread-safe.
public final class DateFormat {
    /// The CLDR date styles.
    public enum Style: Int32, Sendable, CaseIterable {
        /// With the weekday: "Thursday, May 26, 2016".
        case full = 0
        /// Month spelled out: "May 26, 2016", "26 tháng 5, 2016", "2016년 5월 26일".
        case long = 1
        /// Abbreviated month: "May 26, 2016", "26 thg 5, 2016", "2016. 5. 26.".
        case medium = 2
        /// Numeric: "5/26/16".
        case short = 3
    }

    /// The ICU locale id the formatter was opened with.
    public let locale: String
    /// The CLDR pattern in use (e.g. "d MMM y"), for diagnostics.
    public let pattern: String
    private let handle: OpaquePointer

    /// A formatter with the locale's pattern for a CLDR `style`.
    public convenience init(locale: String, style: Style) throws(ICUError) {
        var status: Int32 = 0
        let raw = jeju_date_open_style(style.rawValue, locale, &status)
        try self.init(raw, status, locale: locale, operation: "opening a \(style) date format for '\(locale)'")
    }

    /// A formatter with the locale's best pattern for a skeleton such as "yMMMd" (fields wanted, in any order;
    /// CLDR picks their order and punctuation).
    public convenience init(locale: String, skeleton: String) throws(ICUError) {
        var status: Int32 = 0
        let units = Array(skeleton.utf16)
        let raw = units.withUnsafeBufferPointer {
            jeju_date_open_skeleton($0.baseAddress, Int32($0.count), locale, &status)
        }
        try self.init(raw, status, locale: locale, operation: "opening a '\(skeleton)' date format for '\(locale)'")
    }

    /// A formatter with an explicit CLDR pattern ("y-'yil' d-MMMM"), for a project that writes dates its own way.
    public convenience init(locale: String, pattern: String) throws(ICUError) {
        var status: Int32 = 0
        let units = Array(pattern.utf16)
        let raw = units.withUnsafeBufferPointer {
            jeju_date_open_pattern($0.baseAddress, Int32($0.count), locale, &status)
        }
        try self.init(raw, status, locale: locale, operation: "opening the date pattern '\(pattern)' for '\(locale)'")
    }

    /// The calendar the formatter writes dates in: "gregorian", or what `@calendar=` in the locale asked for
    /// and ICU knows ("ethiopic", "islamic", …).
    public var calendar: String {
        var buffer = [CChar](repeating: 0, count: 64)
        var status: Int32 = 0
        let n = jeju_date_calendar_type(UnsafeRawPointer(handle), &buffer, 64, &status)
        guard status <= 0, n < 64 else { return "" }
        return String(decoding: buffer.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private init(_ raw: UnsafeMutableRawPointer?, _ status: Int32, locale: String, operation: String) throws(ICUError) {
        guard let raw, status <= 0 else {
            if let raw { jeju_date_close(raw) }
            throw ICUError(status: status > 0 ? status : 1, operation: operation)
        }
        let handle = OpaquePointer(raw)
        do {
            self.pattern = try ICUBuffer.string("reading a date pattern") { d, c, s in
                jeju_date_pattern(UnsafeRawPointer(handle), d, c, &s)
            }
        } catch {
            jeju_date_close(raw)
            throw error
        }
        self.handle = handle
        self.locale = locale
    }

    deinit { jeju_date_close(UnsafeMutableRawPointer(handle)) }

    /// `date` in the locale's format, e.g. 2016-05-26 → "26 tháng 5, 2016" (vi, long).
    public func format(_ date: CalendarDate) -> String {
        let handle = self.handle
        // A CalendarDate is always a valid day and the formatter is open, so ICU has nothing left to refuse;
        // should it fail anyway, the ISO form keeps the date readable rather than losing it.
        let result = try? ICUBuffer.string("formatting a date") { d, c, s in
            jeju_date_format_day(
                UnsafeRawPointer(handle), Int32(date.year), Int32(date.month), Int32(date.day), d,
                c, &s)
        }
        return result ?? date.description
    }
}
