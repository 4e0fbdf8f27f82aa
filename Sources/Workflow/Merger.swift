import Foundation
import ICU
import TranslationMemory
import Inline
import Interchange
import JejuSupport
import Notices
import QualityChecks

/// Takes returned translations into the canonical XLIFF and the project memory: `jeju merge`.
///
/// Each returned segment is found by id in the canonical file of its document and locale; it is refused when
/// the id is unknown, its source differs from the canonical source, its inline codes do not fit the source's
/// (a code missing that may not be deleted, a code the source lacks, a code used twice that may not be
/// copied, a paired code where the source has a placeholder), a quality check finds an error, or it would lower
/// a reviewed or final translation without `force`. A returned file is merged all or nothing: one refusal and
/// none of its segments is taken — unless `partial`, where the segments that pass are taken and the refused ones
/// are listed, each left as it was. Codes in accepted targets get the source's attributes back (by id), so a
/// tool that dropped `type` or `dataRef` loses nothing.
public struct Merger {
    /// What to do with the returned states.
    public struct Options: Sendable {
        /// The state accepted targets get (nil: the file's state, at least `translated`).
        public var state: XLIFFState?
        /// Whether a lower state may replace a reviewed or final translation.
        public var force: Bool

        /// Whether the segments that pass are taken although others in the file are refused.
        public var partial: Bool

        /// Creates options.
        public init(state: XLIFFState? = nil, force: Bool = false, partial: Bool = false) {
            self.state = state
            self.force = force
            self.partial = partial
        }
    }

    /// The outcome for one returned file.
    public struct Result {
        /// The key of a planned document: locale and document id.
        public static func plannedKey(locale: String, documentID: String) -> String { locale + "/" + documentID }

        /// The returned file.
        public var path: String
        /// The locale.
        public var locale: String
        /// Segments taken (new or changed translations).
        public var accepted = 0
        /// Segments identical to the canonical translation.
        public var unchanged = 0
        /// Notes the returned file rewrote (same id, new text) or added.
        public var notesTaken = 0
        /// Translations marked as needing work (PO fuzzy), not taken.
        public var skipped = 0
        /// Why segments were refused, each at its line in the returned file; when not empty nothing is merged.
        public var refusals: [Diagnostic] = []
        /// Whether any refusal is structural (unknown id, changed source, codes) rather than a quality finding.
        public var hasStructuralRefusal = false
        /// The canonical documents to write, by document id (empty when refused).
        public var updates: [(documentID: String, document: XLIFFDocument)] = []
        /// The accepted translations for the project memory.
        public var memoryEntries: [ProjectMemory.Entry] = []
    }

    let project: Project
    let checks: [any SegmentCheck]

    /// A merger for `project` that runs `checks` (error findings refuse a segment).
    public init(project: Project, checks: [any SegmentCheck]) {
        self.project = project
        self.checks = checks
    }

    /// The project target a returned file's target language means, or a positioned error.
    func locale(of work: ReturnedWork) throws(Diagnostic) -> String {
        if let src = work.sourceLanguage, !src.isEmpty, !LanguageTag.includes(project.config.source, src) {
            throw Diagnostic(
                rule: "merge.source-language", path: work.path, line: 1,
                message: "the file's source language is '\(src)', this project's is '\(project.config.source)'")
        }
        guard let locale = project.config.targets.first(where: { LanguageTag.includes($0, work.targetLanguage) }) else {
            throw Diagnostic(
                rule: "merge.target-language", path: work.path, line: 1,
                message:
                    "the file is for '\(work.targetLanguage)', which is not a target locale of this project (targets: \(project.config.targets.joined(separator: ", ")))"
            )
        }
        return locale
    }

