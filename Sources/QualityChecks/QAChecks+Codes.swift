import ICU
import Inline
import Notices

extension QAChecks {
    /// Inline codes (emphasis, links, code spans, line breaks) kept: none missing, none added, none doubled,
    /// each of the same kind (and a link to the same URL), and in source order where the source says the
    /// codes cannot move (XLIFF `canReorder="no"`).
    public static let inlineCodes = QACheck(
        id: "inline-codes", title: "inline codes missing, extra, duplicated, changed or reordered", severity: .error
    ) { input, _ in
        var out: [String] = []
        let sourceCodes = Segment(text: input.sourceText, codes: input.sourceCodes).spans
        let targetCodes = Segment(text: input.targetText, codes: input.targetCodes).spans
        let source = Dictionary(sourceCodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: [String: Int] = [:]
        for code in targetCodes { seen[code.id, default: 0] += 1 }
        func describe(_ c: CodeSpan) -> String {
            let what = c.kind == .link ? "link to \(c.data ?? "?")" : c.kind.rawValue
            return "\(what) (code \(c.id))"
        }
        for code in sourceCodes where seen[code.id] == nil {
            let text = spanText(input.sourceText, code)
            out.append(
                "the target lacks the \(describe(code))\(text.isEmpty ? "" : " over \(QAChecks.quoted(text))") of the source; put it around the matching words"
            )
        }
        var reported = Set<String>()
        for code in targetCodes {
            guard let original = source[code.id] else {
                if reported.insert(code.id).inserted {
                    out.append("the target has a \(describe(code)) the source does not have; remove it")
                }
                continue
            }
            if (seen[code.id] ?? 0) > 1 {
                if reported.insert(code.id).inserted {
                    out.append(
                        "the \(describe(original)) appears \(seen[code.id] ?? 0) times in the target, once in the source; keep one"
                    )
                }
                continue
            }
            if original.kind != code.kind {
                out.append(
                    "code \(code.id) is \(original.kind.rawValue) in the source but \(code.kind.rawValue) in the target; keep its kind"
                )
            } else if original.kind == .link, original.data != code.data {
                out.append(
                    "the link (code \(code.id)) points to \(code.data ?? "nothing") in the target but \(original.data ?? "nothing") in the source; keep the URL"
                )
            }
        }
        // Order of the codes that cannot move, as they appear in the target.
        let fixed = sourceCodes.filter { input.fixedOrderCodeIDs.contains($0.id) }.map(\.id)
        if fixed.count > 1 {
            let targetOrder = targetCodes.sorted { ($0.start, $0.end) < ($1.start, $1.end) }.map(\.id)
                .filter { input.fixedOrderCodeIDs.contains($0) }
            let expected = fixed.filter { targetOrder.contains($0) }
            if targetOrder != expected && Set(targetOrder).count == targetOrder.count {
                out.append(
                    "codes \(expected.joined(separator: ", ")) must stay in source order (canReorder=\"no\"), the target has \(targetOrder.joined(separator: ", "))"
                )
            }
        }
        return out
    }

    static func spanText(_ text: String, _ code: CodeSpan) -> String {
        let scalars = Array(text.unicodeScalars)
        guard code.start >= 0, code.start <= code.end, code.end <= scalars.count else { return "" }
        return String(scalars: scalars[code.start..<code.end])
    }
}
