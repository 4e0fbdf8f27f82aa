import ICU

extension QAChecks {
    /// URLs and e-mail addresses of the source copied exactly into the target.
    public static let urls = QACheck(
        id: "urls", title: "URLs and e-mail addresses kept verbatim", severity: .error
    ) { input, _ in
        let target = protectedSpans(input.targetText).map(\.text)
        var seen = Set<String>()
        return protectedSpans(input.sourceText).filter { span in
            seen.insert(span.text).inserted && !target.contains(span.text)
        }.map { span in
            let what = span.kind == .url ? "URL" : "e-mail address"
            let near = target.first { CaseMapping.folded($0) == CaseMapping.folded(span.text) }
            return "the \(what) \(span.text) must appear unchanged in the target" + (near.map { " (it has \($0))" } ?? "")
        }
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
            if !target.indices.contains(where: { i in i + t.count <= target.count && target[i..<(i + t.count)].elementsEqual(t) }) {
                out.append("\(QAChecks.quoted(term)) is marked do-not-translate in the termbase; keep it as written in the target")
            }
        }
        return out
    }
}
