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
    /// `progress` hears how many of the locales × documents are done.
    public static func compute(
        project: Project, documents: [SourceDocument], locales: [String],
        progress: (Int) -> Void = { _ in }
    ) throws(Diagnostic) -> Statistics {
        let counter = try wordCounter(for: project)
        var entries: [Entry] = []
        var done = 0
        for locale in locales {
            var seen = Set<String>()
            var total = Entry(locale: locale, document: "*")
            for d in documents {
                progress(done)
                done += 1
                guard let doc = try CanonicalTranslation.load(project: project, locale: locale, documentID: d.id),
                    let file = doc.file(id: d.id)
                else { continue }
                var entry = Entry(locale: locale, document: d.id)
                for unit in file.units {
                    let scores = unit.metadata?.group(Extractor.leverageCategory)
                    for s in unit.segments where !s.isIgnorable {
                        let text = s.source.text
                        let words = counter.count(text)
                        entry.total.add(words)
                        entry.byState[s.effectiveState.rawValue, default: Count()].add(words)
                        let score = s.id.flatMap { scores?[$0] }.flatMap { Int($0) } ?? 0
                        var band = Band.of(score: score)
                        if !seen.insert(StableID.key(text)).inserted && score < 100 { band = .repetition }
                        entry.leverage[band.rawValue, default: Count()].add(words)
                    }
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
