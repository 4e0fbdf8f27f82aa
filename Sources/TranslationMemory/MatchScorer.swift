import ICU
import Inline
import JejuSupport

/// The part of a lookup every backend shares: scoring a unit that passed a candidate filter, and choosing the
/// best matches. The embedded index and the PostgreSQL backend both end here, so for the same units they can only
/// give the same matches with the same scores.
public final class MatchScorer {
    /// The source language (the project's).
    public let sourceLanguage: String
    /// The target locale.
    public let locale: String
    let sourceTokenizer: SegmentTokenizer
    let targetTokenizer: SegmentTokenizer

    /// A scorer for `sourceLanguage` → `locale`. Not thread-safe (ICU break iterators): one per thread.
    public init(sourceLanguage: String, locale: String) throws(Diagnostic) {
        self.sourceLanguage = sourceLanguage
        self.locale = locale
        do {
            sourceTokenizer = try SegmentTokenizer(language: sourceLanguage)
            targetTokenizer = try SegmentTokenizer(language: locale)
        } catch {
            throw Diagnostic(rule: "icu.word-break", path: locale, message: "cannot open ICU word breaks: \(error)")
        }
    }

    /// A query tokenized once.
    public struct Query {
        /// The query segment.
        public var segment: Segment
        /// Its context, for in-context (101) matches.
        public var context: String?
        /// Its tokens (of the NFC text).
        public var tokens: SegmentTokenizer.Tokens
    }

    /// Tokenizes a query.
    public func prepare(_ segment: Segment, context: String?) -> Query {
        Query(segment: segment, context: context, tokens: sourceTokenizer.tokens(Normalizer.nfc(segment.text)))
    }

    /// The tokens a unit's source is indexed by (what the embedded index stores as token ids).
    public func indexTokens(_ sourceText: String) -> [String] { sourceTokenizer.tokens(sourceText).words }

    /// The match a unit gives for `query`, given its token score `base`; nil when the unit lacks either language.
    /// `unitLength` is the unit's token count, `queryLength` the query's.
    public func match(
        _ tu: TranslationUnit, base: Int, queryLength: Int, unitLength: Int, penalty: Int, file: String,
        ordinal: Int, query q: Query
    ) -> Match? {
        Self.match(
            tu, base: base, queryLength: queryLength, unitLength: unitLength, penalty: penalty, file: file,
            ordinal: ordinal,
            segment: q.segment, context: q.context, queryTokens: q.tokens, sourceLanguage: sourceLanguage,
            locale: locale,
            sourceTokenizer: sourceTokenizer, targetTokenizer: targetTokenizer)
    }

    // swiftlint:disable:next function_parameter_count
    static func match(
        _ tu: TranslationUnit, base: Int, queryLength: Int, unitLength: Int, penalty: Int, file: String, ordinal: Int,
        segment: Segment, context: String?, queryTokens: SegmentTokenizer.Tokens, sourceLanguage: String,
        locale: String, sourceTokenizer: SegmentTokenizer, targetTokenizer: SegmentTokenizer,
        unitTokens: SegmentTokenizer.Tokens? = nil, adapting: Bool = true
    ) -> Match? {
        guard let source = tu.variant(in: sourceLanguage), let target = tu.variant(in: locale) else { return nil }
        let tokens = unitTokens ?? sourceTokenizer.tokens(Normalizer.nfc(source.segment.text))
        let numberDiff = FuzzyScore.rankDifferences(queryTokens.numbers, tokens.numbers)
        let codeDiff = FuzzyScore.rankDifferences(segment.codes.map(\.tmxKind), source.segment.codes.map(\.tmxKind))
        let sameWords = base == 100 && queryLength == unitLength
        let formatting = sameWords && queryTokens.skeleton != tokens.skeleton ? FuzzyScore.formatting : 0
        let unitContext = tu.context
        let score = FuzzyScore(
            base: base, numberPenalty: numberDiff * FuzzyScore.perNumber,
            codePenalty: codeDiff * FuzzyScore.perCode, formattingPenalty: formatting,
            memoryPenalty: penalty, inContext: context != nil && context == unitContext)
        let match = Match(
            score: score, source: source.segment, target: target.segment, adaptedTarget: target.segment,
            adaptations: [], origin: Match.Origin(file: file, tuid: tu.id, unit: ordinal), context: unitContext)
        guard adapting else { return match }
        return adapted(
            match, segment: segment, queryTokens: queryTokens, sourceTokenizer: sourceTokenizer,
            targetTokenizer: targetTokenizer, sourceTokens: tokens)
    }

