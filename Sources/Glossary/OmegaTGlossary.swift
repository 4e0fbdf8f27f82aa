import JejuSupport

/// OmegaT's glossary layout: UTF-8 text, one entry per line, `source<TAB>target<TAB>comment`, lines starting
/// with `#` are comments.
public enum OmegaTGlossary {
    /// One line per concept with a term in both languages: the preferred source term, the preferred target
    /// term, and a comment holding the concept id, the review status (validated, draft, rejected), the other
    /// approved and deprecated target terms, and the definition. Tabs and line breaks inside values become spaces (the layout cannot carry them).
    public static func write(_ termbase: Termbase, source: String, target: String) -> String {
        var out = "# Jeju glossary for OmegaT: \(source) → \(target)\n"
        for c in termbase.concepts {
            guard let s = c.preferredTerm(source), let section = c.section(target), let t = section.preferredTerm else { continue }
            var comment = [c.id, section.reviewStatus.rawValue]
            let admitted = section.terms.filter { $0.status == .admitted && $0.text != t.text }.map(\.text)
            if !admitted.isEmpty { comment.append("also: " + admitted.joined(separator: ", ")) }
            let deprecated = section.deprecatedTerms.map(\.text)
            if !deprecated.isEmpty { comment.append("do not use: " + deprecated.joined(separator: ", ")) }
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
            throw Diagnostic(rule: "tsv.language", path: path, message: "a TSV glossary has no language codes; give the target with --locale")
        }
        let table = DelimitedText.parseTSV(text)
        var builder = TermbaseBuilder(path: path, options: options)
        let source = options.sourceLocale
        for record in table.records {
            guard let first = record.first, !first.value.hasPrefix("#") else { continue }
            guard record.count == 2 || record.count == 3 else {
                let at = record.count > 3 ? record[3] : first
                throw Diagnostic(rule: "tsv.field-count", path: path, line: at.line, column: at.column,
                                 message: "\(record.count) tab-separated fields; OmegaT glossary lines have 2 or 3 (source, target, comment)")
            }
            guard !first.value.trimmingWhitespace().isEmpty else {
                throw Diagnostic(rule: "tsv.empty-term", path: path, line: first.line, column: first.column, message: "empty source term")
            }
            var comment = record.count == 3 ? record[2].value : ""
            var id = slug(first.value)
            if let head = comment.split(separator: ";", maxSplits: 1).first.map(String.init), TBXReader.isNCName(head),
               !head.contains(" ") {
                id = head
                comment = String(comment.dropFirst(head.count)).trimmingWhitespace()
                if comment.hasPrefix(";") { comment = String(comment.dropFirst()).trimmingWhitespace() }
                // The review status Jeju wrote after the id is derived data, not a note.
                for status in ReviewStatus.allCases where comment == status.rawValue || comment.hasPrefix(status.rawValue + ";") {
                    comment = String(comment.dropFirst(status.rawValue.count)).trimmingWhitespace()
                    if comment.hasPrefix(";") { comment = String(comment.dropFirst()).trimmingWhitespace() }
                }
            }
            let idField = DelimitedText.Field(value: id, line: first.line, column: first.column)
            let conceptID = try builder.conceptID(idField)
            try builder.add(concept: conceptID, language: source, term: first, pos: nil, definition: nil)
            try builder.add(concept: conceptID, language: target, term: record[1], pos: nil, definition: nil,
                            note: comment.isEmpty ? nil : comment)
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
