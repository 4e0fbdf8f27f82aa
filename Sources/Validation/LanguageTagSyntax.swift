import JejuSupport

/// BCP 47 well-formedness for language attributes (`srcLang`, `xml:lang`, TMX `srclang`): a language subtag
/// of 2–3 or 5–8 letters then subtags of 1–8 letters or digits, plus the `x-`/`i-` private and irregular forms
/// that RFC 5646 also allows.
enum LanguageTagSyntax {
    /// Whether `tag` is a well-formed language tag.
    static func isWellFormed(_ tag: String) -> Bool {
        if LanguageTag.isWellFormed(tag) { return true }
        let lower = tag.lowercased()
        guard lower.hasPrefix("x-") || lower.hasPrefix("i-") else { return false }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).dropFirst()
        return !parts.isEmpty && parts.allSatisfy { p in
            (1...8).contains(p.count) && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// XPath `lang()`: `tag` equals `range` or is a subtag of it, ignoring case.
    static func matches(_ tag: String, _ range: String) -> Bool {
        let t = tag.lowercased(), r = range.lowercased()
        return t == r || t.hasPrefix(r + "-")
    }
}