    /// Checks every segment of `work` and prepares the merged canonical documents. File-level problems (another
    /// project or locale, a document that does not exist, no canonical file yet) throw. `planned` holds documents
    /// an earlier file of the same merge will have written (by `Result.plannedKey`): they stand in for the files.
    public func merge(_ work: ReturnedWork, options: Options, planned: [String: XLIFFDocument] = [:]) throws(Diagnostic)
        -> Result
    {
        let locale = try locale(of: work)
        var result = Result(path: work.path, locale: locale)
        var documents = Documents(project: project, locale: locale, planned: planned)
        let placed = try place(work, in: &documents, refusals: &result)
        for (documentID, segments) in placed {
            guard var canonical = try documents.document(documentID),
                let fileIndex = canonical.files.firstIndex(where: { $0.id == documentID })
            else { continue }
            var where_: [String: (unit: Int, segment: Int)] = [:]
            for (ui, u) in canonical.files[fileIndex].units.enumerated() {
                for (si, s) in u.segments.enumerated() where !s.isIgnorable {
                    if let id = s.id { where_[id] = (ui, si) }
                }
            }
            var changed = false
            for var r in segments {
                func refuse(_ rule: String, _ message: String, structural: Bool = true) {
                    result.refusals.append(
                        Diagnostic(rule: rule, path: work.path, line: r.line, message: "\(r.label): \(message)"))
                    if structural { result.hasStructuralRefusal = true }
                }
                guard let id = r.id, let (ui, si) = where_[id] else { continue }
                let unit = canonical.files[fileIndex].units[ui]
                let current = unit.segments[si]
                if r.needsWork { result.skipped += 1; continue }
                if r.positionalCodes {
                    r.source = r.source.map { OmegaTTags.resolve($0, source: current.source) }
                    r.target = OmegaTTags.resolve(r.target, source: current.source)
                }
                if let source = r.source, !Self.sameSource(source, current.source) {
                    refuse(
                        "merge.source-changed",
                        "the source was changed: expected “\(TaggedText.render(current.source))”, the file has “\(TaggedText.render(source))”"
                    )
                    continue
                }
                let target: Inline.Segment
                switch Self.restoreCodes(r.target, source: current.source) {
                case .failure(let problem): refuse("merge.inline-codes", problem.description); continue
                case .success(let t): target = t
                }
                let sourceText = InlineContent.notice(xliff: current.source, originalData: unit.originalData)
                let targetText = InlineContent.notice(xliff: target, originalData: unit.originalData)
                let input = QAInput(
                    segmentID: id, sourceText: sourceText.text, sourceCodes: sourceText.codes,
                    targetText: targetText.text,
                    targetCodes: targetText.codes, sourceLocale: project.config.source, targetLocale: locale,
                    isMessageFormat: unit.isMessageFormat,
                    fixedOrderCodeIDs: Set(current.source.xliffCodes.filter { !$0.canReorder }.compactMap(\.id)),
                    // A reviewer's suppressions count from the returned file as from the canonical one.
                    suppressions: QASuppression.all(in: unit) + QASuppression.all(in: r.notes))
                let errors = checks.flatMap { $0.findings(for: input) }.filter { $0.severity == .error }
                if !errors.isEmpty {
                    for e in errors { refuse(e.checkID, e.message, structural: false) }
                    continue
                }
                let state = options.state ?? max(r.state ?? .translated, .translated)
                let same = current.target.map { Self.nfc($0) == target } ?? false
                if same && current.effectiveState >= state {
                    // The translation stands; a reviewer's new notes (suppressions, remarks) still come in.
                    let taken = Self.take(r.notes, into: &canonical.files[fileIndex].units[ui].notes)
                    result.notesTaken += taken
                    changed = changed || taken > 0
                    result.unchanged += 1
                    continue
                }
                if current.effectiveState > state && current.effectiveState >= .reviewed && !options.force {
                    refuse(
                        "merge.lower-state",
                        "would replace a \(current.effectiveState.rawValue) translation with a \(state.rawValue) one (use --force, or --state \(current.effectiveState.rawValue))"
                    )
                    continue
                }
                var segment = current
                segment.target = target
                segment.state = state
                segment.subState = nil
                canonical.files[fileIndex].units[ui].segments[si] = segment
                result.notesTaken += Self.take(r.notes, into: &canonical.files[fileIndex].units[ui].notes)
                result.accepted += 1
                changed = true
                result.memoryEntries.append(
                    ProjectMemory.Entry(
                        source: InlineContent.tmx(sourceText), target: InlineContent.tmx(targetText),
                        context: unit.metadata?.group(XLIFFUnit.jejuCategory)?["context"]))
            }
            if changed { result.updates.append((documentID, canonical)) }
        }
        if !result.refusals.isEmpty && !options.partial {
            result.updates = []
            result.memoryEntries = []
        }
        return result
    }

