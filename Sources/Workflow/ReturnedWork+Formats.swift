import Foundation
import Interchange
import JejuSupport

extension ReturnedWork {
    /// The PO header field naming the document (notice id or `ui`) of a file Jeju exported.
    public static let documentField = "X-Jeju-Document"

    /// The PO header field saying how inline codes are written: absent for Jeju's numbered tags (`<1>…</1>`,
    /// `TaggedText`), `omegat` for OmegaT's (`<g0>…</g0>`, `OmegaTTags`) in the OmegaT kit.
    public static let tagsField = "X-Jeju-Tags"

    /// The returned work in a PO file Jeju exported: `msgctxt` is the segment id, `Language` the locale,
    /// `X-Jeju-Document` the document; `fuzzy` entries are not taken; `# ` comments become notes.
    public static func fromPO(_ po: POFile, path: String) throws(Diagnostic) -> ReturnedWork {
        guard let language = po.field("Language"), !language.isEmpty else {
            throw Diagnostic(rule: "po.language", path: path, line: 1, column: 1, message: "the PO header has no Language field: which locale is this?")
        }
        guard let document = po.field(documentField), !document.isEmpty else {
            throw Diagnostic(rule: "po.document", path: path, line: 1, column: 1, message: "the PO header has no \(documentField) field: the file was not exported by 'jeju export'")
        }
        let omegat = po.field(tagsField) == "omegat"
        func parse(_ text: String) -> [XLIFFInline] { omegat ? OmegaTTags.parse(text) : TaggedText.parse(text) }
        var segments: [Segment] = []
        for e in po.entries where !e.isObsolete {
            guard let id = e.context else {
                throw Diagnostic(rule: "po.msgctxt", path: path, line: e.line, column: 1, message: "an entry without msgctxt: Jeju's PO files carry the segment id there")
            }
            guard e.idPlural == nil else {
                throw Diagnostic(rule: "po.plural", path: path, line: e.line, column: 1, message: "a plural entry: Jeju's PO files have none (ICU MessageFormat keeps plurals inside the message)")
            }
            let target = e.translations.first ?? ""
            guard !target.isEmpty else { continue }
            let notes = e.translatorComments.filter { !$0.isEmpty }.map { XLIFFNote(category: "translator", text: $0) }
            segments.append(Segment(id: id, source: parse(e.id), target: parse(target), needsWork: e.isFuzzy,
                                    notes: notes, line: e.line, positionalCodes: omegat))
        }
        return ReturnedWork(path: path, format: .po, sourceLanguage: nil, targetLanguage: language,
                            documents: [Document(id: document, line: 1, segments: segments)])
    }

