import Foundation
import Inline
import Interchange
import JejuSupport
import ICU

/// A file a translator sent back, in any format Jeju reads, reduced to what merging needs: per document, each
/// segment's id, source, target, state, notes and line.
public struct ReturnedWork: Sendable {
    /// What the user says about files that no longer say it themselves (`jeju merge --locale`/`--document`):
    /// a PO made by `xliff2po` or `csv2po` has no `Language`, a table saved by Translate Toolkit no `locale`.
    public struct Hints: Sendable, Equatable {
        /// The target locale, when the file has none.
        public var locale: String?
        /// The document (notice id or `ui`), for segments neither the file nor their locations place.
        public var document: String?

        /// Creates hints.
        public init(locale: String? = nil, document: String? = nil) {
            self.locale = locale
            self.document = document
        }
    }

    /// One returned segment.
    public struct Segment: Sendable, Equatable {
        /// The segment id (XLIFF `segment/@id`, XLIFF 1.2 `trans-unit/@id`, PO `msgctxt`); nil when a converter
        /// dropped it (`po2xliff`, `xliff2po`, a table without `context`): the merge then finds the segment by its
        /// document and source text, as `msgmerge` finds an entry by its msgid. An id the document does not have
        /// is looked up the same way.
        public var id: String?
        /// The source files the entry says it comes from (PO `#:` references, XLIFF 1.2 `sourcefile` contexts, a
        /// table's `location`), without line numbers: they name the document when the file does not.
        public var locations: [String]
        /// The source as the file has it (nil when the format has none).
        public var source: Inline.Segment?
        /// The translation.
        public var target: Inline.Segment
        /// The state the file gives (nil: none).
        public var state: XLIFFState?
        /// Whether the tool marked the translation as needing work (PO `fuzzy`, XLIFF 1.2 `needs-…` states).
        public var needsWork: Bool
        /// Notes people wrote on it (or on its unit).
        public var notes: [XLIFFNote]
        /// 1-based line in the returned file.
        public var line: Int
        /// Whether the codes are numbered by their position in the source (OmegaT's `<g0>`, `OmegaTTags`)
        /// rather than carrying the source's code ids; the merge maps them with `OmegaTTags.resolve`.
        public var positionalCodes: Bool

        /// Creates a segment.
        public init(
            id: String?, source: Inline.Segment?, target: Inline.Segment, state: XLIFFState? = nil,
            needsWork: Bool = false,
            notes: [XLIFFNote] = [], line: Int, positionalCodes: Bool = false, locations: [String] = []
        ) {
            self.id = id
            self.locations = locations
            self.source = source
            self.target = target
            self.state = state
            self.needsWork = needsWork
            self.notes = notes
            self.line = line
            self.positionalCodes = positionalCodes
        }

        /// How messages name the segment: its id, or the start of its source.
        public var label: String {
            if let id { return "segment \(id)" }
            let text = source?.text ?? ""
            return "“\(text.count > 40 ? text.prefix(40) + "…" : text)”"
        }
    }

    /// The segments of one document (notice or `ui`).
    public struct Document: Sendable {
        /// The document id, when the file says (PO `X-Jeju-Document`, XLIFF `file/@id` or Jeju's XLIFF 1.2
        /// `original`, a table's `document`); nil when it does not (a converter's output, `msgcat` of several
        /// documents): each segment is then placed by its locations, the name hint, `Hints.document`, or its
        /// source text.
        public var id: String?
        /// A name that may be the document's, from a converter's file name (`po2xliff` writes `original="ui.po"`).
        public var nameHint: String?
        /// The line where the document starts.
        public var line: Int
        /// The segments with a translation.
        public var segments: [Segment]
    }

    /// The file, as the user named it.
    public var path: String
    /// Its format.
    public var format: InterchangeFormat
    /// Its source language, if the file says.
    public var sourceLanguage: String?
    /// Its target language.
    public var targetLanguage: String
    /// The documents.
    public var documents: [Document]
    /// The document `--document` names, for segments nothing else places.
    public var documentHint: String?