    /// The canonical translations of one locale, each read once, and how to find a segment in them.
    struct Documents {
        let project: Project
        let locale: String
        private var loaded: [String: XLIFFDocument?] = [:]
        private var all: [String]?
        private var indexes: [String: Index] = [:]

        /// A document's segment ids, and its segment ids by source text (`StableID.key`).
        struct Index {
            var ids: Set<String> = []
            var bySource: [String: [String]] = [:]
            var original: String?
        }

        /// Documents an earlier file of the same merge will have written, by `Result.plannedKey`.
        let planned: [String: XLIFFDocument]

        init(project: Project, locale: String, planned: [String: XLIFFDocument] = [:]) {
            self.project = project
            self.locale = locale
            self.planned = planned
        }

        /// The canonical translation of `id` (as an earlier file of the merge leaves it), nil when there is none.
        mutating func document(_ id: String) throws(Diagnostic) -> XLIFFDocument? {
            if let d = loaded[id] { return d }
            var d = planned[Result.plannedKey(locale: locale, documentID: id)]
            if d == nil { d = try CanonicalTranslation.load(project: project, locale: locale, documentID: id) }
            loaded[id] = d
            return d
        }

        /// The ids of every document translated into the locale (`locales/<tag>/*.xlf`).
        mutating func ids() -> [String] {
            if let all { return all }
            let folder = project.localeFolder(locale)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            all = names.filter { $0.hasSuffix(".xlf") && !$0.hasPrefix(".") }.map { String($0.dropLast(4)) }.sorted()
            return all ?? []
        }

        mutating func index(_ id: String) throws(Diagnostic) -> Index? {
            if let i = indexes[id] { return i }
            guard let d = try document(id), let file = d.file(id: id) else { return nil }
            var i = Index(original: file.original)
            for u in file.units {
                for s in u.segments where !s.isIgnorable {
                    guard let sid = s.id else { continue }
                    i.ids.insert(sid)
                    i.bySource[StableID.key(s.source.text), default: []].append(sid)
                }
            }
            indexes[id] = i
            return i
        }

        /// The document whose source file is `path` (a PO `#:` reference, an XLIFF 1.2 `sourcefile`).
        mutating func document(forSource path: String) throws(Diagnostic) -> String? {
            for id in ids() where try index(id)?.original == path { return id }
            return nil
        }
    }

