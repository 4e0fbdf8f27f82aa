import ICU

extension QAChecks {
    /// URLs and e-mail addresses of the source copied exactly into the target.
    public static let urls = QACheck(
        id: "urls", title: "URLs and e-mail addresses kept verbatim", severity: .error
    ) { input, context in
        let target = context.protectedSpans(input.targetText).map(\.text)
        var seen = Set<String>()
        return context.protectedSpans(input.sourceText).filter { span in
            seen.insert(span.text).inserted && !target.contains { keeps($0, span.text) }
        }.map { span in
            let what = span.kind == .url ? "URL" : "e-mail address"
            let near = target.first { CaseMapping.folded($0) == CaseMapping.folded(span.text) }
            return "the \(what) \(span.text) must appear unchanged in the target"
                + (near.map { " (it has \($0))" } ?? "")
        }
    }

    /// Whether a URL or e-mail span of the target, `found`, keeps the source's `address`: it is the address, or
    /// the address with a suffix the target language attaches to it — letters of another script straight after it
    /// (Korean `opendata@mois.go.kr로`, read as part of the domain because a domain may hold any letter), or a
    /// hyphen or apostrophe and at most six letters (Uzbek `mois.go.kr-ga`, Hausa `-n`).
    static func keeps(_ found: String, _ address: String) -> Bool {
        guard found != address else { return true }
        guard found.hasPrefix(address) else { return false }
        let suffix = Array(found.unicodeScalars.dropFirst(address.unicodeScalars.count))
        guard let first = suffix.first, let last = address.unicodeScalars.last else { return false }
        let isLetter = { (s: Unicode.Scalar) in CharacterProperties.isAlphabetic(s) }
        if isLetter(first), isLetter(last), Script.of(first) != Script.of(last), Script.of(first) != .common {
            // Every letter of the suffix in that other script: no second address hides in it.
            return suffix.allSatisfy { isLetter($0) && Script.of($0) == Script.of(first) }
        }
        if "-'\u{2019}\u{02BC}".unicodeScalars.contains(first) {
            let letters = suffix.dropFirst()
            return (1...6).contains(letters.count) && letters.allSatisfy(isLetter)
        }
        return false
    }

    /// Terms the termbase marks do-not-translate (`WeGO`) copied exactly into the target.
    public static let doNotTranslate = QACheck(
        id: "do-not-translate", title: "do-not-translate terms of the termbase kept verbatim", severity: .error
    ) { input, context in
        guard !context.doNotTranslate.isEmpty else { return [] }
        let source = Array(input.sourceText.unicodeScalars), target = Array(input.targetText.unicodeScalars)
        var out: [String] = []
        for term in context.doNotTranslate {
            let t = Array(term.unicodeScalars)
            guard !wordOccurrences(of: t, in: source).isEmpty else { continue }
            // Inflected in the target is fine (WeGO'ya, WeGO-ға): the term itself must be there, letter for letter.
            if !target.indices.contains(where: { i in
                i + t.count <= target.count && target[i..<(i + t.count)].elementsEqual(t)
            }) {
                out.append(
                    "\(QAChecks.quoted(term)) is marked do-not-translate in the termbase; keep it as written in the target"
                )
            }
        }
        return out
    }
}
