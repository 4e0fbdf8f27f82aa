import Foundation
import ICU
import Inline
import JejuSupport
import TranslationMemory

/// Adds translations to a locale's project memory, `locales/<tag>/memory.tmx`, keeping it the truth and its
/// index current.
///
/// Units are keyed by source (NFC, codes included) and context (`x-jeju-context`). A translation already there
/// changes nothing; a new translation of a known source in the same context replaces the unit's target and the
/// old target is kept as a `<note>` ("previous translation: …"), so the memory suggests the latest wording and
/// nothing is lost. The file is written atomically and only when something changed.
public struct ProjectMemory {
    /// One translation to add.
    public struct Entry: Sendable, Equatable {
        /// The source segment.
        public var source: Inline.Segment
        /// The target segment.
        public var target: Inline.Segment
        /// The context (`document/unit`), or nil.
        public var context: String?

        /// Creates an entry.
        public init(source: Inline.Segment, target: Inline.Segment, context: String?) {
            self.source = source
            self.target = target
            self.context = context
        }
    }

    /// What `add` did.
    public struct Report: Sendable, Equatable {
        /// New units.
        public var added = 0
        /// Units whose target was replaced (the old one kept as a note).
        public var updated = 0
        /// Translations the memory already had.
        public var unchanged = 0
    }

    /// The project.
    public let project: Project
    /// The target locale.
    public let locale: String

    /// The project memory of `locale`.
    public init(project: Project, locale: String) {
        self.project = project
        self.locale = locale
    }

    /// `locales/<tag>/memory.tmx`.
    public var url: URL { MemoryFiles(project: project, locale: locale).projectMemory }

    /// The memory with `entries` added, and what changed; nothing is written.
    public func merged(_ entries: [Entry]) throws(Diagnostic) -> (TMXDocument, Report) {
        let source = project.config.source
        var document: TMXDocument
        if FileManager.default.fileExists(atPath: url.path) {
            document = try TMXReader.read(
                try TextFile.readBytes(url.path, limit: Limits.memoryBytes), path: project.relativePath(url))
        } else {
            document = TMXDocument(
                header: TMXHeader(attributes: [
                    "creationtool": "Jeju", "creationtoolversion": "1", "segtype": "sentence", "o-tmf": "jeju",
                    "adminlang": "en",
                    "srclang": source, "datatype": "plaintext",
                ]))
        }
        var byKey: [String: Int] = [:]
        for (i, u) in document.units.enumerated() {
            guard let s = u.variant(in: source) else { continue }
            let k = MemoryImporter.key(s.segment, context: u.context)
            if byKey[k] == nil { byKey[k] = i }
        }
        var report = Report()
        for e in entries where !e.target.isEmpty {
            let k = MemoryImporter.key(e.source, context: e.context)
            let targetMarkup = Normalizer.nfc(TMXWriter.markup(e.target))
            if let i = byKey[k] {
                guard let t = document.units[i].variants.firstIndex(where: { $0.isIn(locale) && !$0.isIn(source) })
                else {
                    document.units[i].variants.append(TranslationVariant(language: locale, segment: e.target))
                    report.updated += 1
                    continue
                }
                let old = document.units[i].variants[t].segment
                if Normalizer.nfc(TMXWriter.markup(old)) == targetMarkup { report.unchanged += 1; continue }
                document.units[i].notes.append(TMXNote("previous translation: \(TMXWriter.markup(old))"))
                document.units[i].variants[t].segment = e.target
                report.updated += 1
            } else {
                var props: [TMXProperty] = []
                if let c = e.context { props.append(TMXProperty(type: TranslationUnit.contextProperty, value: c)) }
                byKey[k] = document.units.count
                document.units.append(
                    TranslationUnit(
                        properties: props,
                        variants: [
                            TranslationVariant(language: source, segment: e.source),
                            TranslationVariant(language: locale, segment: e.target),
                        ]))
                report.added += 1
            }
        }
        return (document, report)
    }

    /// A memory staged for writing, kept for indexing once it is written.
    public struct Written {
        let document: TMXDocument
        let ranges: [Range<Int>]
        let bytes: Data
    }

    /// Stages a memory from `merged` in `transaction`; after the commit, `index` brings the index up to date.
    public func stage(_ document: TMXDocument, in transaction: inout FileTransaction) throws(Diagnostic) -> Written {
        var ranges: [Range<Int>] = []
        let bytes = TMXWriter.data(document, unitRanges: &ranges)
        try transaction.stage(bytes, to: url)
        return Written(document: document, ranges: ranges, bytes: bytes)
    }

    /// Registers a written memory in the index (a cache: if this is interrupted, the next reader rebuilds it).
    public func index(_ written: Written) throws(Diagnostic) {
        let index = try MemoryIndex(files: MemoryFiles(project: project, locale: locale), synchronising: false)
        try index.register(url, document: written.document, ranges: written.ranges, data: written.bytes)
    }

    /// Writes a memory from `merged` (atomically) and brings the index up to date.
    public func write(_ document: TMXDocument) throws(Diagnostic) {
        var transaction = FileTransaction(root: project.root)
        let written = try stage(document, in: &transaction)
        try transaction.commit()
        try index(written)
    }

    /// Adds `entries` and writes the memory when anything changed.
    @discardableResult
    public func add(_ entries: [Entry]) throws(Diagnostic) -> Report {
        let (document, report) = try merged(entries)
        if report.added + report.updated > 0 { try write(document) }
        return report
    }
}