    /// Where each returned segment goes: by document and id; when a converter lost the id (or the document,
    /// making the ids it wrote meaningless), by its source text, as `msgmerge` finds an entry by msgid. The document is the file's
    /// when it names one, else each segment's location, the file's name, `--document`, or every document of the
    /// locale. A source found in several segments is placed in all of them when every entry with that source
    /// gives the same translation, and refused as ambiguous otherwise. What cannot be placed is refused with
    /// the reason.
    func place(
        _ work: ReturnedWork, in documents: inout Documents,
        refusals result: inout Result
    ) throws(Diagnostic) -> [(String, [ReturnedWork.Segment])] {
        var placed: [String: [ReturnedWork.Segment]] = [:]
        var order: [String] = []
        var seen: Set<String> = []
        func put(_ segment: ReturnedWork.Segment, _ document: String, _ id: String) {
            // One entry per segment: a repeated source given once fills each of its segments once.
            guard seen.insert("\(document)\u{0}\(id)").inserted else { return }
            var s = segment
            s.id = id
            if placed[document] == nil { order.append(document) }
            placed[document, default: []].append(s)
        }
        func refuse(_ s: ReturnedWork.Segment, _ rule: String, _ message: String) {
            result.refusals.append(
                Diagnostic(rule: rule, path: work.path, line: s.line, message: "\(s.label): \(message)"))
            result.hasStructuralRefusal = true
        }
        var unplaced: [(segment: ReturnedWork.Segment, documents: [String])] = []
        for returned in work.documents {
            var fileDocument: String?
            if let id = returned.id {
                guard try documents.document(id) != nil, try documents.index(id) != nil else {
                    throw Diagnostic(
                        rule: "merge.unknown-document", path: work.path, line: returned.line,
                        message:
                            "no translation of '\(id)' into \(documents.locale) in this project (locales/\(documents.locale)/\(id).xlf); is the file from another project, or is 'jeju extract' needed?"
                    )
                }
                fileDocument = id
            } else if let hint = returned.nameHint, try documents.index(hint) != nil {
                fileDocument = hint
            }
            if let hint = work.documentHint, try documents.index(hint) == nil {
                throw Diagnostic(
                    rule: "merge.unknown-document", path: work.path, line: returned.line,
                    message: "--document \(hint): no translation of '\(hint)' into \(documents.locale) in this project")
            }
            for s in returned.segments {
                var located: String?
                if returned.id == nil {
                    for path in s.locations where located == nil { located = try documents.document(forSource: path) }
                }
                let candidates: [String]
                if returned.id != nil, let fileDocument {
                    candidates = [fileDocument]
                } else if let d = located ?? fileDocument ?? work.documentHint {
                    candidates = [d]
                } else {
                    candidates = documents.ids()
                }
                var byID: String?
                if let id = s.id {
                    for d in candidates where byID == nil {
                        if try documents.index(d)?.ids.contains(id) == true { byID = d }
                    }
                }
                if let id = s.id, let byID {
                    put(s, byID, id)
                } else if s.id != nil && returned.id != nil {
                    // Jeju's own file with an id its document lacks: another version of the document.
                    refuse(
                        s, "merge.unknown-segment",
                        "no segment with this id in \(candidates[0]) (is the file from another version or project?)")
                } else {
                    unplaced.append((s, candidates))
                }
            }
        }
        // By source, once every id is placed: a segment another entry names by id is not a candidate.
        let taken = Set(placed.flatMap { d, segments in segments.compactMap { $0.id.map { "\(d)\u{0}\($0)" } } })
        var targets: [String: Set<Inline.Segment>] = [:]
        for u in unplaced {
            if let source = u.segment.source {
                targets[StableID.key(source.text), default: []].insert(u.segment.target)
            }
        }
        for (s, candidates) in unplaced {
            guard let source = s.source else {
                refuse(
                    s, "merge.unknown-segment",
                    "no segment with this id in \(candidates.count == 1 ? candidates[0] : "the \(documents.locale) documents") (is the file from another version or project?)"
                )
                continue
            }
            let key = StableID.key(source.text)
            var found: [(String, String)] = []
            for d in candidates {
                for id in try documents.index(d)?.bySource[key] ?? [] where !taken.contains("\(d)\u{0}\(id)") {
                    found.append((d, id))
                }
            }
            let where_ = candidates.count == 1 ? candidates[0] : "any \(documents.locale) document"
            if found.isEmpty {
                refuse(
                    s, "merge.unknown-segment",
                    s.id == nil
                        ? "no segment with this source in \(where_) (is the file from another version or project?)"
                        : "no segment with this id or source in \(where_) (is the file from another version or project?)"
                )
            } else if found.count == 1 || targets[key]?.count == 1 {
                for (d, id) in found { put(s, d, id) }
            } else {
                refuse(
                    s, "merge.ambiguous-source",
                    "the file has no id for it, its source is in \(found.count) segments (\(found.map { "\($0.0) \($0.1)" }.joined(separator: ", "))) and it gives them different translations; merge a file that keeps the ids (msgctxt)"
                )
            }
        }
        return order.map { ($0, placed[$0] ?? []) }
    }

    /// Takes a returned unit's notes into the canonical one: a note with the id of one there replaces it when its
    /// text or attributes changed (a reviewer rewrote it; XLIFF allows one note per id), one without a match is
    /// added; notes Jeju writes itself (`jeju-` ids) are left as extract made them. Returns how many were taken.
    static func take(_ returned: [XLIFFNote], into notes: inout [XLIFFNote]) -> Int {
        var taken = 0
        for n in returned where !notes.contains(n) {
            if let id = n.id, let i = notes.firstIndex(where: { $0.id == id }) {
                guard !n.isGenerated else { continue }
                notes[i] = n
            } else {
                notes.append(n)
            }
            taken += 1
        }
        return taken
    }

