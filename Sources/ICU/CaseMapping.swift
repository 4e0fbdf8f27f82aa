internal import CICU

/// Locale-aware case mapping and case folding by ICU.
public enum CaseMapping {
    private static func map(_ mapping: Int32, _ string: String, locale: String) -> String {
        if mapping != 2, let ascii = asciiMapped(mapping, string, locale: locale) { return ascii }
        return icuMapped(mapping, string, locale: locale)
    }

    /// `string` mapped by ICU: 0 lower, 1 upper, 2 title case, 3 folded.
    static func icuMapped(_ mapping: Int32, _ string: String, locale: String) -> String {
        let src = Array(string.utf16)
        var capacity = src.count + 8
        while true {
            var status: Int32 = 0
            var out = [UInt16](repeating: 0, count: capacity)
            let n = src.withUnsafeBufferPointer { s in
                out.withUnsafeMutableBufferPointer { d in
                    jeju_case_map(
                        mapping, locale, s.baseAddress, Int32(s.count), d.baseAddress, Int32(capacity), &status)
                }
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ { capacity = Int(n) + 1; continue }
            if status > 0 { return string }
            return String(decoding: out[0..<Int(n)], as: UTF16.self)
        }
    }

    /// ASCII text mapped without ICU, where the result is ICU's: folding and lower case map A–Z to a–z, upper case
    /// a–z to A–Z, except for the languages whose rules treat i and I apart (Turkish, Azerbaijani, and Tatar,
    /// Bashkir, Crimean Tatar and Kazakh as CLDR's tailorings list them). Nil: ask ICU.
    static func asciiMapped(_ mapping: Int32, _ string: String, locale: String) -> String? {
        if mapping != 3 {
            let language = LanguageTag.language(of: locale)
            if ["tr", "az", "tt", "ba", "crh", "kk"].contains(language) { return nil }
        }
        let result = string.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var changed = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if mapping == 1 ? (b >= 0x61 && b <= 0x7A) : (b >= 0x41 && b <= 0x5A) { changed = true }
            }
            if !changed { return string }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (i, b) in bytes.enumerated() {
                    if mapping == 1 {
                        out[i] = b >= 0x61 && b <= 0x7A ? b - 0x20 : b
                    } else {
                        out[i] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    }
                }
                return bytes.count
            }
        }
        return result ?? nil
    }

    /// Lower case by the rules of `locale` (e.g. Turkish dotless ı).
    public static func lowercased(_ string: String, locale: String = "") -> String { map(0, string, locale: locale) }
    /// Upper case by the rules of `locale`.
    public static func uppercased(_ string: String, locale: String = "") -> String { map(1, string, locale: locale) }
    /// Title case (each word's first letter upper case, by ICU word breaks).
    public static func titlecased(_ string: String, locale: String = "") -> String { map(2, string, locale: locale) }
    /// Full Unicode case folding (ß → ss): for caseless comparison, not for display.
    public static func folded(_ string: String) -> String { map(3, string, locale: "") }
}
