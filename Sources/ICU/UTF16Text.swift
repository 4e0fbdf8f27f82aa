/// Text held as UTF-16 code units, the encoding ICU works in, with conversions back to `String`.
///
/// Offsets into a `UTF16Text` are UTF-16 code unit offsets; they stay inside the ICU layer and the modules that
/// run ICU over buffers. Public APIs above that layer speak in `String.Index` or Unicode scalar offsets.
public struct UTF16Text: Sendable, Equatable {
    /// The code units.
    public let units: [UInt16]

    /// Copies `string` into UTF-16.
    public init(_ string: String) { units = Array(string.utf16) }

    /// Wraps existing code units.
    public init(units: [UInt16]) { self.units = units }

    /// The number of code units.
    public var count: Int { units.count }

    /// The text between two code-unit offsets (clamped to the text; lone surrogates become U+FFFD).
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, units.count))
        let upper = max(lower, min(range.upperBound, units.count))
        return String(decoding: units[lower..<upper], as: UTF16.self)
    }

    /// The number of Unicode scalars in `range`: converts a UTF-16 offset span into the scalar count JSON users
    /// index by.
    public func scalarCount(_ range: Range<Int>) -> Int {
        var n = 0
        var i = max(0, range.lowerBound)
        let end = min(range.upperBound, units.count)
        while i < end {
            if UTF16.isLeadSurrogate(units[i]), i + 1 < end, UTF16.isTrailSurrogate(units[i + 1]) { i += 2 } else { i += 1 }
            n += 1
        }
        return n
    }

    /// The code point starting at `offset` and its width in code units.
    public func codePoint(at offset: Int) -> (scalar: UInt32, width: Int) {
        let u = units[offset]
        if UTF16.isLeadSurrogate(u), offset + 1 < units.count, UTF16.isTrailSurrogate(units[offset + 1]) {
            let hi = UInt32(u - 0xD800), lo = UInt32(units[offset + 1] - 0xDC00)
            return (0x10000 + (hi << 10) + lo, 2)
        }
        return (UInt32(u), 1)
    }
}