    /// Content with its text in NFC.
    static func nfc(_ content: Inline.Segment) -> Inline.Segment { content.mapText(Normalizer.nfc) }

    /// Whether a returned source is the canonical one: the same text (NFC, white space runs as one) and the
    /// same code ids in the same order.
    static func sameSource(_ a: Inline.Segment, _ b: Inline.Segment) -> Bool {
        StableID.key(a.text) == StableID.key(b.text) && a.xliffCodes.map(\.id) == b.xliffCodes.map(\.id)
    }

    /// The target with each code given the source code's element and attributes (by id), or why it cannot be.
    static func restoreCodes(_ target: Inline.Segment, source: Inline.Segment)
        -> Swift.Result<Inline.Segment, MergeProblem>
    {
        var byID: [String: InlineCode] = [:]
        for c in source.xliffCodes where c.xliffElement != "ec" { byID[c.id ?? ""] = c }
        let endIDs = Set(source.xliffCodes.filter { $0.xliffElement == "ec" }.map { $0.id ?? "" })
        var used: [String: Int] = [:]
        var problem: String?
        var mapped = Inline.Segment(text: target.text)
        for case .code(let element, let c) in target.xliffPieces() {
            let id = c.id ?? ""
            func restored(_ element: String, closing: Bool = false, _ attributes: [String: String] = [:]) {
                mapped.codes.append(
                    InlineCode(
                        xliffElement: element, closing: closing, id: id, attributes: attributes, offset: c.offset))
            }
            switch (element, c.role) {
            case ("mrk", _), ("sm", _), ("em", _): mapped.codes.append(c)
            case ("pc", .closing): restored("pc", closing: true)
            case ("ec", _):
                if endIDs.contains(id) || byID[id]?.xliffElement == "pc" || byID[id]?.xliffElement == "sc" {
                    restored("ec")
                } else {
                    problem = problem ?? "the end of code \(id) is not in the source"
                }
            default:
                guard let s = byID[id] else {
                    problem = problem ?? "inline code \(id) is not in the source"
                    continue
                }
                used[id, default: 0] += 1
                switch (element, s.xliffElement) {
                case ("ph", "ph"), ("sc", "sc"), ("pc", "pc"): restored(element, s.attributes)
                case ("sc", "pc"): restored("sc", s.attributes)
                default:
                    problem =
                        problem
                        ?? "inline code \(id) is a \(s.xliffElement == "ph" ? "placeholder" : "paired code") in the source"
                }
            }
        }
        if let problem { return .failure(MergeProblem(problem)) }
        mapped = nfc(mapped)
        // A paired code of the source may come back as a start and an end, but not as one without the other (a
        // tag a translator deleted by mistake, e.g. OmegaT's </g0>).
        var starts: [String: Int] = [:], ends: [String: Int] = [:]
        for case .code(let element, let c) in mapped.xliffPieces() {
            if element == "sc" { starts[c.id ?? "", default: 0] += 1 }
            if element == "ec" { ends[c.id ?? "", default: 0] += 1 }
        }
        for (id, s) in byID.sorted(by: { $0.key < $1.key })
        where s.xliffElement == "pc" && starts[id, default: 0] != ends[id, default: 0] {
            return .failure(
                MergeProblem(
                    "inline code \(id) is a paired code in the source, but the translation has its \(starts[id, default: 0] > ends[id, default: 0] ? "start without its end" : "end without its start")"
                ))
        }
        for (id, n) in used where n > 1 {
            if let s = byID[id], !s.canCopy {
                return .failure(
                    MergeProblem("inline code \(id) may not be copied (canCopy=\"no\") but appears \(n) times"))
            }
        }
        for (id, s) in byID.sorted(by: { $0.key < $1.key }) where used[id] == nil && !s.canDelete {
            return .failure(
                MergeProblem(
                    "inline code \(id) (\(s.xliffType ?? s.xliffElement)) is missing and may not be deleted (canDelete=\"no\")"
                ))
        }
        return .success(mapped)
    }
}

/// Why a returned segment's codes cannot be merged.
struct MergeProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
