import JejuSupport

/// OmegaT's glossary layout: UTF-8 text, one entry per line, `source<TAB>target<TAB>comment`, lines starting
/// with `#` are comments.
public enum OmegaTGlossary {
    /// One line per concept with a term in both languages: the preferred source term, the preferred target
    /// term, and a comment holding the concept id, the review status (validated, draft, rejected), the other
    /// admitted, the deprecated and the superseded target terms, and the definition; `read` takes each back. Tabs and line breaks inside values become spaces (the layout cannot carry them).
    public static func write(_ termbase: Termbase, source: String, target: String) -> String {
        var out = "# Jeju glossary for OmegaT: \(source) → \(target)\n"
        for c in termbase.concepts {
            guard let s = c.preferredTerm(source), let section = c.section(target), let t = section.preferredTerm else {
                continue
            }
            var comment = [c.id, section.reviewStatus.rawValue]
            let admitted = section.terms.filter { $0.status == .admitted && $0.text != t.text }.map(\.text)
            if !admitted.isEmpty { comment.append("also: " + admitted.joined(separator: ", ")) }
            let deprecated = section.terms.filter { $0.status == .deprecated }.map(\.text)
            if !deprecated.isEmpty { comment.append("do not use: " + deprecated.joined(separator: ", ")) }
            let superseded = section.terms.filter { $0.status == .superseded }.map(\.text)
            if !superseded.isEmpty { comment.append("do not use (superseded): " + superseded.joined(separator: ", ")) }
            if let d = c.definition(source) { comment.append(d) }
            out += [s.text, t.text, comment.joined(separator: "; ")].map(clean).joined(separator: "\t") + "\n"
        }
        return out
    }

    static func clean(_ s: String) -> String {
        String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    /// Reads OmegaT TSV: 2 or 3 columns per line. The concept id is taken from the comment when it starts
    /// with one Jeju wrote, else made from the source term (`e-government` → `e-government`), so re-importing
    /// merges with the same concepts.
    public static func read(_ text: String, path: String, options: ImportOptions) throws(Diagnostic) -> Termbase {
        guard let target = options.targetLocale else {
            throw Diagnostic(
                rule: "tsv.language", path: path,
                message: "a TSV glossary has no language codes; give the target with --locale")
        }
        let table = DelimitedText.parseTSV(text)
        var builder = TermbaseBuilder(path: path, options: options)
        let source = options.sourceLocale
        for record in table.records {
            guard let first = record.first, !first.value.hasPrefix("#") else { continue }
            guard record.count == 2 || record.count == 3 else {
                let at = record.count > 3 ? record[3] : first
                throw Diagnostic(
                    rule: "tsv.field-count", path: path, line: at.line, column: at.column,
                    message:
                        "\(record.count) tab-separated fields; OmegaT glossary lines have 2 or 3 (source, target, comment)"
                )
            }
            guard !first.value.trimmingWhitespace().isEmpty else {
                throw Diagnostic(
                    rule: "tsv.empty-term", path: path, line: first.line, column: first.column,
                    message: "empty source term")
            }
            var comment = record.count == 3 ? record[2].value : ""
            var id = slug(first.value)
            var jejuLayout = false
            if let head = comment.split(separator: ";", maxSplits: 1).first.map(String.init), TBXReader.isNCName(head),
                !head.contains(" ")
            {
                id = head
                comment = String(comment.dropFirst(head.count)).trimmingWhitespace()
                if comment.hasPrefix(";") { comment = String(comment.dropFirst()).trimmingWhitespace() }
                // The review status Jeju wrote after the id is derived data, not a note.
                for status in ReviewStatus.allCases
                where comment == status.rawValue || comment.hasPrefix(status.rawValue + ";") {
                    comment = String(comment.dropFirst(status.rawValue.count)).trimmingWhitespace()
                    if comment.hasPrefix(";") { comment = String(comment.dropFirst()).trimmingWhitespace() }
                    jejuLayout = true
                }
            }
            let idField = DelimitedText.Field(value: id, line: first.line, column: first.column)
            let conceptID = try builder.conceptID(idField)
            // The rest of a comment `write` made: the other admitted and the deprecated target terms, then the
            // definition — read back as what they are, so re-importing an export changes nothing.
            var others: [(terms: [String], status: String)] = []
            if jejuLayout {
                for (label, status) in [
                    ("also: ", "admitted"), ("do not use: ", "deprecated"), ("do not use (superseded): ", "superseded"),
                ] where comment.hasPrefix(label) {
                    let end = comment.range(of: "; ")?.lowerBound ?? comment.endIndex
                    others.append(
                        (
                            comment[comment.index(comment.startIndex, offsetBy: label.count)..<end]
                                .components(separatedBy: ", ").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty },
                            status
                        ))
                    comment = end == comment.endIndex ? "" : String(comment[end...].dropFirst(2))
                }
            }
            try builder.add(
                concept: conceptID, language: source, term: first, pos: nil, definition: jejuLayout ? comment : nil)
            try builder.add(
                concept: conceptID, language: target, term: record[1], pos: nil, definition: nil,
                note: jejuLayout || comment.isEmpty ? nil : comment)
            let commentField = record.count == 3 ? record[2] : record[1]
            for (terms, status) in others {
                for t in terms {
                    try builder.add(
                        concept: conceptID, language: target,
                        term: DelimitedText.Field(value: t, line: commentField.line, column: commentField.column),
                        pos: nil, definition: nil,
                        status: DelimitedText.Field(value: status, line: commentField.line, column: commentField.column)
                    )
                }
            }
        }
        return builder.termbase
    }

    /// An id from a term: letters and digits kept (lower-cased), everything else a hyphen.
    static func slug(_ s: String) -> String {
        var out = ""
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber { out.append(ch) } else if out.last != "-" { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "term" : out
    }
}