    /// `match` scored with `adapting` false, adapted to the query: the numbers and codes that differ replaced in
    /// the suggested target (only the matches a lookup returns need it). `sourceTokens`: the tokens of its source,
    /// when known.
    static func adapted(
        _ match: Match, segment: Segment, queryTokens: SegmentTokenizer.Tokens, sourceTokenizer: SegmentTokenizer,
        targetTokenizer: SegmentTokenizer, sourceTokens: SegmentTokenizer.Tokens? = nil
    ) -> Match {
        var m = match
        let tokens = sourceTokens ?? sourceTokenizer.tokens(Normalizer.nfc(m.source.text))
        (m.adaptedTarget, m.adaptations) = Adaptation.adapt(
            target: m.target, source: m.source, sourceNumbers: tokens.numbers, query: segment,
            queryNumbers: queryTokens.numbers, tokenizer: targetTokenizer)
        return m
    }

    /// The best matches among `candidates` (units whose token score `base` reached `minimum`), best first, at most
    /// `maximum`: candidates are verified best base first (ties in `order`), and verifying stops once no remaining
    /// candidate can enter the top `maximum` (penalties only lower a score).
    ///
    /// With `bound` (the most a candidate can score: its base, 101 for an exact match in the query's context, less
    /// its memory's penalty) and `precedes` (whether a candidate comes before a match of the same score in `rank`,
    /// which `order` must then follow too), verifying also stops at a candidate that could at best tie with the
    /// last of the top `maximum` and would rank after it: a memory holding one sentence in many contexts is not
    /// read unit by unit for every query. `sorted`: the candidates are already in that order.
    public static func select<C>(
        _ candidates: [C], sorted: Bool = false, base: (C) -> Int, bound: ((C) -> Int)? = nil,
        precedes: ((C, Match) -> Bool)? = nil, order: (C, C) -> Bool, minimum: Int, maximum: Int?,
        verify: (C) throws(Diagnostic) -> Match?
    ) throws(Diagnostic) -> [Match] {
        func best(_ c: C) -> Int { bound?(c) ?? base(c) }
        var found = candidates
        if !sorted {
            found.sort { a, b in
                best(a) != best(b) ? best(a) > best(b) : order(a, b)
            }
        }
        var matches: [Match] = []
        for c in found {
            if let maximum, maximum > 0, matches.count >= maximum {
                matches.sort(by: rank)
                let kth = matches[maximum - 1]
                let most = best(c)
                if most < kth.score.value { break }
                if most == kth.score.value, let precedes, !precedes(c, kth) { break }
            }
            guard let m = try verify(c) else { continue }
            if m.score.value >= minimum { matches.append(m) }
        }
        matches.sort(by: rank)
        if let maximum, matches.count > maximum { matches.removeLast(matches.count - maximum) }
        return matches
    }

    /// The order of matches: score, then memory penalty, file and unit position.
    public static func rank(_ a: Match, _ b: Match) -> Bool {
        if a.score.value != b.score.value { return a.score.value > b.score.value }
        if a.score.memoryPenalty != b.score.memoryPenalty { return a.score.memoryPenalty < b.score.memoryPenalty }
        if a.origin.file != b.origin.file { return a.origin.file < b.origin.file }
        return a.origin.unit < b.origin.unit
    }

    /// The token score of a unit with `unitTokens` for a query with `queryTokens` (ids from one vocabulary), or nil
    /// when it cannot reach `minimum` (bounded distance). `scratch` is reused between calls.
    public static func base(_ queryTokens: [UInt32], _ unitTokens: [UInt32], minimum t: Int, scratch: inout [Int32])
        -> Int?
    {
        let n = queryTokens.count, m = unitTokens.count
        let bound = t <= 0 ? Int.max : FuzzyScore.maximumDistance(length: max(n, m), threshold: t)
        let d = queryTokens.withUnsafeBufferPointer { q in
            unitTokens.withUnsafeBufferPointer { u in Levenshtein.distance(q, u, bound: bound, scratch: &scratch) }
        }
        guard let d else { return nil }
        let b = FuzzyScore.base(distance: d, queryLength: n, matchLength: m)
        return b >= t ? b : nil
    }
}
