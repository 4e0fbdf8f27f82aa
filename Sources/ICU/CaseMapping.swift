internal import CICU

/// Locale-aware case mapping and case folding by ICU.
public enum CaseMapping {
    private static func map(_ mapping: Int32, _ string: String, locale: String) -> String {
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

    /// Lower case by the rules of `locale` (e.g. Turkish dotless ı).
    public static func lowercased(_ string: String, locale: String = "") -> String { map(0, string, locale: locale) }
    /// Upper case by the rules of `locale`.
    public static func uppercased(_ string: String, locale: String = "") -> String { map(1, string, locale: locale) }
    /// Title case (each word's first letter upper case, by ICU word breaks).
    public static func titlecased(_ string: String, locale: String = "") -> String { map(2, string, locale: locale) }
    /// Full Unicode case folding (ß → ss): for caseless comparison, not for display.
    public static func folded(_ string: String) -> String { map(3, string, locale: "") }
}
