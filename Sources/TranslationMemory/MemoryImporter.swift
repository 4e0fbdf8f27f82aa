import Foundation
import ICU
import JejuSupport

/// Imports a TMX file into a project's memories: `locales/<tag>/memory.tmx`, or `locales/<tag>/tm/NAME.tmx` for
/// an external memory kept apart (with an optional penalty).
///
/// Each unit keeps its tuid, attributes, notes and properties, and its source and target variants (with theirs).
/// Units merge by source segment (NFC, codes included) and context (`x-jeju-context`): the same target is a
/// duplicate (notes and properties it lacks are added), a different target is a conflict, kept as an
/// alternative and reported. Everything is read and merged before anything is written; each file is written
/// in one transaction, so a failed or killed import leaves the memories as they were or complete.
public enum MemoryImporter {
    /// A translation that conflicts with one already in the memory.
    public struct Conflict: Sendable, Codable, Equatable {
        /// The source text.
        public var source: String
        /// The context, if any.
        public var context: String?
        /// The translations already there.
        public var existing: [String]
        /// The new translation, kept as an alternative.
        public var added: String
    }

    /// What an import did for one locale.
    public struct Report: Sendable {
        /// The memory written, relative to the project root.
        public var file: String
        /// The locale.
        public var locale: String
        /// Units added.
        public var added = 0
        /// Duplicates merged into existing units.
        public var duplicates = 0
        /// Conflicts kept as alternatives.
        public var conflicts: [Conflict] = []
        /// Units without both a source and a target variant, not imported.
        public var skipped = 0
        /// Units in the memory after the import.
        public var total = 0
        /// Properties TMX does not allow (no `type`, unknown attributes) dropped or repaired on the way in.
        public var repairedProperties = 0
        /// The version the file declared when it was not 1.4 (`1.4b`, `1.1`): the memory is written as TMX 1.4.
        public var declaredVersion: String?
    }

    /// A merged memory waiting to be written.
    struct Pending {
        var url: URL
        var files: MemoryFiles
        var document: TMXDocument
    }

    /// Imports `data` (the file at `path`). `locales` nil means every project target the file has.
    public static func run(
        _ data: Data, path: String, project: Project, locales requested: [String]?, name: String?,
        penalty: Int?, progress: MemoryIndex.Progress? = nil
    ) throws(Diagnostic) -> [Report] {
        let total = Double(max(data.count, 1))
        var units: [TranslationUnit] = []
        var languages = Set<String>()
        let read = try TMXReader.read(data, path: path) { unit, range throws(Diagnostic) in
            units.append(unit)
            for v in unit.variants { languages.insert(v.language.lowercased()) }
            if units.count % 20_000 == 0 { progress?("reading", Double(range.upperBound) / total) }
        }
        let header = read.header
        let source = project.config.source
        guard languages.contains(where: { LanguageTag.includes(source, $0) }) else {
            throw Diagnostic(
                rule: "tm.source-language", path: path, line: 1, column: 1,
                message:
                    "no unit has a variant in the source language '\(source)' (the file has: \(languages.sorted().joined(separator: ", ")))"
            )
        }
        let locales: [String]
        if let requested {
            for tag in requested where !project.config.targets.contains(tag) {
                throw Diagnostic(
                    rule: "options.locale", path: path,
                    message:
                        "'\(tag)' is not a target locale of this project (targets: \(project.config.targets.joined(separator: ", ")))"
                )
            }
            for tag in requested where !languages.contains(where: { LanguageTag.includes(tag, $0) }) {
                throw Diagnostic(
                    rule: "tm.target-language", path: path, line: 1, column: 1,
                    message:
                        "no unit has a variant in '\(tag)' (the file has: \(languages.sorted().joined(separator: ", ")))"
                )
            }
            locales = requested
        } else {
            locales = project.config.targets.filter { tag in languages.contains { LanguageTag.includes(tag, $0) } }
            guard !locales.isEmpty else {
                throw Diagnostic(
                    rule: "tm.target-language", path: path, line: 1, column: 1,
                    message:
                        "no unit has a variant in a target locale of the project (targets: \(project.config.targets.joined(separator: ", ")); the file has: \(languages.sorted().joined(separator: ", ")))"
                )
            }
        }
        var pending: [Pending] = []
        var reports: [Report] = []
        for locale in locales {
            let files = MemoryFiles(project: project, locale: locale)
            let url = name.map { files.imported($0) } ?? files.projectMemory
            var document: TMXDocument
            if FileManager.default.fileExists(atPath: url.path) {
                document = try TMXReader.read(try MemoryIndex.read(url), path: project.relativePath(url))
            } else {
                document = TMXDocument(header: name == nil ? projectHeader(source) : header)
                document.header.attributes["srclang"] = source
            }
            if let penalty, name != nil {
                document.header.properties.removeAll { $0.type == MemoryFiles.penaltyProperty }
                document.header.properties.append(
                    TMXProperty(type: MemoryFiles.penaltyProperty, value: String(penalty)))
            }
            var report = Report(file: project.relativePath(url), locale: locale)
            if read.version != "1.4" { report.declaredVersion = read.version }
            document.header.properties = repaired(document.header.properties, count: &report.repairedProperties)
            merge(units, into: &document, source: source, locale: locale, report: &report)
            report.total = document.units.count
            pending.append(Pending(url: url, files: files, document: document))
            reports.append(report)
        }
        // The merged documents hold every unit now: let the parsed copy go before the output is serialised, and
        // each document once it is written and indexed, so peak memory stays near one memory's worth.
        units.removeAll()
        // Every memory is staged in full, then all of them replace the old ones together (a journal makes the
        // renames complete even if the process is killed halfway); the index, a cache, follows.
        var transaction = FileTransaction(root: project.root)
        var written: [(ranges: [Range<Int>], bytes: Data)] = []
        for p in pending {
            var ranges: [Range<Int>] = []
            progress?("writing \(project.relativePath(p.url))", 0)
            let bytes = TMXWriter.data(p.document, unitRanges: &ranges)
            do {
                try transaction.stage(bytes, to: p.url)
            } catch {
                transaction.abandon()
                throw error
            }
            written.append((ranges, bytes))
        }
        try transaction.commit()
        for i in pending.indices {
            let p = pending[i]
            defer {
                pending[i].document = TMXDocument(header: p.document.header)
                written[i] = ([], Data())
            }
            let index = try MemoryIndex(files: p.files, progress: progress, synchronising: false)
            try index.register(
                p.url, document: p.document, ranges: written[i].ranges, data: written[i].bytes, progress: progress)
        }
        return reports
    }

