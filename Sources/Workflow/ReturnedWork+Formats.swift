import Foundation
import Inline
import Interchange
import JejuSupport

extension ReturnedWork {
    /// The PO header field naming the document (notice id or `ui`) of a file Jeju exported.
    public static let documentField = "X-Jeju-Document"

    /// The PO header field saying how inline codes are written: absent for Jeju's numbered tags (`<1>…</1>`,
    /// `TaggedText`), `omegat` for OmegaT's (`<g0>…</g0>`, `OmegaTTags`) in the OmegaT kit.
    public static let tagsField = "X-Jeju-Tags"

    /// The returned work in a PO file: `msgctxt` is the segment id, `Language` the locale, `X-Jeju-Document` the
    /// document; `fuzzy` entries are not taken; `# ` comments become notes. A PO that went through a converter
    /// may have lost some of these: without `Language` the locale comes from `hints` (`--locale`); without
    /// `msgctxt` (`xliff2po`) the segment is found by its source; without `X-Jeju-Document`, or with several
    /// (`msgcat` of two exports), each entry's `#:` reference names its document.
    public static func fromPO(_ po: POFile, path: String, hints: Hints = Hints()) throws(Diagnostic) -> ReturnedWork {
        let languages = Set(
            po.header.filter { $0.name.lowercased() == "language" && !$0.value.isEmpty }.map { $0.value.lowercased() })
        guard languages.count <= 1 else {
            throw Diagnostic(
                rule: "po.language", path: path, line: 1, column: 1,
                message:
                    "the PO header names several languages (\(languages.sorted().joined(separator: ", "))): merge one language at a time"
            )
        }
        guard let language = po.field("Language").flatMap({ $0.isEmpty ? nil : $0 }) ?? hints.locale else {
            throw Diagnostic(
                rule: "po.language", path: path, line: 1, column: 1,
                message: "the PO header has no Language field: which locale is this? (give it with --locale)")
        }
        // `msgcat` keeps every file's header, one after another: each entry then says where it belongs.
        let documents = po.header.filter { $0.name == documentField && !$0.value.isEmpty }.map(\.value)
        let omegat = po.field(tagsField) == "omegat"
        func parse(_ text: String) -> Inline.Segment { omegat ? OmegaTTags.parse(text) : TaggedText.parse(text) }
        var segments: [Segment] = []
        for e in po.entries where !e.isObsolete {
            guard e.idPlural == nil else {
                throw Diagnostic(
                    rule: "po.plural", path: path, line: e.line, column: 1,
                    message:
                        "a plural entry: Jeju's PO files have none (ICU MessageFormat keeps plurals inside the message)"
                )
            }
            let target = e.translations.first ?? ""
            guard !target.isEmpty else { continue }
            let notes = e.translatorComments.filter { !$0.isEmpty }.map { XLIFFNote(category: "translator", text: $0) }
            segments.append(
                Segment(
                    id: e.context.flatMap { $0.isEmpty ? nil : $0 }, source: parse(e.id), target: parse(target),
                    needsWork: e.isFuzzy,
                    notes: notes, line: e.line, positionalCodes: omegat,
                    locations: e.references.flatMap { $0.split(separator: " ") }.map { location(String($0)) }))
        }
        return ReturnedWork(
            path: path, format: .po, sourceLanguage: nil, targetLanguage: language,
            documents: [
                Document(
                    id: documents.count == 1 ? documents[0] : nil, nameHint: nameHint(path), line: 1, segments: segments
                )
            ])
    }

    /// A reference without its line number: `locales/en/ui.json:2` → `locales/en/ui.json`.
    static func location(_ reference: String) -> String {
        guard let colon = reference.lastIndex(of: ":"), !reference[reference.index(after: colon)...].isEmpty,
            reference[reference.index(after: colon)...].allSatisfy(\.isASCII),
            reference[reference.index(after: colon)...].allSatisfy(\.isNumber)
        else { return reference }
        return String(reference[..<colon])
    }

    /// A file name that may be a document's: `exp/ui.po` → `ui` (Jeju names its exports after the document).
    static func nameHint(_ path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? nil : stem
    }

