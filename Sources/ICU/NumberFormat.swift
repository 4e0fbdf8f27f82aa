internal import CICU

/// A CLDR number formatter and parser for one locale (ICU `unum`).
///
/// Digits, grouping and decimal separators follow the locale's default numbering system: "9,252" (en),
/// "9.252" (id), "9 252" with U+00A0 (ru), "٩٬٢٥٢" (ar). Parsing is strict and locale-aware, so "9.252" reads
/// as 9252 in `id` but 9.252 in `en`. Owns its ICU handle; not thread-safe.
public final class NumberFormat {
    /// What kind of number the formatter writes.
    public enum Style: Int32, Sendable {
        /// Plain decimal numbers with grouping.
        case decimal = 1
        /// Percentages: 0.25 → "25%".
        case percent = 3
    }

    /// The ICU locale id the formatter was opened with.
    public let locale: String
    private let handle: OpaquePointer

    /// Opens a formatter. Decimals show up to 3 fraction digits until `setFractionDigits` says otherwise.
    public init(locale: String, style: Style = .decimal) throws(ICUError) {
        var status: Int32 = 0
        let raw = jeju_number_open(style.rawValue, locale, &status)
        guard let raw, status <= 0 else {
            if let raw { jeju_number_close(raw) }
            throw ICUError(status: status > 0 ? status : 1, operation: "opening a number format for '\(locale)'")
        }
        self.handle = OpaquePointer(raw)
        self.locale = locale
    }

    deinit { jeju_number_close(UnsafeMutableRawPointer(handle)) }

    /// Shows at least `range.lowerBound` and at most `range.upperBound` fraction digits (rounding half-even).
    public func setFractionDigits(_ range: ClosedRange<Int>) {
        jeju_number_set_fraction_digits(
            UnsafeMutableRawPointer(handle), Int32(clamping: range.lowerBound),
            Int32(clamping: range.upperBound))
    }

    /// Turns digit grouping ("9,252" vs "9252") on or off; on by default.
    public func setGrouping(_ on: Bool) { jeju_number_set_grouping(UnsafeMutableRawPointer(handle), on) }

    /// `value` in the locale's digits and grouping.
    public func format(_ value: Int) -> String {
        let handle = self.handle
        // An open formatter cannot refuse an integer; the fallback only guards against the unexpected.
        let result = try? ICUBuffer.string("formatting a number") { d, c, s in
            jeju_number_format_int(UnsafeRawPointer(handle), Int64(value), d, c, &s)
        }
        return result ?? String(value)
    }

    /// `value` in the locale's digits, grouping and decimal separator, rounded to the fraction digits set.
    public func format(_ value: Double) -> String {
        let handle = self.handle
        let result = try? ICUBuffer.string("formatting a number") { d, c, s in
            jeju_number_format_double(UnsafeRawPointer(handle), value, d, c, &s)
        }
        return result ?? String(value)
    }

    /// Reads a whole string as a number written in this locale's conventions ("9.252" in `id` → 9252).
    ///
    /// Throws an `ICUError` (`U_PARSE_ERROR`, column = 1-based position in Unicode scalars) when the text is not
    /// a number or has anything after it.
    public func parse(_ text: String) throws(ICUError) -> Double {
        let units = Array(text.utf16)
        var status: Int32 = 0
        var position: Int32 = 0
        let value = units.withUnsafeBufferPointer {
            jeju_number_parse(UnsafeRawPointer(handle), $0.baseAddress, Int32($0.count), &position, &status)
        }
        let stop = min(max(Int(position), 0), units.count)
        if status > 0 || stop != units.count {
            let column = UTF16Text(units: units).scalarCount(0..<stop) + 1
            throw ICUError(
                status: status > 0 ? status : 9 /* U_PARSE_ERROR */,
                operation: "reading '\(text)' as a number in '\(locale)'", line: 1, column: column)
        }
        return value
    }
}
