import Foundation
import Glossary
import ICU
import Inline
import Interchange
import JejuSupport
import Notices
import TranslationMemory

/// Builds or updates the canonical XLIFF of one source document for one locale: `jeju extract`.
///
/// - Ids come from content (`StableID`), so an unchanged sentence keeps its id, target, state and candidates.
/// - A new sentence is looked up in memory: an exact (100) or in-context (101) match fills the target with
///   `state="translated"` and `subState` `jeju:tm-exact` / `jeju:tm-in-context`; a fuzzy match is only a
///   candidate (`mtc:match`).
/// - A sentence whose source changed is paired with the old sentence it replaces (the most similar one left, at
///   least 50): the old target becomes a candidate (`subType="jeju:previous"`, its source the previous source)
///   and the segment goes back to `initial` with `subState="jeju:source-changed"`.
/// - Old sentences that are gone leave the file; their translations go to the project memory.
/// - Notes people wrote (ids not starting `jeju-`) stay with the unit that has their sentences.
public final class Extractor {
    /// The subState of a target filled from an in-context memory match.
    public static let inContextSubState = "jeju:tm-in-context"
    /// The subState of a target filled from an exact memory match.
    public static let exactSubState = "jeju:tm-exact"
    /// The subState of a segment whose source changed since it was translated.
    public static let sourceChangedSubState = "jeju:source-changed"
    /// The `mtc:match` subType of a segment's translation before its source changed.
    public static let previousSubType = "jeju:previous"
    /// The `mda:metaGroup` category holding each segment's best memory score when it was analysed.
    public static let leverageCategory = "jeju:leverage"
    /// The lowest memory score offered as a candidate.
    public static let candidateMinimum = 50
    /// How many memory candidates a segment gets at most.
    public static let candidateLimit = 3

    /// What happened to one document in one locale.
    public struct Report: Sendable, Equatable {
        /// The document id.
        public var document: String
        /// The locale.
        public var locale: String
        /// Segments whose id and source were already in the file.
        public var unchanged = 0
        /// New segments.
        public var added = 0
        /// Segments whose source changed (paired with an old one).
        public var changed = 0
        /// Old segments no longer in the source.
        public var removed = 0
        /// Targets filled from memory.
        public var pretranslated = 0
    }

    /// The result for one document and locale: the new XLIFF, the memory entries to keep, the report.
    public struct Outcome {
        /// The canonical XLIFF.
        public var document: XLIFFDocument
        /// Translations of removed or changed sentences, for the project memory.
        public var memoryEntries: [ProjectMemory.Entry]
        /// What happened.
        public var report: Report
    }

    let project: Project
    let termbase: Termbase?
    var matchers: [String: TermMatcher] = [:]

    /// An extractor for `project`, with its termbase for glossary entries (nil: none).
    public init(project: Project, termbase: Termbase?) {
        self.project = project
        self.termbase = termbase
    }

    /// Where the old document's segments are, and which ones are taken.
    struct OldSegments {
        var byID: [String: (segment: XLIFFSegment, unit: XLIFFUnit)] = [:]
        var order: [String] = []
        var used = Set<String>()

        init(_ document: XLIFFDocument?, file: String) {
            guard let f = document?.file(id: file) else { return }
            for u in f.units {
                for s in u.segments where !s.isIgnorable {
                    guard let id = s.id, byID[id] == nil else { continue }
                    byID[id] = (s, u)
                    order.append(id)
                }
            }
        }
    }

    static func hasTarget(_ s: XLIFFSegment) -> Bool { s.target.map { !$0.isEmpty } ?? false }

