import ICU

extension QAChecks {
    /// Leading and trailing white space as in the source: a missing or added space joins or splits words
    /// when the segments are put together again.
    public static let whitespace = QACheck(
        id: "whitespace", title: "leading or trailing white space differing from the source", severity: .warning
    ) { input, _ in
        guard !isBlank(input.targetText) else { return [] }
        var out: [String] = []
        let s = Array(input.sourceText.unicodeScalars), t = Array(input.targetText.unicodeScalars)
        let sLead = s.prefix(while: CharacterProperties.isWhiteSpace),
            tLead = t.prefix(while: CharacterProperties.isWhiteSpace)
        let sTrail = s.reversed().prefix(while: CharacterProperties.isWhiteSpace),
            tTrail = t.reversed().prefix(while: CharacterProperties.isWhiteSpace)
        func text(_ x: some Sequence<Unicode.Scalar>) -> String { String(scalars: Array(x)) }
        if !sLead.elementsEqual(tLead) {
            out.append(
                sLead.isEmpty
                    ? "the target starts with white space \(quoted(text(tLead))) the source does not have; remove it"
                    : "the source starts with \(quoted(text(sLead))), the target with \(quoted(text(tLead))); make them the same"
            )
        }
        if !sTrail.elementsEqual(tTrail) {
            out.append(
                sTrail.isEmpty
                    ? "the target ends with white space \(quoted(text(tTrail.reversed()))) the source does not have; remove it"
                    : "the source ends with \(quoted(text(sTrail.reversed()))), the target with \(quoted(text(tTrail.reversed()))); make them the same"
            )
        }
        return out
    }

    /// Two or more spaces in a row inside the target (where the source has none).
    public static let doubleSpace = QACheck(id: "double-space", title: "double spaces", severity: .warning) {
        input, _ in
        let s = trimmed(input.sourceText), t = Array(trimmed(input.targetText).unicodeScalars)
        guard !hasRun(Array(s.unicodeScalars)) else { return [] }
        var out: [String] = []
        var i = 0
        while i + 1 < t.count {
            if isSpace(t[i]) && isSpace(t[i + 1]) {
                var e = i
                while e < t.count && isSpace(t[e]) { e += 1 }
                let before = trimmed(String(scalars: t[max(0, i - 12)..<i]))
                out.append("\(e - i) spaces in a row after \(quoted(before)) (column \(i + 1)); write one")
                i = e
            } else {
                i += 1
            }
        }
        return out
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { CharacterProperties.isWhiteSpace(s) && s != "\n" }

    private static func hasRun(_ s: [Unicode.Scalar]) -> Bool {
        zip(s, s.dropFirst()).contains { isSpace($0) && isSpace($1) }
    }
}
