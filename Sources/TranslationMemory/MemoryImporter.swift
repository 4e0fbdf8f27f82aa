import Foundation
import ICU
import Inline
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

    /// Imports `data` (the file at `path`). `locales` nil means every project target the file has.
    ///
    /// The import streams: each unit is merged and written into its locale's new memory as it is read, so memory
    /// holds the output bytes, one merge key hash per unit and what the index needs, never the units themselves.
    /// A unit met again is read back from the output only when its key hash is seen again (a duplicate, a
    /// conflict or, rarely, two keys with one hash, told apart by comparing the keys themselves).
    public static func run(
        _ data: Data, path: String, project: Project, locales requested: [String]?, name: String?,
        penalty: Int?, progress: MemoryIndex.Progress? = nil
    ) throws(Diagnostic) -> [Report] {
        let total = Double(max(data.count, 1))
        let source = project.config.source
        let targets = project.config.targets
        let candidates = (requested ?? targets).filter { targets.contains($0) }
        var outputs: [String: LocaleOutput] = [:]
        var rawLanguages = Set<String>()
        var header = TMXHeader()
        var version = "1.4"
        var count = 0
        func output(_ locale: String) throws(Diagnostic) -> LocaleOutput {
            if let o = outputs[locale] { return o }
            let o = try LocaleOutput(
                project: project, locale: locale, source: source, name: name, importHeader: header, penalty: penalty,
                expectedBytes: data.count / max(candidates.count, 1))
            outputs[locale] = o
            return o
        }
        let read = try TMXReader.read(data, path: path) { h throws(Diagnostic) in
            header = h
        } onUnit: { unit, range throws(Diagnostic) in
            count += 1
            for v in unit.variants { rawLanguages.insert(v.language) }
            for locale in candidates where unit.variants.contains(where: { $0.isIn(locale) && !$0.isIn(source) }) {
                try output(locale).add(unit)
            }
            if count % 20_000 == 0 { progress?("reading", Double(range.upperBound) / total) }
        }
        version = read.version
        let languages = Set(rawLanguages.map { $0.lowercased() })
        guard languages.contains(where: { LanguageTag.includes(source, $0) }) else {
            throw Diagnostic(
                rule: "tm.source-language", path: path, line: 1, column: 1,
                message:
                    "no unit has a variant in the source language '\(source)' (the file has: \(languages.sorted().joined(separator: ", ")))"
            )
        }
        let locales: [String]
        if let requested {
            for tag in requested where !targets.contains(tag) {
                throw Diagnostic(
                    rule: "options.locale", path: path,
                    message:
                        "'\(tag)' is not a target locale of this project (targets: \(targets.joined(separator: ", ")))"
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
            locales = targets.filter { tag in languages.contains { LanguageTag.includes(tag, $0) } }
            guard !locales.isEmpty else {
                throw Diagnostic(
                    rule: "tm.target-language", path: path, line: 1, column: 1,
                    message:
                        "no unit has a variant in a target locale of the project (targets: \(targets.joined(separator: ", ")); the file has: \(languages.sorted().joined(separator: ", ")))"
                )
            }
        }
        // Every memory is staged in full, then all of them replace the old ones together (a journal makes the
        // renames complete even if the process is killed halfway); the index, a cache, follows.
        var finished: [LocaleOutput] = []
        var transaction = FileTransaction(root: project.root)
        for locale in locales {
            let o = try output(locale)
            outputs[locale] = nil
            progress?("writing \(o.report.file)", 0)
            o.finish(units: count, declaredVersion: version == "1.4" ? nil : version)
            do {
                try transaction.stage(o.writer.bytes, to: o.url)
            } catch {
                transaction.abandon()
                throw error
            }
            finished.append(o)
        }
        try transaction.commit()
        var reports: [Report] = []
        for o in finished {
            let index = try MemoryIndex(files: o.files, progress: progress, synchronising: false)
            try index.register(
                o.url, entries: o.entries, penalty: MemoryIndex.penalty(o.header), data: o.writer.bytes,
                progress: progress)
            reports.append(o.report)
            o.release()
        }
        return reports
    }

    /// One locale's memory as the import writes it: the existing units first, then each unit read that is new,
    /// all already serialised; the merge keys as hashes pointing at units in the output.
    final class LocaleOutput {
        let url: URL
        let files: MemoryFiles
        let source: LanguageTag
        let locale: LanguageTag
        var header: TMXHeader
        var report: Report
        var writer = ByteWriter()
        /// Each unit's `<tu>` in `writer.bytes`.
        var ranges: [Range<Int>] = []
        /// What the index covers (units with both languages).
        var entries: [MemoryIndex.UnitEntry] = []
        /// Merge key hash → the first unit with it; further units with the same hash in `more`.
        var byKey: [Int: Int32] = [:]
        var more: [Int: [Int32]] = [:]
        /// Units changed after they were written (a duplicate's notes and properties), rewritten at the end.
        var amended: [Int32: TranslationUnit] = [:]
        /// Where the body's units begin.
        var bodyStart = 0

        /// The memory of `tag`: the one kept apart as `name`, or the project's own. The existing file, if any, is
        /// read and written out first; a new memory takes the project's header, or the imported file's for one
        /// kept apart.
        init(
            project: Project, locale tag: String, source sourceTag: String, name: String?, importHeader: TMXHeader,
            penalty: Int?, expectedBytes: Int
        ) throws(Diagnostic) {
            let files = MemoryFiles(project: project, locale: tag)
            self.files = files
            url = name.map { files.imported($0) } ?? files.projectMemory
            source = LanguageTag(sourceTag)
            locale = LanguageTag(tag)
            report = Report(file: project.relativePath(url), locale: tag)
            header = name == nil ? MemoryImporter.projectHeader(sourceTag) : importHeader
            header.attributes["srclang"] = sourceTag
            let existing: Data? =
                FileManager.default.fileExists(atPath: url.path) ? try MemoryIndex.read(url) : nil
            writer.bytes.reserveCapacity(expectedBytes + (existing?.count ?? 0) + 4096)
            let penaltyHeld = name == nil ? nil : penalty
            guard let existing else {
                begin(header, penalty: penaltyHeld)
                return
            }
            _ = try TMXReader.read(existing, path: report.file) { h throws(Diagnostic) in
                self.begin(h, penalty: penaltyHeld)
            } onUnit: { unit, _ throws(Diagnostic) in
                self.append(unit, key: unit.variant(in: self.source).map { key($0.segment, context: unit.context) })
            }
        }

        /// Writes the start of the document with header `h` (the memory's penalty set, properties repaired).
        private func begin(_ h: TMXHeader, penalty: Int?) {
            header = h
            if let penalty {
                header.properties.removeAll { $0.type == MemoryFiles.penaltyProperty }
                header.properties.append(TMXProperty(type: MemoryFiles.penaltyProperty, value: String(penalty)))
            }
            header.properties = repaired(header.properties, count: &report.repairedProperties)
            writer.prologue(header)
            bodyStart = writer.bytes.count
        }

        /// Writes `unit` as the next one, remembering its key (if it has a source variant).
        private func append(_ unit: TranslationUnit, key: String?) {
            let ref = Int32(ranges.count)
            let range = writer.listedUnit(unit)
            ranges.append(range)
            if let s = unit.variant(in: source), unit.variant(in: locale) != nil {
                entries.append(
                    .init(ordinal: Int(ref) + 1, source: s.segment.text, context: unit.context, range: range))
            }
            guard let key else { return }
            let h = key.hashValue
            if byKey[h] == nil { byKey[h] = ref } else { more[h, default: []].append(ref) }
        }

        /// Unit `ref` as it stands now (read back from the output unless amended).
        private func unit(_ ref: Int32) throws(Diagnostic) -> TranslationUnit {
            if let u = amended[ref] { return u }
            let r = ranges[Int(ref)]
            return try writer.bytes.withUnsafeBufferPointer { b throws(Diagnostic) in
                try TMXReader.unit(UnsafeBufferPointer(rebasing: b[r]), path: report.file)
            }
        }

        /// Merges one unit read from the import.
        func add(_ read: TranslationUnit) throws(Diagnostic) {
            var unit = read
            let source = self.source, locale = self.locale
            guard
                let si = unit.variants.firstIndex(where: {
                    $0.language.utf8.count == source.text.utf8.count && $0.isIn(source)
                }) ?? unit.variants.firstIndex(where: { $0.isIn(source) }),
                let ti = unit.variants.firstIndex(where: { $0.isIn(locale) && !$0.isIn(source) })
            else { return }
            var s = unit.variants[si]
            let t = unit.variants[ti]
            // The source variant takes the memory's srclang, so that header and <tuv> agree (TMX 1.4b: the source
            // <tuv> has the srclang as its xml:lang); the tag it came with is kept as a property. Every other
            // variant in the source or the target language (en-GB beside en-US, ko beside ko-KR) stays as it was.
            let original = s
            if s.language != source.text {
                s.properties.append(TMXProperty(type: originalLanguageProperty, value: s.language))
                s.language = source.text
            }
            if unit.variants.count == 2 && si == 0 && ti == 1 {
                unit.variants[0] = s  // the common case: source and target, in that order
            } else {
                let others = unit.variants.filter {
                    $0 != original && ($0.isIn(source) || ($0.isIn(locale) && !$0.isIn(source)))
                }
                unit.variants =
                    [s] + others.filter { $0 != t && $0.isIn(source) } + [t]
                    + others.filter { $0 != t && !$0.isIn(source) }
            }
            if let srclang = unit.attributes["srclang"], srclang != "*all*" { unit.attributes["srclang"] = source.text }
            unit.properties = repaired(unit.properties, count: &report.repairedProperties)
            for i in unit.variants.indices {
                unit.variants[i].properties = repaired(unit.variants[i].properties, count: &report.repairedProperties)
            }
            let k = key(s.segment, context: unit.context)
            let h = k.hashValue
            if let first = byKey[h] {
                // The units written before with this key: those whose own key is k (not only its hash).
                var existing: [(ref: Int32, unit: TranslationUnit)] = []
                for ref in [first] + (more[h] ?? []) {
                    let u = try self.unit(ref)
                    guard let us = u.variant(in: source),
                        MemoryImporter.key(us.segment, context: u.context) == k
                    else { continue }
                    existing.append((ref, u))
                }
                if !existing.isEmpty {
                    let targetKey = Normalizer.nfc(TMXWriter.markup(t.segment))
                    if let same = existing.first(where: { e in
                        e.unit.variant(in: locale).map { Normalizer.nfc(TMXWriter.markup($0.segment)) } == targetKey
                    }) {
                        var kept = same.unit
                        for note in unit.notes where !kept.notes.contains(note) { kept.notes.append(note) }
                        for prop in unit.properties where !kept.properties.contains(prop) {
                            kept.properties.append(prop)
                        }
                        if kept != same.unit { amended[same.ref] = kept }
                        report.duplicates += 1
                        return
                    }
                    report.conflicts.append(
                        Conflict(
                            source: s.segment.text, context: unit.context,
                            existing: existing.compactMap { $0.unit.variant(in: locale)?.segment.text },
                            added: t.segment.text))
                }
            }
            append(unit, key: k)
            report.added += 1
        }

        /// Closes the memory: amended units rewritten in place, the end of the document, the report's counts.
        func finish(units read: Int, declaredVersion: String?) {
            report.total = ranges.count
            report.skipped = read - report.added - report.duplicates
            report.declaredVersion = declaredVersion
            if !amended.isEmpty {
                var w = ByteWriter()
                w.bytes.reserveCapacity(writer.bytes.count + 4096)
                w.bytes.append(contentsOf: writer.bytes[0..<bodyStart])
                var moved: [Range<Int>] = []
                moved.reserveCapacity(ranges.count)
                for (i, r) in ranges.enumerated() {
                    if let u = amended[Int32(i)] {
                        moved.append(w.listedUnit(u))
                    } else {
                        let start = w.bytes.count + 4
                        w.bytes.append(contentsOf: writer.bytes[(r.lowerBound - 4)...r.upperBound])
                        moved.append(start..<(start + r.count))
                    }
                }
                for i in entries.indices { entries[i].range = moved[entries[i].ordinal - 1] }
                ranges = moved
                writer = w
                amended = [:]
            }
            writer.epilogue()
            byKey = [:]
            more = [:]
        }

        /// Lets the output go once it is written and indexed.
        func release() {
            writer = ByteWriter()
            ranges = []
            entries = []
        }
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

    /// The merge key of a memory unit: source segment (NFC text and codes) and context; the project memory's
    /// merge (`ProjectMemory`) keys its units the same way. A segment without codes is keyed by its
    /// text, one with codes by its markup; the first character tells which, so the two never meet.
    public static func key(_ segment: Segment, context: String?) -> String {
        let text = Normalizer.nfc(segment.text)
        let content =
            segment.codes.isEmpty ? "t" + text : "m" + TMXWriter.markup(Segment(text: text, codes: segment.codes))
        return content + "\u{0}" + (context ?? "")
    }
}