    /// Extracts `source` for `locale`, updating `old` (the current canonical file, if any), with matches from
    /// `memory` (nil: no memory yet).
    public func extract(_ source: SourceDocument, locale: String, old: XLIFFDocument?, memory: (any MemoryLookup)?)
        throws(Diagnostic) -> Outcome
    {
        var report = Report(document: source.id, locale: locale)
        var olds = OldSegments(old, file: source.id)
        let similarity = try TextSimilarity(locale: project.config.source, path: source.path)
        // Pass 1: unchanged sentences keep their segment.
        var reused = Set<String>()
        for unit in source.units {
            for s in unit.sentences {
                if let o = olds.byID[s.id], !olds.used.contains(s.id),
                    InlineContent.notice(xliff: o.segment.source, originalData: o.unit.originalData) == s.content
                {
                    olds.used.insert(s.id)
                    reused.insert(s.id)
                }
            }
        }
        // Pass 2: each new sentence finds the old one it replaces: in the unit of the same id or name first
        // (a UI message whose text changed), else the most similar one left (at least 50).
        var predecessors: [String: (segment: XLIFFSegment, unit: XLIFFUnit, score: Int)] = [:]
        for unit in source.units {
            for s in unit.sentences where !reused.contains(s.id) {
                var best: (id: String, rank: Int, score: Int)?
                for id in olds.order where !olds.used.contains(id) {
                    guard let o = olds.byID[id], Self.hasTarget(o.segment) else { continue }
                    let sameUnit = o.unit.id == unit.id || (unit.name != nil && o.unit.name == unit.name)
                    let score = similarity.score(o.segment.source.text, s.text)
                    guard sameUnit || score >= 50 else { continue }
                    let rank = score + (sameUnit ? 1000 : 0)
                    if best.map({ rank > $0.rank }) ?? true { best = (id, rank, score) }
                }
                if let best, let o = olds.byID[best.id] {
                    olds.used.insert(best.id)
                    predecessors[s.id] = (o.segment, o.unit, best.score)
                }
            }
        }
        var entries: [ProjectMemory.Entry] = []
        var units: [XLIFFUnit] = []
        for unit in source.units {
            units.append(
                try build(
                    unit, in: source, locale: locale, olds: olds, reused: reused, predecessors: predecessors,
                    memory: memory,
                    report: &report, entries: &entries))
        }
        // Sentences that are gone: their translations stay in the memory.
        for id in olds.order where !olds.used.contains(id) {
            guard let o = olds.byID[id] else { continue }
            report.removed += 1
            if Self.hasTarget(o.segment), let t = o.segment.target {
                entries.append(memoryEntry(source: o.segment.source, target: t, unit: o.unit, document: source.id))
            }
        }
        // A changed sentence's old translation too (it is also kept in the file as a candidate).
        for (_, p) in predecessors.sorted(by: { $0.key < $1.key }) {
            if let t = p.segment.target {
                entries.append(memoryEntry(source: p.segment.source, target: t, unit: p.unit, document: source.id))
            }
        }
        var fileNotes: [XLIFFNote] = []
        if let title = source.title {
            fileNotes.append(XLIFFNote(id: "jeju-title", category: "context", text: "Notice: \(title)"))
        }
        if let oldFile = old?.file(id: source.id) { fileNotes += oldFile.notes.filter { !$0.isGenerated } }
        let file = XLIFFFile(id: source.id, original: source.path, notes: fileNotes, units: units)
        let document = XLIFFDocument(sourceLanguage: project.config.source, targetLanguage: locale, files: [file])
        return Outcome(document: document, memoryEntries: entries, report: report)
    }

    func memoryEntry(source: Inline.Segment, target: Inline.Segment, unit: XLIFFUnit, document: String)
        -> ProjectMemory.Entry
    {
        ProjectMemory.Entry(
            source: InlineContent.tmx(InlineContent.notice(xliff: source, originalData: unit.originalData)),
            target: InlineContent.tmx(InlineContent.notice(xliff: target, originalData: unit.originalData)),
            context: SourceDocument.context(document: document, unit: unit.id))
    }