    /// Reads a returned file of any supported format; `hints` supply what the file no longer says.
    public static func read(_ data: Data, path: String, hints: Hints = Hints()) throws(Diagnostic) -> ReturnedWork {
        let text = try DeclaredEncoding.decodeUTF8(data, path: path)
        guard let format = InterchangeFormat.detect(text, path: path) else {
            throw Diagnostic(
                rule: "merge.format", path: path, line: 1, column: 1,
                message: "not a file Jeju can merge (XLIFF 2.x, XLIFF 1.2, PO or a CSV table)")
        }
        let work: ReturnedWork
        switch format {
        case .xliff2: work = try fromXLIFF2(XLIFFReader.read(Data(text.utf8), path: path), path: path)
        case .xliff12: work = try fromXLIFF12(XLIFF12Reader.read(Data(text.utf8), path: path), path: path)
        case .po: work = try fromPO(POReader.read(text, path: path), path: path, hints: hints)
        case .csv: work = try fromCSV(text, path: path, hints: hints)
        }
        if let locale = hints.locale, !LanguageTag.includes(locale, work.targetLanguage) {
            throw Diagnostic(
                rule: "merge.target-language", path: path, line: 1, column: 1,
                message: "the file is for '\(work.targetLanguage)', not '\(locale)' as --locale says")
        }
        try work.checkSegments()
        var hinted = work
        hinted.documentHint = hints.document
        return hinted
    }

    /// Refuses what Jeju could not write back or read again: a segment over `Limits.segmentBytes`, or two
    /// segments with one id in a document (which one would win is a guess; `jeju validate` calls it invalid).
    func checkSegments() throws(Diagnostic) {
        for d in documents {
            var seen: [String: Int] = [:]
            for s in d.segments {
                if let id = s.id {
                    if let first = seen[id] {
                        throw Diagnostic(
                            rule: "merge.duplicate-id", path: path, line: s.line,
                            message:
                                "the segment id '\(id)' of '\(d.id ?? d.nameHint ?? "the file")' appears twice (first at line \(first)); ids must be unique"
                        )
                    }
                    seen[id] = s.line
                }
                let size = max(s.target.text.utf8.count, s.source?.text.utf8.count ?? 0)
                if size > Limits.segmentBytes {
                    throw Diagnostic(
                        rule: "limits.segment", path: path, line: s.line,
                        message:
                            "\(s.label) holds \(size >> 10) KiB of text; a segment may be at most \(Limits.describe(bytes: Limits.segmentBytes))"
                    )
                }
            }
        }
    }

    /// The returned work in an XLIFF 2 document: every segment with a target.
    public static func fromXLIFF2(_ d: XLIFFDocument, path: String) throws(Diagnostic) -> ReturnedWork {
        guard let target = d.targetLanguage else {
            throw Diagnostic(
                rule: "merge.no-target-language", path: path, line: 2,
                message: "the file has no trgLang: it is not a translation")
        }
        var docs: [Document] = []
        for f in d.files {
            var segments: [Segment] = []
            for u in f.units {
                let notes = u.notes.filter { !$0.isGenerated }
                for s in u.segments where !s.isIgnorable {
                    guard let t = s.target, !t.isEmpty else { continue }
                    guard let id = s.id else {
                        throw Diagnostic(
                            rule: "merge.segment-id", path: path, line: s.line,
                            message: "a translated segment without an id cannot be merged")
                    }
                    segments.append(
                        Segment(id: id, source: s.source, target: t, state: s.state, notes: notes, line: s.line))
                }
            }
            docs.append(Document(id: f.id, nameHint: nil, line: f.line, segments: segments))
        }
        return ReturnedWork(
            path: path, format: .xliff2, sourceLanguage: d.sourceLanguage, targetLanguage: target, documents: docs)
    }
}
