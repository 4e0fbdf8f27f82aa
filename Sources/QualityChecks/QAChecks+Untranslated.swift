import ICU

extension QAChecks {
    /// A target with no text where the source has some.
    public static let empty = QACheck(id: "empty", title: "target empty", severity: .error) { input, _ in
        isBlank(input.targetText) && !isBlank(input.sourceText) ? ["the target is empty; translate the segment"] : []
    }

    /// A target identical to its source, unless what the source says is only names and codes that stay as
    /// they are: the allow-list, the termbase's do-not-translate terms and proper-name acronyms, URLs, e-mail
    /// addresses, numbers.
    public static let untranslated = QACheck(
        id: "untranslated", title: "target identical to the source (allow-list for names and codes)", severity: .warning
    ) { input, context in
        let s = trimmed(input.sourceText), t = trimmed(input.targetText)
        guard !s.isEmpty, s == t,
            LanguageTag.language(of: input.sourceLocale) != LanguageTag.language(of: input.targetLocale)
        else { return [] }
        // What is left once allowed names, URLs and e-mail addresses are taken out.
        var scalars = Array(s.unicodeScalars)
        for span in protectedSpans(s).reversed() { scalars.replaceSubrange(span.range, with: [" "]) }
        for allowed in context.allowedIdentical {
            let a = Array(allowed.unicodeScalars)
            for i in wordOccurrences(of: a, in: scalars).reversed() {
                scalars.replaceSubrange(i..<(i + a.count), with: [" "])
            }
        }
        guard scalars.contains(where: CharacterProperties.isAlphabetic) else { return [] }
        return [
            "the target is the same as the source; translate it, or add the name to the profile's allow-identical list"
        ]
    }

    static func isBlank(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(CharacterProperties.isWhiteSpace) }

    static func trimmed(_ text: String) -> String {
        // Most texts have nothing to trim.
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !CharacterProperties.isWhiteSpace(first), !CharacterProperties.isWhiteSpace(last)
        {
            return text
        }
        let s = Array(text.unicodeScalars)
        guard let first = s.firstIndex(where: { !CharacterProperties.isWhiteSpace($0) }),
            let last = s.lastIndex(where: { !CharacterProperties.isWhiteSpace($0) })
        else { return "" }
        return String(scalars: s[first...last])
    }

}
