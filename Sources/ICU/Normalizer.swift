internal import CICU

/// Unicode normalization by ICU.
public enum Normalizer {
    /// A normalization form.
    public enum Form: Int32, Sendable {
        /// Canonical composition: what Jeju writes everywhere.
        case nfc = 0
        /// Canonical decomposition.
        case nfd = 1
        /// Compatibility composition.
        case nfkc = 2
        /// Compatibility decomposition.
        case nfkd = 3
        /// NFKC with case folding and default-ignorables removed: the key for caseless matching.
        case nfkcCasefold = 4
    }

    /// `string` in `form`.
    public static func normalize(_ string: String, _ form: Form) -> String {
        if isStable(string, form) { return string }
        let src = Array(string.utf16)
        return String(decoding: normalize(units: src, form), as: UTF16.self)
    }

    /// UTF-16 code units in `form`.
    public static func normalize(units src: [UInt16], _ form: Form) -> [UInt16] {
        var capacity = src.count + src.count / 2 + 8
        while true {
            var status: Int32 = 0
            var out = [UInt16](repeating: 0, count: capacity)
            let n = src.withUnsafeBufferPointer { s in
                out.withUnsafeMutableBufferPointer { d in
                    jeju_normalize(
                        form.rawValue, s.baseAddress, Int32(s.count), d.baseAddress, Int32(capacity), &status)
                }
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ { capacity = Int(n) + 1; continue }
            // Normalization of valid UTF-16 cannot fail otherwise; keep the input rather than lose text.
            if status > 0 { return src }
            out.removeSubrange(Int(n)...)
            return out
        }
    }

    /// Whether `string` is already in `form`.
    public static func isNormalized(_ string: String, _ form: Form) -> Bool {
        let src = Array(string.utf16)
        var status: Int32 = 0
        return src.withUnsafeBufferPointer {
            jeju_is_normalized(form.rawValue, $0.baseAddress, Int32($0.count), &status)
        }
    }

    /// Whether `string` is in `form` because of what it is made of, without asking ICU: ASCII is in every form but
    /// the case-folded one, and text below U+0300 is in NFC (ICU's own quick check starts there: no character
    /// below U+0300 combines with what precedes it, and a String holds no combining marks there).
    static func isStable(_ string: String, _ form: Form) -> Bool {
        let limit: UInt8
        switch form {
        case .nfc: limit = 0xCC  // the first UTF-8 byte of U+0300 and above
        case .nfd, .nfkc, .nfkd: limit = 0x80
        case .nfkcCasefold: return false
        }
        return string.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= limit } } ?? false
    }

    /// Shorthand for `normalize(string, .nfc)`.
    public static func nfc(_ string: String) -> String { normalize(string, .nfc) }
}