    func build(
        _ unit: SourceDocument.Unit, in source: SourceDocument, locale: String, olds: OldSegments, reused: Set<String>,
        predecessors: [String: (segment: XLIFFSegment, unit: XLIFFUnit, score: Int)], memory: (any MemoryLookup)?,
        report: inout Report, entries: inout [ProjectMemory.Entry]
    ) throws(Diagnostic) -> XLIFFUnit {
        var data: [(id: String, value: String)] = []
        var segments: [XLIFFSegment] = []
        var matches: [XLIFFMatch] = []
        var leverage: [(type: String, value: String)] = []
        var keptNotes: [XLIFFNote] = []
        func keepNotes(of old: XLIFFUnit) {
            for n in old.notes where !n.isGenerated && !keptNotes.contains(n) { keptNotes.append(n) }
        }
        let context = SourceDocument.context(document: source.id, unit: unit.id)
        for s in unit.sentences {
            if !s.gapBefore.isEmpty {
                segments.append(
                    XLIFFSegment(id: nil, isIgnorable: true, source: Segment(text: s.gapBefore), preservesSpace: true))
            }
            let content = InlineContent.xliff(s.content, originalData: &data)
            var segment = XLIFFSegment(id: s.id, source: content)
            var analysed: Int?
            var kept = false
            if reused.contains(s.id), let o = olds.byID[s.id] {
                keepNotes(of: o.unit)
                analysed = o.unit.metadata?.group(Self.leverageCategory)?[s.id].flatMap { Int($0) }
                if Self.hasTarget(o.segment) {
                    segment.state = o.segment.state
                    segment.subState = o.segment.subState
                    segment.target = o.segment.target
                    matches += o.unit.matches.filter { $0.segmentID == s.id }
                    kept = true
                }
                report.unchanged += 1
            } else if let p = predecessors[s.id] {
                keepNotes(of: p.unit)
                report.changed += 1
                segment.state = .initial
                segment.subState = Self.sourceChangedSubState
                matches.append(
                    XLIFFMatch(
                        id: "\(s.id)-p", ref: "#\(s.id)", similarity: Double(p.score),
                        origin: "\(source.path) (before the change)",
                        type: "other", subType: Self.previousSubType,
                        metadata: XLIFFMetadata(groups: [
                            .init(category: "jeju:previous", entries: [("state", p.segment.effectiveState.rawValue)])
                        ]),
                        source: Self.detached(p.segment.source),
                        target: Self.detached(p.segment.target ?? Inline.Segment(text: ""))))
            } else {
                report.added += 1
            }
            if !kept, let memory {
                let found = try memory.matches(
                    for: InlineContent.tmx(s.content), context: context,
                    minimum: Self.candidateMinimum, maximum: Self.candidateLimit)
                if analysed == nil { analysed = found.first?.score.value ?? 0 }
                for (k, m) in found.enumerated() {
                    let target = InlineContent.notice(tmx: m.adaptedTarget)
                    let src = InlineContent.notice(tmx: m.source)
                    var scratch: [(id: String, value: String)] = []
                    matches.append(
                        XLIFFMatch(
                            id: "\(s.id)-m\(k + 1)", ref: "#\(s.id)", similarity: Double(min(m.score.value, 100)),
                            origin: "\(m.origin.file) unit \(m.origin.unit)", type: m.score.value > 100 ? "icm" : "tm",
                            metadata: XLIFFMetadata(groups: [
                                .init(category: "jeju:match", entries: [("score", String(m.score.value))])
                            ]),
                            source: Self.detached(
                                InlineContent.xliff(src, originalData: &scratch)),
                            target: Self.detached(
                                InlineContent.xliff(target, originalData: &scratch))))
                }
                if let best = found.first, best.score.value >= 100, best.score.base >= 100 {
                    segment.target = InlineContent.xliff(
                        InlineContent.notice(tmx: best.adaptedTarget), originalData: &data)
                    segment.state = .translated
                    segment.subState = best.score.value > 100 ? Self.inContextSubState : Self.exactSubState
                    report.pretranslated += 1
                }
            } else if !kept, analysed == nil {
                analysed = 0
            }
            leverage.append((s.id, String(analysed ?? 0)))
            segments.append(segment)
        }
        var metadata = XLIFFMetadata()
        metadata.groups.append(
            .init(
                category: XLIFFUnit.jejuCategory,
                entries: [
                    ("block-kind", unit.kind), ("source-line", String(unit.line)), ("block-index", String(unit.index)),
                    ("context", context),
                ]))
        metadata.groups.append(.init(category: Self.leverageCategory, entries: leverage))
        var notes: [XLIFFNote] = []
        if let title = source.title {
            notes.append(XLIFFNote(id: "jeju-title", category: "context", text: "Notice: \(title)"))
        }
        notes.append(
            XLIFFNote(id: "jeju-block", category: "context", text: "\(unit.kind), \(source.path):\(unit.line)"))
        if source.isMessageFormat {
            notes.append(
                XLIFFNote(
                    id: "jeju-format", category: "format",
                    text:
                        "ICU MessageFormat: keep {arguments}, plural/select keywords and # as they are; translate the text inside the branches, adding the plural categories your language needs."
                ))
        }
        return XLIFFUnit(
            id: unit.id, name: unit.name, metadata: metadata, glossary: try glossary(for: unit, locale: locale),
            matches: matches,
            notes: notes + keptNotes, originalData: data, segments: segments)
    }

