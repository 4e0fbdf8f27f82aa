/// Text held as UTF-16 code units, the encoding ICU works in, with conversions back to `String`.
///
/// Offsets into a `UTF16Text` are UTF-16 code unit offsets; they stay inside the ICU layer and the modules that
/// run ICU over buffers. Public APIs above that layer speak in `String.Index` or Unicode scalar offsets.
public struct UTF16Text: Sendable, Equatable {
    /// The code units.
    public let units: [UInt16]

    /// Copies `string` into UTF-16, transcoding its UTF-8 storage directly.
    public init(_ string: String) {
        var copy = string
        units = copy.withUTF8 { Self.transcode($0) }
    }

    /// The scalar value of the multi-byte UTF-8 sequence starting at `i` in valid UTF-8, and its width in bytes.
    @inline(__always)
    public static func decodeScalar(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let c = utf8[i]
        var value: UInt32
        let width: Int
        switch c {
        case 0xC0...0xDF: width = 2; value = UInt32(c & 0x1F)
        case 0xE0...0xEF: width = 3; value = UInt32(c & 0x0F)
        default: width = 4; value = UInt32(c & 0x07)
        }
        for k in 1..<width where i + k < utf8.count { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
        return (value, width)
    }

    /// Valid UTF-8 as UTF-16 code units: ASCII eight bytes at a time, the rest scalar by scalar.
    public static func transcode(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt16] {
        // A UTF-8 sequence of n bytes is at most n code units, so the byte count is enough room.
        [UInt16](unsafeUninitializedCapacity: utf8.count) { out, count in
            let n = utf8.count
            var i = 0, o = 0
            while i < n {
                if i + 8 <= n, let base = utf8.baseAddress, let to = out.baseAddress {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 == 0 {
                        // Eight ASCII bytes widened in two words of four code units each.
                        let units = UnsafeMutableRawPointer(to + o)
                        units.storeBytes(of: widened(w & 0xFFFF_FFFF), as: UInt64.self)
                        units.storeBytes(of: widened(w >> 32), toByteOffset: 8, as: UInt64.self)
                        i &+= 8
                        o &+= 8
                        continue
                    }
                }
                let c = utf8[i]
                if c < 0x80 {
                    out[o] = UInt16(c)
                    i += 1
                    o += 1
                    continue
                }
                let scalar = decodeScalar(utf8, at: i)
                var value = scalar.value
                i += scalar.width
                if value >= 0x10000 {
                    value -= 0x10000
                    out[o] = UInt16(0xD800 + (value >> 10))
                    out[o + 1] = UInt16(0xDC00 + (value & 0x3FF))
                    o += 2
                } else {
                    out[o] = UInt16(value)
                    o += 1
                }
            }
            count = o
        }
    }

    /// The four bytes of `x` (its low 32 bits) as four 16-bit lanes, the lowest byte in the lowest lane.
    @inline(__always)
    static func widened(_ x: UInt64) -> UInt64 {
        let pairs = (x | x << 16) & 0x0000_FFFF_0000_FFFF
        return (pairs | pairs << 8) & 0x00FF_00FF_00FF_00FF
    }

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
            if UTF16.isLeadSurrogate(units[i]), i + 1 < end, UTF16.isTrailSurrogate(units[i + 1]) {
                i += 2
            } else {
                i += 1
            }
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

extension UTF16Text {
    /// Writes UTF-16 `units` as UTF-8 at `out`, which must have room for three bytes per unit (a lone surrogate
    /// becomes U+FFFD, as `String(decoding:as:)` reads it); returns the number of bytes written.
    public static func encodeUTF8(_ units: UnsafeBufferPointer<UInt16>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let n = units.count
        var i = 0, o = 0
        while i < n {
            let u = units[i]
            if u < 0x80 {
                out[o] = UInt8(truncatingIfNeeded: u)
                o += 1
                i += 1
                continue
            }
            var value = UInt32(u)
            if UTF16.isLeadSurrogate(u), i + 1 < n, UTF16.isTrailSurrogate(units[i + 1]) {
                value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
                i += 1
            } else if UTF16.isSurrogate(u) {
                value = 0xFFFD
            }
            i += 1
            o += encodeUTF8(value, to: out + o)
        }
        return o
    }

    /// Writes the scalar `value` as UTF-8 at `out` (room for four bytes); returns the number of bytes written.
    @inlinable @inline(__always)
    public static func encodeUTF8(_ value: UInt32, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 0x80 {
            out[0] = UInt8(truncatingIfNeeded: value)
            return 1
        }
        if value < 0x800 {
            out[0] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
            out[1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            return 2
        }
        if value < 0x10000 {
            out[0] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
            out[1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
            out[2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            return 3
        }
        out[0] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
        out[1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
        out[2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
        out[3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
        return 4
    }
}

extension String {
    /// The string of `scalars`, encoded as UTF-8 in one pass into its storage (what
    /// `String(String.UnicodeScalarView(scalars))` makes, appending the scalars one at a time through generic code,
    /// several times slower).
    @inlinable
    public init(scalars: some Collection<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { out in
            guard let base = out.baseAddress else { return 0 }
            var o = 0
            for s in scalars { o += UTF16Text.encodeUTF8(s.value, to: base + o) }
            return o
        }
    }
}