    /// Properties as TMX 1.4b allows them: one without `type` is dropped, attributes other than `xml:lang` and
    /// `o-encoding` are taken off; `count` counts each property changed.
    static func repaired(_ properties: [TMXProperty], count: inout Int) -> [TMXProperty] {
        properties.compactMap { p in
            guard p.type != nil else { count += 1; return nil }
            let kept = p.attributes.filter { ["xml:lang", "o-encoding"].contains($0.key) }
            if kept.count != p.attributes.count { count += 1 }
            return TMXProperty(type: p.type, value: p.value, attributes: kept)
        }
    }

    /// The property recording the tag a source variant came with, when it was not the project's own.
    public static let originalLanguageProperty = "x-jeju-original-lang"

    static func projectHeader(_ source: String) -> TMXHeader {
        TMXHeader(attributes: [
            "creationtool": "Jeju", "creationtoolversion": "1", "segtype": "sentence", "o-tmf": "jeju",
            "adminlang": "en", "srclang": source, "datatype": "plaintext",
        ])
    }

    /// The merge key: source segment (NFC text and codes) and context.
    static func key(_ segment: Segment, context: String?) -> String {
        TMXWriter.markup(Segment(text: Normalizer.nfc(segment.text), codes: segment.codes)) + "\u{0}" + (context ?? "")
    }

    static func merge(
        _ units: [TranslationUnit], into document: inout TMXDocument, source: String, locale: String,
        report: inout Report
    ) {
        let source = LanguageTag(source), locale = LanguageTag(locale)
        var byKey: [String: [Int]] = [:]
        byKey.reserveCapacity(document.units.count + units.count)
        for (i, unit) in document.units.enumerated() {
            guard let s = unit.variant(in: source) else { continue }
            byKey[key(s.segment, context: unit.context), default: []].append(i)
        }
        document.units.reserveCapacity(document.units.count + units.count)
        for var unit in units {
            guard
                var s = unit.variants.first(where: { $0.language.caseInsensitiveCompare(source.text) == .orderedSame })
                    ?? unit.variants.first(where: { $0.isIn(source) }),
                let t = unit.variants.first(where: { $0.isIn(locale) && !$0.isIn(source) })
            else {
                report.skipped += 1
                continue
            }
            // The source variant takes the memory's srclang, so that header and <tuv> agree (TMX 1.4b: the source
            // <tuv> has the srclang as its xml:lang); the tag it came with is kept as a property. Every other
            // variant in the source or the target language (en-GB beside en-US, ko beside ko-KR) stays as it was.
            let others = unit.variants.filter { $0 != s && ($0.isIn(source) || ($0.isIn(locale) && !$0.isIn(source))) }
            if s.language != source.text {
                s.properties.append(TMXProperty(type: originalLanguageProperty, value: s.language))
                s.language = source.text
            }
            unit.variants =
                [s] + others.filter { $0 != t && $0.isIn(source) } + [t] + others.filter { $0 != t && !$0.isIn(source) }
            if let srclang = unit.attributes["srclang"], srclang != "*all*" { unit.attributes["srclang"] = source.text }
            unit.properties = repaired(unit.properties, count: &report.repairedProperties)
            for i in unit.variants.indices {
                unit.variants[i].properties = repaired(unit.variants[i].properties, count: &report.repairedProperties)
            }
            let k = key(s.segment, context: unit.context)
            if let existing = byKey[k] {
                let targetKey = Normalizer.nfc(TMXWriter.markup(t.segment))
                if let same = existing.first(where: { i in
                    document.units[i].variant(in: locale).map { Normalizer.nfc(TMXWriter.markup($0.segment)) }
                        == targetKey
                }) {
                    for note in unit.notes where !document.units[same].notes.contains(note) {
                        document.units[same].notes.append(note)
                    }
                    for prop in unit.properties where !document.units[same].properties.contains(prop) {
                        document.units[same].properties.append(prop)
                    }
                    report.duplicates += 1
                    continue
                }
                report.conflicts.append(
                    Conflict(
                        source: s.segment.text, context: unit.context,
                        existing: existing.compactMap { document.units[$0].variant(in: locale)?.segment.text },
                        added: t.segment.text))
            }
            byKey[k, default: []].append(document.units.count)
            document.units.append(unit)
            report.added += 1
        }
    }
}