    /// The returned work in a CSV table Jeju exported (`Exporter.csv`), its rows in any order: `context` is the
    /// segment id, `locale` and `document` say where it belongs; rows without a target are left out, and rows
    /// still marked `fuzzy` are not taken (as in PO: clear the mark to accept a candidate); `translator_comments`
    /// become notes. A spreadsheet's CR LF and BOM are
    /// fine; a missing column, a second locale or a row longer than the header is an error with its position.
    public static func fromCSV(_ text: String, path: String) throws(Diagnostic) -> ReturnedWork {
        var body = text.replacingOccurrences(of: "\r\n", with: "\n")
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let table = try DelimitedText.parse(body, dialect: .csv, path: path)
        guard let header = table.records.first else {
            throw Diagnostic(rule: "csv.empty", path: path, line: 1, column: 1, message: "an empty table: export one with 'jeju export --format csv'")
        }
        var column: [String: Int] = [:]
        for (i, f) in header.enumerated() { column[f.value.trimmingCharacters(in: .whitespaces).lowercased()] = i }
        let missing = ["context", "target", "locale", "document"].filter { column[$0] == nil }
        guard missing.isEmpty else {
            throw Diagnostic(rule: "csv.missing-column", path: path, line: 1, column: 1,
                             message: "the header lacks the column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")): the table was not exported by 'jeju export --format csv'")
        }
        var language: DelimitedText.Field?
        var order: [String] = []
        var byDocument: [String: Document] = [:]
        for record in table.records.dropFirst() {
            guard record.count <= header.count else {
                let extra = record[header.count]
                throw Diagnostic(rule: "csv.field-count", path: path, line: extra.line, column: extra.column, message: "more fields than the header has columns")
            }
            func field(_ name: String) -> DelimitedText.Field? { column[name].flatMap { $0 < record.count ? record[$0] : nil } }
            /// A text cell without the apostrophe that kept a spreadsheet from reading it as a formula.
            func text(_ name: String) -> String? {
                field(name).map { DelimitedText.spreadsheetValue($0.value) }
            }
            let line = record.first?.line ?? 1
            let target = text("target") ?? ""
            guard !target.isEmpty else { continue }
            guard let id = field("context"), !id.value.isEmpty else {
                throw Diagnostic(rule: "csv.segment-id", path: path, line: line, column: 1, message: "a row with a target but no segment id in 'context'")
            }
            guard let locale = field("locale"), !locale.value.isEmpty, let document = field("document"), !document.value.isEmpty else {
                throw Diagnostic(rule: "csv.locale", path: path, line: line, column: 1, message: "a row without its locale or document")
            }
            if let language, language.value.lowercased() != locale.value.lowercased() {
                throw Diagnostic(rule: "csv.second-locale", path: path, line: locale.line, column: locale.column,
                                 message: "a second locale '\(locale.value)' (the table is for '\(language.value)' from line \(language.line))")
            }
            language = language ?? locale
            let fuzzy = ["1", "x", "true", "yes", "fuzzy"].contains(field("fuzzy")?.value.lowercased() ?? "")
            let comment = text("translator_comments") ?? ""
            let segment = Segment(id: id.value, source: text("source").map(TaggedText.parse), target: TaggedText.parse(target),
                                  needsWork: fuzzy, notes: comment.isEmpty ? [] : [XLIFFNote(category: "translator", text: comment)], line: line)
            if byDocument[document.value] == nil {
                order.append(document.value)
                byDocument[document.value] = Document(id: document.value, line: line, segments: [])
            }
            byDocument[document.value]?.segments.append(segment)
        }
        return ReturnedWork(path: path, format: .csv, sourceLanguage: nil, targetLanguage: language?.value ?? "",
                            documents: order.compactMap { byDocument[$0] })
    }

    /// The XLIFF 2.1 state an XLIFF 1.2 target state means (`approved` only says the target is ready, which
    /// every returned target with text is taken to be; tools such as Translate Toolkit treat unapproved targets as
    /// fuzzy).
    public static func state(xliff12 state: String?, approved: Bool) -> XLIFFState {
        switch state {
        case "final": return .final
        case "signed-off": return .reviewed
        default: return .translated
        }
    }

    /// The XLIFF 1.2 target state for an XLIFF 2.1 state.
    public static func xliff12State(_ state: XLIFFState) -> String {
        switch state {
        case .initial: "needs-translation"
        case .translated: "translated"
        case .reviewed: "signed-off"
        case .final: "final"
        }
    }

    /// The returned work in an XLIFF 1.2 file Jeju exported: `file/@original` is the document, `trans-unit/@id`
    /// the segment id, `target-language` the locale.
    public static func fromXLIFF12(_ d: XLIFF12Document, path: String) throws(Diagnostic) -> ReturnedWork {
        var docs: [Document] = []
        var target: String?
        var source: String?
        for f in d.files {
            guard let t = f.targetLanguage, !t.isEmpty else {
                throw Diagnostic(rule: "xliff12.target-language", path: path, line: f.line, message: "<file original=\"\(f.original)\"> has no target-language")
            }
            if let target, target.lowercased() != t.lowercased() {
                throw Diagnostic(rule: "xliff12.two-languages", path: path, line: f.line, message: "files for two target languages (\(target), \(t)) in one XLIFF")
            }
            target = t
            source = f.sourceLanguage
            var segments: [Segment] = []
            for u in f.units {
                guard let tg = u.target, !tg.isBlank else { continue }
                let notes = u.notes.filter { $0.from != "jeju" }.map { XLIFFNote(category: $0.from ?? "translator", text: $0.text) }
                segments.append(Segment(id: u.id, source: u.source, target: tg, state: state(xliff12: u.state, approved: u.approved),
                                        needsWork: false, notes: notes, line: u.line))
            }
            docs.append(Document(id: f.original, line: f.line, segments: segments))
        }
        return ReturnedWork(path: path, format: .xliff12, sourceLanguage: source, targetLanguage: target ?? "", documents: docs)
    }
}
