import ICU

/// A URL or e-mail address in a text: no sentence ends inside one ("www.mois.go.kr", "portal?Id=3",
/// "Kim.Minsu@mois.go.kr"), whatever the punctuation in it.
///
/// Found in one linear pass over the UTF-16 text: a URL starts at `http://`, `https://` or `www.` (not inside a
/// word) and runs to the next white space, less trailing punctuation; an e-mail address is the run of address
/// characters around an `@` whose domain has a dot.
public struct ProtectedSpan: Sendable, Equatable {
    /// What the span is.
    public enum Kind: String, Sendable {
        /// A web address.
        case url
        /// An e-mail address.
        case email
    }

    /// The kind.
    public var kind: Kind
    /// UTF-16 offsets of the span.
    public var range: Range<Int>

    static func isWordUnit(_ u: UInt16) -> Bool {
        guard let s = Unicode.Scalar(u) else { return true }  // surrogates: letters outside the BMP
        return CharacterProperties.isAlphabetic(s) || (0x30...0x39).contains(u)
    }

    static func isSpace(_ u: UInt16) -> Bool {
        guard let s = Unicode.Scalar(u) else { return false }
        return CharacterProperties.isWhiteSpace(s)
    }

    /// Trailing characters that belong to the sentence, not the address.
    static func isTrailing(_ u: UInt16) -> Bool {
        switch u {
        case 0x2E, 0x3F, 0x21, 0x2C, 0x3B, 0x3A, 0x27, 0x22, 0x29, 0x5D, 0x201D, 0x2019, 0xBB, 0x3E: true
        default: false
        }
    }

    @inline(__always)
    static func lower(_ u: UInt16) -> UInt16 { u &- 0x41 < 26 ? u | 0x20 : u }

    /// Whether `http://`, `https://` or `www.` (any case) starts at `i`.
    @inline(__always)
    static func isURLStart(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> Bool {
        let n = units.count
        let u = lower(units[i])
        if u == 0x77 {  // www.
            return i + 3 < n && lower(units[i + 1]) == 0x77 && lower(units[i + 2]) == 0x77 && units[i + 3] == 0x2E
        }
        guard u == 0x68, i + 6 < n, lower(units[i + 1]) == 0x74, lower(units[i + 2]) == 0x74,
            lower(units[i + 3]) == 0x70
        else {
            return false
        }
        var k = i + 4
        if lower(units[k]) == 0x73 { k += 1 }  // https
        return k + 2 < n && units[k] == 0x3A && units[k + 1] == 0x2F && units[k + 2] == 0x2F
    }

    /// The URLs and e-mail addresses in `units`, in order.
    public static func find(in text: [UInt16]) -> [ProtectedSpan] {
        text.withUnsafeBufferPointer { find(in: $0) }
    }

    static func find(in units: UnsafeBufferPointer<UInt16>) -> [ProtectedSpan] {
        var spans: [ProtectedSpan] = []
        let n = units.count
        var i = 0
        while i < n {
            let u = units[i]
            // URLs: h/H or w/W at a word start.
            // The cheap tests first: most h and w start ordinary words.
            if isURLStart(units, at: i), i == 0 || !isWordUnit(units[i - 1]) {
                var end = i
                while end < n, !isSpace(units[end]) { end += 1 }
                while end > i, isTrailing(units[end - 1]) { end -= 1 }
                spans.append(ProtectedSpan(kind: .url, range: i..<end))
                i = max(end, i + 1)
                continue
            }
            if u == 0x40, i > 0, i + 1 < n, isAddress(units[i - 1]), isAddress(units[i + 1]) {
                var start = i
                while start > 0, isAddress(units[start - 1]) { start -= 1 }
                var end = i + 1
                while end < n, isAddress(units[end]) || units[end] == 0x2D { end += 1 }
                while end > i + 1, units[end - 1] == 0x2E { end -= 1 }
                if units[(i + 1)..<end].contains(0x2E) {
                    if let last = spans.last, last.range.overlaps(start..<end) { spans.removeLast() }
                    spans.append(ProtectedSpan(kind: .email, range: start..<end))
                }
                i = end
                continue
            }
            i += 1
        }
        return spans
    }

    static func isAddress(_ u: UInt16) -> Bool {
        isWordUnit(u) || u == 0x2E || u == 0x5F || u == 0x25 || u == 0x2B || u == 0x2D
    }
}
