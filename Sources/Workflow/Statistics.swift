import Foundation
import ICU
import Interchange
import JejuSupport

/// Counts for `jeju stats`: per locale and document, segments and words by state, and the leverage analysis
/// translators bill by.
///
/// Words are ICU word-break tokens of the source (words, numbers, ideographs; not spaces or punctuation), so
/// counts are right for any script. Leverage is each segment's best memory score when `jeju extract` analysed
/// it (kept in the file's `jeju:leverage` metadata): in-context exact (101), 100%, 95–99, 85–94, 75–84, 50–74,
/// no match; a segment whose text already came earlier in the locale's analysis, without a 100% or better
/// match, counts as a repetition.
public struct Statistics: Sendable, Codable, Equatable {
    /// Segments and words.
    public struct Count: Sendable, Codable, Equatable {
        /// Segments.
        public var segments = 0
        /// Source words.
        public var words = 0

        mutating func add(_ words: Int) {
            segments += 1
            self.words += words
        }

        mutating func add(_ other: Count) {
            segments += other.segments
            words += other.words
        }
    }

    /// The leverage bands, in billing order.
    public enum Band: String, Sendable, Codable, CaseIterable {
        /// 101: exact match in the same context.
        case inContext = "in-context"
        /// 100: exact match.
        case exact = "100%"
        /// 95–99.
        case fuzzy95 = "95-99%"
        /// 85–94.
        case fuzzy85 = "85-94%"
        /// 75–84.
        case fuzzy75 = "75-84%"
        /// 50–74.
        case fuzzy50 = "50-74%"
        /// Below 50.
        case noMatch = "no match"
        /// Text already counted earlier.
        case repetition = "repetitions"

        /// The band of a memory score (repetitions are decided by the caller).
        public static func of(score: Int) -> Band {
            switch score {
            case 101...: .inContext
            case 100: .exact
            case 95...99: .fuzzy95
            case 85...94: .fuzzy85
            case 75...84: .fuzzy75
            case 50...74: .fuzzy50
            default: .noMatch
            }
        }
    }

    /// The counts of one document in one locale (or a total).
    public struct Entry: Sendable, Codable, Equatable {
        /// The locale.
        public var locale: String
        /// The document id (`*` for a locale's total).
        public var document: String
        /// Everything.
        public var total = Count()
        /// By state (`initial`, `translated`, `reviewed`, `final`).
        public var byState: [String: Count] = [:]
        /// By leverage band.
        public var leverage: [String: Count] = [:]
    }

    /// Per document and locale, then a total per locale.
    public var entries: [Entry]

    /// The one way Jeju counts words (`jeju stats`, `jeju tm stats`): ICU word-break tokens of the source
    /// language — words, numbers, ideographs — not spaces or punctuation.
    public static func wordCounter(for project: Project) throws(Diagnostic) -> WordCounter {
        do {
            return try WordCounter(locale: LanguageTag(project.config.source).icuLocale)
        } catch {
            throw Diagnostic(
                rule: "icu.word-break", path: project.config.source, message: "cannot open ICU word breaks: \(error)")
        }
    }

    /// Computes statistics for `locales` over the canonical files of `documents` that exist.
    /// `progress` hears how many of the locales × documents are done (one call at a time, from any thread).
    ///
    /// Each locale's files are read and their words counted on all cores, each file a job with a word counter of
    /// its own thread's; their counts are then added up in document order, since whether a segment repeats one
    /// before it depends on that order. One locale's counts are held at a time.
    public static func compute(
        project: Project, documents: [SourceDocument], locales: [String],
        progress: (Int) -> Void = { _ in }
    ) throws(Diagnostic) -> Statistics {
        let counters = Parallel.Pool(idle: [try wordCounter(for: project)]) { () throws(Diagnostic) in
            try wordCounter(for: project)
        }
        progress(0)
        var entries: [Entry] = []
        for (l, locale) in locales.enumerated() {
            let files = try withoutActuallyEscaping(progress) { progress throws(Diagnostic) in
                try Parallel.map(documents.count, completed: { progress(l * documents.count + $0) }) {
                    i throws(Diagnostic) -> [Counted]? in
                    try counters.using { counter throws(Diagnostic) in
                        try counted(project: project, locale: locale, document: documents[i].id, counter)
                    }
                }
            }
            var seen = Set<String>()
            var total = Entry(locale: locale, document: "*")
            for (d, segments) in zip(documents, files) {
                guard let segments else { continue }
                var entry = Entry(locale: locale, document: d.id)
                for s in segments {
                    entry.total.add(s.words)
                    entry.byState[s.state, default: Count()].add(s.words)
                    var band = Band.of(score: s.score)
                    if !seen.insert(s.key).inserted && s.score < 100 { band = .repetition }
                    entry.leverage[band.rawValue, default: Count()].add(s.words)
                }
                total.total.add(entry.total)
                for (k, v) in entry.byState { total.byState[k, default: Count()].add(v) }
                for (k, v) in entry.leverage { total.leverage[k, default: Count()].add(v) }
                entries.append(entry)
            }
            entries.append(total)
        }
        return Statistics(entries: entries)
    }

    /// One segment as the statistics count it: its text's key (for repetitions), its source words, its state and
    /// its memory score when `jeju extract` analysed it.
    struct Counted {
        var key: String
        var words: Int
        var state: String
        var score: Int
    }

    /// The segments of one document's canonical file in `locale`; nil when it has none.
    static func counted(project: Project, locale: String, document: String, _ counter: WordCounter)
        throws(Diagnostic) -> [Counted]?
    {
        guard let doc = try CanonicalTranslation.load(project: project, locale: locale, documentID: document),
            let file = doc.file(id: document)
        else { return nil }
        var out: [Counted] = []
        for unit in file.units {
            let scores = unit.metadata?.group(Extractor.leverageCategory)
            for s in unit.segments where !s.isIgnorable {
                let text = s.source.text
                out.append(
                    Counted(
                        key: StableID.key(text), words: counter.count(text), state: s.effectiveState.rawValue,
                        score: s.id.flatMap { scores?[$0] }.flatMap { Int($0) } ?? 0))
            }
        }
        return out
    }

    /// A plain-text table: one block per locale, a line per document.
    public var text: String {
        var out = ""
        let states = XLIFFState.allCases.map(\.rawValue)
        for e in entries {
            let name = e.document == "*" ? "\(e.locale) total" : "\(e.locale) \(e.document)"
            out += "\(name): \(e.total.segments) segments, \(e.total.words) words\n"
            out +=
                "  state:    "
                + states.map { "\($0) \(e.byState[$0]?.segments ?? 0)/\(e.byState[$0]?.words ?? 0)" }.joined(
                    separator: ", ") + "\n"
            out +=
                "  leverage: "
                + Band.allCases.map {
                    "\($0.rawValue) \(e.leverage[$0.rawValue]?.segments ?? 0)/\(e.leverage[$0.rawValue]?.words ?? 0)"
                }
                .joined(separator: ", ") + "\n"
        }
        if !entries.isEmpty { out += "(segments/words)\n" }
        return out
    }
}
