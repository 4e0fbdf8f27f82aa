import Inline
import Interchange
import JejuSupport

/// Packages a canonical XLIFF 2.1 translation for tools without XLIFF 2: PO (Poedit, Weblate), XLIFF 1.2, and a
/// CSV bilingual table for spreadsheets.
///
/// PO: one entry per segment, `msgctxt` the segment id, inline codes as numbered tags (`TaggedText`), `#.`
/// comments with the unit's notes, its glossary terms and the state, `#:` the source line, `#|` the previous
/// source of a changed segment, `fuzzy` and the candidate's text when there is no translation but a candidate.
/// XLIFF 1.2: one `<trans-unit>` per segment with the same ids, notes `from="jeju"`, the source line as context.
/// CSV: one row per segment under Translate Toolkit's column names (`csv2po` reads it), plus `locale` and
/// `document`. All read back with `ReturnedWork` for `jeju merge`.
public enum Exporter {
    /// The PO file for document `file` of `document` (a canonical translation).
    public static func po(_ document: XLIFFDocument, file: XLIFFFile) -> POFile {
        var po = POFile()
        po.headerComments = [
            "Translation of \(file.original ?? file.id) into \(document.targetLanguage ?? "") — exported by Jeju; merge it back with 'jeju merge'."
        ]
        po.header = [
            ("Project-Id-Version", file.id), ("Report-Msgid-Bugs-To", ""),
            ("POT-Creation-Date", "2000-01-01 00:00+0000"),
            ("PO-Revision-Date", "2000-01-01 00:00+0000"), ("Last-Translator", ""), ("Language-Team", ""),
            ("Language", document.targetLanguage ?? ""), ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"), ("X-Generator", "Jeju"), (ReturnedWork.documentField, file.id),
        ]
        for unit in file.units {
            for s in unit.segments where !s.isIgnorable {
                guard let id = s.id else { continue }
                var e = POEntry(context: id, id: TaggedText.render(s.source))
                e.extractedComments = comments(unit, segment: s)
                if let line = unit.sourceLine, let path = file.original { e.references = ["\(path):\(line)"] }
                if let previous = previousTranslation(unit, id: id) {
                    e.previousID = TaggedText.render(previous.source)
                }
                let offer = offered(unit, segment: s, id: id)
                e.translations = [offer.target.map(TaggedText.render) ?? ""]
                if offer.fuzzy { e.flags.append("fuzzy") }
                po.entries.append(e)
            }
        }
        return po
    }

    /// The translation a changed segment had before its source changed.
    static func previousTranslation(_ unit: XLIFFUnit, id: String) -> XLIFFMatch? {
        unit.matches.first { $0.segmentID == id && $0.subType == Extractor.previousSubType }
    }

    /// What an exported entry offers for a segment: its target (fuzzy while still `initial`), else the previous
    /// translation or the best memory candidate (fuzzy), else nothing.
    static func offered(_ unit: XLIFFUnit, segment s: XLIFFSegment, id: String) -> (target: Segment?, fuzzy: Bool) {
        if let t = s.target, !t.isEmpty { return (t, s.effectiveState == .initial) }
        if let candidate = previousTranslation(unit, id: id) ?? unit.matches.first(where: { $0.segmentID == id }) {
            return (candidate.target, true)
        }
        return (nil, false)
    }

    /// The columns of Jeju's bilingual table: Translate Toolkit's names, then Jeju's.
    public static let csvColumns = [
        "location", "context", "source", "target", "fuzzy", "developer_comments",
        "translator_comments", "locale", "document",
    ]

    /// `text` as a spreadsheet cell that cannot run as a formula.
    static func spreadsheetSafe(_ text: String) -> String { DelimitedText.spreadsheetSafe(text) }

    /// The CSV bilingual table for document `file` of `document`: a header, then a row per segment, `context`
    /// the segment id, inline codes as numbered tags, `developer_comments` what PO's `#.` comments say; text
    /// that would start a formula is escaped.
    public static func csv(_ document: XLIFFDocument, file: XLIFFFile) -> String {
        var out = DelimitedText.csvRecord(csvColumns)
        for unit in file.units {
            for s in unit.segments where !s.isIgnorable {
                guard let id = s.id else { continue }
                let offer = offered(unit, segment: s, id: id)
                let location = file.original.map { path in unit.sourceLine.map { "\(path):\($0)" } ?? path } ?? ""
                out += DelimitedText.csvRecord([
                    location, id, spreadsheetSafe(TaggedText.render(s.source)),
                    spreadsheetSafe(offer.target.map(TaggedText.render) ?? ""),
                    offer.fuzzy ? "True" : "False", spreadsheetSafe(comments(unit, segment: s).joined(separator: "\n")),
                    "",
                    document.targetLanguage ?? "", file.id,
                ])
            }
        }
        return out
    }

    /// `#.` comments: notes, glossary, state, and how to treat tags.
    static func comments(_ unit: XLIFFUnit, segment: XLIFFSegment) -> [String] {
        var out = unit.notes.map { $0.text.replacingNewlines() }
        if let name = unit.name { out.append("Key: \(name)") }
        for g in unit.glossary {
            var line = "Term: \(g.term.text)"
            if let t = g.translations.first { line += " → \(t.text)" }
            if let d = g.definition { line += " (\(d.text))" }
            out.append(line.replacingNewlines())
        }
        var state = "State: \(segment.effectiveState.rawValue)"
        if let sub = segment.subState { state += " (\(sub))" }
        out.append(state)
        if !segment.source.xliffCodes.isEmpty {
            out.append("Keep the numbered tags <1>…</1>, <2/>: they are the formatting and links of the source.")
        }
        return out
    }

    /// An XLIFF 1.2 document for document `file` of `document`.
    public static func xliff12(_ document: XLIFFDocument, file: XLIFFFile) -> XLIFF12Document {
        var f = XLIFF12Document.File(
            original: file.id, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage)
        for unit in file.units {
            for s in unit.segments where !s.isIgnorable {
                guard let id = s.id else { continue }
                var u = XLIFF12Document.Unit(id: id, resname: unit.name, source: s.source)
                if let t = s.target, !t.isEmpty {
                    u.target = t
                    u.state = ReturnedWork.xliff12State(s.effectiveState)
                    // Drafts must not look approved: `approved="yes"` only for reviewed or final translations.
                    u.approved = s.effectiveState >= .reviewed
                }
                u.notes = comments(unit, segment: s).map { (from: "jeju", text: $0) }
                if let path = file.original { u.contexts.append((type: "sourcefile", text: path)) }
                if let line = unit.sourceLine { u.contexts.append((type: "linenumber", text: String(line))) }
                f.units.append(u)
            }
        }
        return XLIFF12Document(files: [f])
    }
}

extension String {
    func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
