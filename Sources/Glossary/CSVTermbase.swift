import ICU
import JejuSupport

/// Termbases as CSV: the TICO-19 layouts (`id,sourceLang,targetLang,sourceString,targetString` and
/// `stringID,sourceLang,targetLang,pos,description,sourceString,targetString`) and Jeju's own one-row-per-term
/// layout for spreadsheets. Columns are found by their header names; an unknown column is an error, so no data
/// is dropped silently. In the TICO layouts a term cell may hold alternatives (`A : B`) and optional parts
/// (`[…]`), which become separate terms, and a target cell may end with an abbreviation in parentheses
/// (`TermNotation`); Jeju's layout is read literally.
public enum CSVTermbase {
    /// The columns of Jeju's CSV, in order.
    public static let columns = [
        "concept", "subjectField", "properName", "language", "term", "partOfSpeech", "termType",
        "status", "review", "doNotTranslate", "definition", "definitionSource", "note",
    ]

    static let aliases: [String: String] = [
        "id": "concept", "stringid": "concept", "conceptid": "concept", "concept": "concept",
        "sourcelang": "sourceLang", "targetlang": "targetLang", "sourcestring": "sourceString",
        "targetstring": "targetString", "pos": "partOfSpeech", "description": "definition",
        "subjectfield": "subjectField", "propername": "properName", "language": "language", "term": "term",
        "partofspeech": "partOfSpeech", "termtype": "termType", "status": "status", "review": "review",
        "donottranslate": "doNotTranslate",
        "definition": "definition", "definitionsource": "definitionSource", "note": "note",
    ]

    /// Reads CSV text (already decoded).
    public static func read(_ text: String, path: String, options: ImportOptions = ImportOptions()) throws(Diagnostic)
        -> Termbase
    {
        try readReporting(text, path: path, options: options).termbase
    }

    /// Reads CSV text (already decoded), with what the import noticed: term notation it kept literally because
    /// it could be read more than one way.
    public static func readReporting(_ text: String, path: String, options: ImportOptions = ImportOptions())
        throws(Diagnostic)
        -> (termbase: Termbase, findings: [GlossaryFinding])
    {
        let table = try DelimitedText.parse(text, dialect: .csv, path: path)
        guard let header = table.records.first else {
            throw Diagnostic(rule: "csv.header", path: path, line: 1, column: 1, message: "the file has no header row")
        }
        var index: [String: Int] = [:]
        for (i, f) in header.enumerated() {
            let key = f.value.trimmingWhitespace().lowercased().filter { $0.isLetter }
            guard let name = aliases[key] else {
                throw Diagnostic(
                    rule: "csv.unknown-column", path: path, line: f.line, column: f.column,
                    message:
                        "unknown column '\(f.value)'; known: TICO-19 (id, sourceLang, targetLang, pos, description, sourceString, targetString) or \(columns.joined(separator: ", "))"
                )
            }
            if index[name] != nil {
                throw Diagnostic(
                    rule: "csv.duplicate-column", path: path, line: f.line, column: f.column,
                    message: "column '\(f.value)' is given twice")
            }
            index[name] = i
        }
        let tico = index["sourceString"] != nil || index["targetString"] != nil
        let required =
            tico ? ["concept", "sourceString", "targetString", "targetLang"] : ["concept", "language", "term"]
        for r in required where index[r] == nil {
            throw Diagnostic(
                rule: "csv.missing-column", path: path, line: 1, column: 1, message: "the header has no '\(r)' column")
        }
        var builder = TermbaseBuilder(path: path, options: options)
        for record in table.records.dropFirst() {
            if let problem = DelimitedText.fieldCountProblem(record, header: header, path: path) { throw problem }
            func field(_ name: String) -> DelimitedText.Field? { index[name].map { record[$0] } }
            let id = try builder.conceptID(field("concept"))
            let pos = field("partOfSpeech")
            if tico {
                let sourceLang = try builder.language(field("sourceLang"), default: options.sourceLocale)
                let targetLang = try builder.language(field("targetLang"), default: nil)
                try builder.add(
                    concept: id, language: sourceLang, term: field("sourceString"), pos: pos,
                    definition: field("definition")?.value, notation: true)
                try builder.add(
                    concept: id, language: targetLang, term: field("targetString"), pos: pos, definition: nil,
                    notation: true, abbreviations: true)
            } else {
                let language = try builder.language(field("language"), default: nil)
                try builder.add(
                    concept: id, language: language, term: field("term"), pos: pos,
                    definition: field("definition")?.value,
                    definitionSource: field("definitionSource")?.value, subjectField: field("subjectField")?.value,
                    properName: field("properName")?.value, termType: field("termType"), status: field("status"),
                    doNotTranslate: field("doNotTranslate")?.value, note: field("note")?.value)
            }
        }
        return (builder.termbase, builder.findings)
    }

    /// Jeju's CSV: a header, then one row per term (RFC 4180 quoting, LF line ends). `review` is the language
    /// section's review status (validated, draft, rejected) for a reader of the spreadsheet; it is derived from
    /// the terms' history, which only TBX carries, so import accepts the column and does not read it.
    public static func write(_ termbase: Termbase) -> String {
        var out = DelimitedText.csvRecord(columns)
        for c in termbase.concepts {
            for s in c.languages {
                for (i, t) in s.terms.enumerated() {
                    let row = [
                        c.id, c.subjectField ?? "", c.isProperName ? "yes" : "", s.language, t.text,
                        t.partOfSpeech?.rawValue ?? "", t.termType?.rawValue ?? "", t.status?.shortName ?? "",
                        s.reviewStatus.rawValue, t.doNotTranslate ? "yes" : "",
                        i == 0 ? s.definitions.joined(separator: "\n") : "",
                        i == 0 ? (s.definitionSource ?? "") : "", t.notes.joined(separator: "\n"),
                    ]
                    out += DelimitedText.csvRecord(row)
                }
            }
        }
        return out
    }
}