    /// The returned work in a CSV table, its rows in any order: Jeju's (`Exporter.csv`: `context` is the segment
    /// id, `locale` and `document` say where it belongs) or Translate Toolkit's (`po2csv`: `location`, `source`,
    /// `target`, the segment then found by its location and source, the locale from `hints`). Rows without a
    /// target are left out, and rows still marked `fuzzy` are not taken (as in PO: clear the mark to accept a
    /// candidate); `translator_comments` become notes. A spreadsheet's CR LF and BOM are fine; a table with
    /// neither `context` nor `source`, a second locale or a row longer than the header is an error with its
    /// position.
    public static func fromCSV(_ text: String, path: String, hints: Hints = Hints()) throws(Diagnostic) -> ReturnedWork
    {
        var body = text.replacingOccurrences(of: "\r\n", with: "\n")
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let table = try DelimitedText.parse(body, dialect: .csv, path: path)
        guard let header = table.records.first else {
            throw Diagnostic(
                rule: "csv.empty", path: path, line: 1, column: 1,
                message: "an empty table: export one with 'jeju export --format csv'")
        }
        var column: [String: Int] = [:]
        for (i, f) in header.enumerated() { column[f.value.trimmingCharacters(in: .whitespaces).lowercased()] = i }
        guard column["target"] != nil, column["context"] != nil || column["source"] != nil else {
            let missing =
                ["target"].filter { column[$0] == nil }
                + (column["context"] == nil && column["source"] == nil ? ["context or source"] : [])
            throw Diagnostic(
                rule: "csv.missing-column", path: path, line: 1, column: 1,
                message:
                    "the header lacks \(missing.joined(separator: " and ")): a bilingual table has Translate Toolkit's columns (location, context, source, target), as 'jeju export --format csv' writes them"
            )
        }
        var language: DelimitedText.Field?
        var order: [String?] = []
        var byDocument: [String?: Document] = [:]
        for record in table.records.dropFirst() {
            guard record.count <= header.count else {
                let extra = record[header.count]
                throw Diagnostic(
                    rule: "csv.field-count", path: path, line: extra.line, column: extra.column,
                    message: "more fields than the header has columns")
            }
            func field(_ name: String) -> DelimitedText.Field? {
                column[name].flatMap { $0 < record.count ? record[$0] : nil }.flatMap { $0.value.isEmpty ? nil : $0 }
            }
            /// A text cell without the apostrophe that kept a spreadsheet from reading it as a formula.
            func text(_ name: String) -> String? {
                field(name).map { DelimitedText.spreadsheetValue($0.value) }
            }
            let line = record.first?.line ?? 1
            let target = text("target") ?? ""
            guard !target.isEmpty else { continue }
            let id = field("context")?.value
            let source = text("source")
            guard id != nil || source != nil else {
                throw Diagnostic(
                    rule: "csv.segment-id", path: path, line: line, column: 1,
                    message: "a row with a target but neither a segment id in 'context' nor its source")
            }
            if let locale = field("locale") {
                if let language, language.value.lowercased() != locale.value.lowercased() {
                    throw Diagnostic(
                        rule: "csv.second-locale", path: path, line: locale.line, column: locale.column,
                        message:
                            "a second locale '\(locale.value)' (the table is for '\(language.value)' from line \(language.line))"
                    )
                }
                language = language ?? locale
            }
            let fuzzy = ["1", "x", "true", "yes", "fuzzy"].contains(field("fuzzy")?.value.lowercased() ?? "")
            let comment = text("translator_comments") ?? ""
            let locations = (field("location")?.value ?? "").split(whereSeparator: \.isWhitespace).map {
                location(String($0))
            }
            let segment = Segment(
                id: id, source: source.map(TaggedText.parse), target: TaggedText.parse(target),
                needsWork: fuzzy, notes: comment.isEmpty ? [] : [XLIFFNote(category: "translator", text: comment)],
                line: line,
                locations: locations)
            let document = field("document")?.value
            if byDocument[document] == nil {
                order.append(document)
                byDocument[document] = Document(
                    id: document, nameHint: document == nil ? nameHint(path) : nil, line: line, segments: [])
            }
            byDocument[document]?.segments.append(segment)
        }
        guard let locale = language?.value ?? hints.locale else {
            throw Diagnostic(
                rule: "csv.locale", path: path, line: 1, column: 1,
                message: "the table has no locale column: which locale is this? (give it with --locale)")
        }
        return ReturnedWork(
            path: path, format: .csv, sourceLanguage: nil, targetLanguage: locale,
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

    /// The returned work in an XLIFF 1.2 file: in Jeju's, `file/@original` is the document, `trans-unit/@id` the
    /// segment id, `target-language` the locale. A file from `po2xliff` names the PO file in `original` and
    /// numbers its units: its document comes from the `sourcefile` contexts (the PO's `#:` references) or the
    /// file name, and its segments are found by source; its header unit is not a segment.
    public static func fromXLIFF12(_ d: XLIFF12Document, path: String) throws(Diagnostic) -> ReturnedWork {
        var docs: [Document] = []
        var target: String?
        var source: String?
        for f in d.files {
            guard let t = f.targetLanguage, !t.isEmpty else {
                throw Diagnostic(
                    rule: "xliff12.target-language", path: path, line: f.line,
                    message: "<file original=\"\(f.original)\"> has no target-language")
            }
            if let target, target.lowercased() != t.lowercased() {
                throw Diagnostic(
                    rule: "xliff12.two-languages", path: path, line: f.line,
                    message: "files for two target languages (\(target), \(t)) in one XLIFF")
            }
            target = t
            source = f.sourceLanguage
            var segments: [Segment] = []
            // Jeju names documents by id (`ui`, a notice id); a path or a file name is a converter's.
            let named = !f.original.contains("/") && !f.original.contains(".")
            for u in f.units where u.restype != "x-gettext-domain-header" {
                guard let tg = u.target, !tg.isEmpty else { continue }
                let notes = u.notes.filter { $0.from != "jeju" }.map {
                    XLIFFNote(category: $0.from ?? "translator", text: $0.text)
                }
                // A converter from PO carries Jeju's numbered tags (`<1>…</1>`) as text.
                func content(_ c: Inline.Segment) -> Inline.Segment {
                    named || !c.xliffCodes.isEmpty ? c : TaggedText.parse(c.text)
                }
                segments.append(
                    Segment(
                        id: u.id, source: content(u.source), target: content(tg),
                        state: state(xliff12: u.state, approved: u.approved),
                        needsWork: false, notes: notes, line: u.line,
                        locations: u.contexts.filter { $0.type == "sourcefile" }.map(\.text)))
            }
            docs.append(
                Document(
                    id: named ? f.original : nil, nameHint: named ? nil : nameHint(f.original), line: f.line,
                    segments: segments))
        }
        return ReturnedWork(
            path: path, format: .xliff12, sourceLanguage: source, targetLanguage: target ?? "", documents: docs)
    }
}