    /// Candidate content keeps no references to native data (the unit's `originalData` belongs to its segments).
    static func detached(_ content: Inline.Segment) -> Inline.Segment {
        var out = content
        for i in out.codes.indices where !out.codes[i].isXLIFFMarker {
            out.codes[i].attributes = out.codes[i].attributes.filter { !$0.key.hasPrefix("dataRef") }
        }
        return out
    }

    /// The unit's termbase entries: each concept found in its source once, with the approved term in `locale`.
    /// Where the project has a register (`register: news`) and the preferred term is marked for another one that
    /// the source's own term is not in, the approved term that fits the register comes first ("Korea Selatan"
    /// before the formal "Republik Korea" where a news text says "Korea").
    func glossary(for unit: SourceDocument.Unit, locale: String) throws(Diagnostic) -> [XLIFFGlossaryEntry] {
        guard let termbase else { return [] }
        let source = project.config.source
        if matchers[source] == nil {
            do {
                matchers[source] = try TermMatcher(termbase: termbase, locale: source)
            } catch {
                throw Diagnostic(
                    rule: "glossary.match", path: project.config.glossary, message: "cannot match terms: \(error)")
            }
        }
        guard let matcher = matchers[source] else { return [] }
        var out: [XLIFFGlossaryEntry] = []
        var seen = Set<String>()
        let text = unit.sentences.map { $0.gapBefore + $0.text }.joined()
        for m in matcher.matches(in: text) where seen.insert(m.conceptID).inserted {
            guard let concept = termbase.concept(id: m.conceptID) else { continue }
            let from = "\(project.config.glossary)#\(concept.id)"
            var entry = XLIFFGlossaryEntry(id: "g\(out.count + 1)", term: .init(m.text, source: from))
            for t in offeredTerms(concept, locale: locale, sourceTerm: m.term) {
                entry.translations.append(.init(t.text, source: from))
            }
            if let d = concept.definition(source) { entry.definition = .init(d, source: from) }
            out.append(entry)
        }
        return out
    }

    /// The target terms a glossary entry offers: the preferred one, after the approved one that fits the project's
    /// register when the preferred does not and the source term is not of the preferred's register.
    func offeredTerms(_ concept: Concept, locale: String, sourceTerm: String) -> [Term] {
        guard let preferred = concept.preferredTerm(locale) else { return [] }
        guard let register = project.config.register, !preferred.fits(register: register) else { return [preferred] }
        let sourceRegisters =
            concept.section(project.config.source)?.terms.first { $0.text == sourceTerm }?.registers ?? []
        guard !sourceRegisters.contains(where: preferred.registers.contains),
            let fitting = concept.section(locale)?.terms.first(where: {
                $0.status == .admitted && $0.fits(register: register)
            })
        else { return [preferred] }
        return [fitting, preferred]
    }
}
