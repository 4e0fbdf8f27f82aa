import ICU
import Inline
import JejuSupport
import Notices

/// Splits text into sentences: ICU's sentence break iterator with CLDR suppressions (`@ss=standard`) as the base,
/// SRX 2.0 rules on top (the first rule matching at a position decides), and the project's exception list first
/// of all.
///
/// Setup can fail (a bad SRX file, an unknown locale); segmenting cannot. A `Segmenter` is not thread-safe: it
/// owns ICU iterators and matchers; make one per thread.
public final class Segmenter {
    /// The BCP 47 tag the segmenter was built for.
    public let language: String
    /// The rules in the order they are tried.
    public let rules: [SRXRule]
    /// Project exceptions: abbreviations after which a sentence never ends.
    public let exceptions: [SegmentationException]

    private let icu: BreakIterator
    private let icuPlain: BreakIterator
    /// Each rule as a test at one position: `(?<=before)(?=after)` where ICU can bound the look-behind, else a
    /// windowed search (see `RuleMatcher`).
    private let matchers: [RuleMatcher]
    /// All look-behind tests in one alternation: a position where it fails needs no per-rule look.
    private let anyRule: ICURegex?
    /// The break rules' `before` patterns, scanned over the text to find positions ICU does not offer.
    private let breakScan: ICURegex?
    /// The rules as tables: character classes, screens, literal tries and sequences.
    private let tables: RuleTables
    /// The project exceptions, matched backwards from a boundary.
    private let exceptionTrie: ReverseTrie
    /// Counts the texts segmented, so each rule's regex is given the current text only when first needed.
    private var generation = 0

    /// Builds a segmenter for `language` from rule sets tried in order (e.g. `--srx` files, the project's
    /// `locales/<tag>/segmentation.srx`, then `SRXRules.jejuDefaults`) and project exceptions.
    public init(language: String, ruleSets: [SRXRules], exceptions: [SegmentationException] = []) throws(Diagnostic) {
        self.language = language
        let locale = LanguageTag(language).icuLocale
        do throws(ICUError) {
            icu = try BreakIterator(.sentence, locale: locale + "@ss=standard")
            icuPlain = try BreakIterator(.sentence, locale: locale)
        } catch {
            throw Diagnostic(
                rule: "icu.sentence-break", path: language,
                message: "ICU has no sentence rules for '\(language)': \(error)")
        }
        rules = ruleSets.flatMap { $0.rules(for: language) }
        self.exceptions = exceptions
        exceptionTrie = ReverseTrie(exceptions.enumerated().map { (Array($1.text.utf16), $0) }, foldsASCII: false)
        var matchers: [RuleMatcher] = []
        for rule in rules { matchers.append(try RuleMatcher(rule)) }
        self.matchers = matchers
        tables = try RuleTables(matchers)
        // The combined quick test covers the look-behind rules without a readable tail; the others are screened
        // by their tail characters first.
        let lookbehinds = matchers.filter { !$0.shape.constrainsTail }.compactMap(\.lookbehindPattern)
        // The scan only proposes positions (each is then judged by the rules in order), so leading zero-width
        // assertions can go: without them ICU can skip ahead by the pattern's first characters.
        let breakPatterns = rules.filter { $0.isBreak && !$0.before.isEmpty }.map {
            "(?:\(PatternSyntax.droppingLeadingAssertions($0.before)))"
        }
        do throws(ICUError) {
            anyRule =
                lookbehinds.isEmpty ? nil : try ICURegex.shared(lookbehinds.map { "(?:\($0))" }.joined(separator: "|"))
            breakScan = breakPatterns.isEmpty ? nil : try ICURegex.shared(breakPatterns.joined(separator: "|"))
        } catch {
            throw Diagnostic(
                rule: "srx.combine", path: rules.first?.origin.file ?? language,
                message: "rules do not combine: \(error)")
        }
    }

    /// A segmenter with Jeju's built-in rules only.
    public convenience init(language: String) throws(Diagnostic) {
        try self.init(language: language, ruleSets: [SRXRules.jejuDefaults])
    }

    // MARK: Boundaries

    /// Why a boundary was made or suppressed.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// ICU's sentence rules, with the rule status of the boundary (0–99 terminator, 100–199 separator).
        case icu(status: Int32)
        /// CLDR's suppression list for the locale (an abbreviation such as "Mr.") removed ICU's boundary.
        case cldrSuppression(locale: String)
        /// An SRX rule decided, the first of the rules to match at the position.
        case srx(SRXRule)
        /// A project exception (an abbreviation) suppressed the boundary.
        case exception(SegmentationException)
        /// The position is inside a URL or an e-mail address, which never end a sentence.
        case protected(ProtectedSpan.Kind)
        /// The end of the text.
        case endOfText

        /// A one-line explanation.
        public var description: String {
            switch self {
            case .icu(let status): "ICU sentence rule (status \(status), \(status >= 100 ? "separator" : "terminator"))"
            case .cldrSuppression(let locale): "CLDR suppression (\(locale)@ss=standard)"
            case .srx(let rule): "SRX \(rule.isBreak ? "break" : "no-break") rule at \(rule.origin)"
            case .exception(let e): "project exception '\(e.text)' at \(e.file):\(e.line)"
            case .protected(let kind): "inside \(kind == .url ? "a URL" : "an e-mail address") (built in)"
            case .endOfText: "end of text"
            }
        }
    }

    /// One decision at a candidate boundary, as `--explain` shows it.
    public struct Decision: Sendable, Equatable {
        /// The boundary position, in Unicode scalars from the start of the text (after trailing white space).
        public var offset: Int
        /// Whether a segment ends here.
        public var isBreak: Bool
        /// What decided.
        public var reason: Reason
        /// What ICU alone (with suppressions) would have done.
        public var icuWouldBreak: Bool
    }

    /// Why a position was decided, in the hot path: plain values only (no strings to retain), turned into a
    /// `Reason` for explanations.
    enum RawReason {
        case icu(Int32), cldr, srx(Int), exception(Int), protected(ProtectedSpan.Kind), end
    }

    func reason(_ raw: RawReason) -> Reason {
        switch raw {
        case .icu(let status): .icu(status: status)
        case .cldr: .cldrSuppression(locale: LanguageTag(language).icuLocale)
        case .srx(let k): .srx(rules[k])
        case .exception(let i): .exception(exceptions[i])
        case .protected(let kind): .protected(kind)
        case .end: .endOfText
        }
    }

    /// UTF-16 decisions; `explain` adds ICU's suppressed candidates.
    ///
    /// Rules are tested only where they can change something: at ICU's boundaries (a no-break rule may remove
    /// one, an earlier break rule confirms it) and where a break rule's `before` pattern ends (a break rule may
    /// add one). At each such position the first rule in order that matches decides, as SRX specifies.
    ///
    /// The decisions are left in `scratch.out`; the other scratch arrays are working space, kept between texts so
    /// that a text costs no allocations.
    private func decide(_ units: [UInt16], explain: Bool, _ scratch: inout Scratch) {
        scratch.clear()
        let n = units.count
        guard n > 0 else { return }
        icu.setText(units)
        icu.forEachBoundary { offset, status in
            scratch.icuOffsets.append(offset)
            scratch.icuStatus.append(status)
            return true
        }
        generation += 1
        var anyPrepared = false
        let icuOffsets = scratch.icuOffsets
        units.withUnsafeBufferPointer { buffer in
            /// What vetoes a boundary before any rule: a URL or e-mail address around it, a project exception.
            func veto(_ p: Int) -> RawReason? {
                if let kind = protectedKind(at: p, buffer) { return .protected(kind) }
                if let e = exception(endingBefore: p, buffer) { return .exception(e) }
                return nil
            }
            for (i, p) in icuOffsets.enumerated() where p < n {
                if let v = veto(p) {
                    scratch.out.append((p, false, v, true))
                } else if !rules.isEmpty, let k = firstRule(at: p, buffer, units: units, prepared: &anyPrepared) {
                    scratch.out.append((p, rules[k].isBreak, .srx(k), true))
                } else {
                    scratch.out.append((p, true, .icu(scratch.icuStatus[i]), true))
                }
            }
            // Break rules: where one's tail allows it, see whether it (or an earlier rule) decides for a break.
            var lastTried = -1
            func consider(_ x: Int) {
                let p = skipSpace(buffer, from: x)
                guard p < n, p > 0, p != lastTried, !isICU(p, icuOffsets), !scratch.broken.contains(p) else { return }
                lastTried = p
                if veto(p) == nil, let k = firstRule(at: p, buffer, units: units, prepared: &anyPrepared),
                    rules[k].isBreak
                {
                    scratch.broken.append(p)
                    scratch.out.append((p, true, .srx(k), false))
                }
            }
            if tables.breakRulesHaveTails {
                tables.breakCandidates(buffer, into: &scratch.candidates)
            } else if let breakScan {
                breakScan.setText(units)
                var start = 0
                while start < n, let m = breakScan.firstMatch(from: start) {
                    scratch.candidates.append(m.upperBound)
                    start = m.lowerBound + 1
                }
            }
            for x in scratch.candidates { consider(x) }
        }
        if explain {
            icuPlain.setText(units)
            icuPlain.forEachBoundary { p, _ in
                if p < n, !isICU(p, icuOffsets), !scratch.broken.contains(p) {
                    scratch.out.append((p, false, .cldr, false))
                }
                return true
            }
        }
        if !scratch.broken.isEmpty || explain { scratch.out.sort { $0.offset < $1.offset } }
        scratch.out.append((n, true, .end, true))
    }

    /// Working arrays for `decide`, reused from text to text.
    struct Scratch {
        var icuOffsets: [Int] = []
        var icuStatus: [Int32] = []
        var candidates: [Int] = []
        var broken: [Int] = []
        var out: [(offset: Int, isBreak: Bool, reason: RawReason, icu: Bool)] = []

        mutating func clear() {
            icuOffsets.removeAll(keepingCapacity: true)
            icuStatus.removeAll(keepingCapacity: true)
            candidates.removeAll(keepingCapacity: true)
            broken.removeAll(keepingCapacity: true)
            out.removeAll(keepingCapacity: true)
        }
    }

    private var scratch = Scratch()

    /// Runs `decide` on the kept scratch arrays (taken out for the call, so the hot path works on locals).
    private func withDecisions<R>(
        _ units: [UInt16], explain: Bool,
        _ body: ([(offset: Int, isBreak: Bool, reason: RawReason, icu: Bool)]) -> R
    ) -> R {
        var s = scratch
        scratch = Scratch()
        decide(units, explain: explain, &s)
        let result = body(s.out)
        scratch = s
        return result
    }

    /// Whether `p` is one of ICU's boundaries (sorted).
    private func isICU(_ p: Int, _ icuOffsets: [Int]) -> Bool {
        var lo = 0, hi = icuOffsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if icuOffsets[mid] < p { lo = mid + 1 } else { hi = mid }
        }
        return lo < icuOffsets.count && icuOffsets[lo] == p
    }

    @inline(__always)
    private static func isWhiteSpace(_ u: UInt16) -> Bool {
        if u < 0x80 { return u == 0x20 || (0x09...0x0D).contains(u) }
        return Unicode.Scalar(u).map(CharacterProperties.isWhiteSpace) ?? false
    }

    /// `p` less the white space before it.
    @inline(__always)
    private func trimmed(_ buffer: UnsafeBufferPointer<UInt16>, _ p: Int) -> Int {
        var q = p
        while q > 0, Self.isWhiteSpace(buffer[q - 1]) { q -= 1 }
        return q
    }

    private func skipSpace(_ buffer: UnsafeBufferPointer<UInt16>, from q: Int) -> Int {
        var p = q
        while p < buffer.count, Self.isWhiteSpace(buffer[p]) { p += 1 }
        return p
    }

    /// The kind of URL or e-mail address boundary `p` falls inside, if any. Neither holds white space, so only a
    /// boundary with none before it can fall inside one, and only the run of text around it need be read.
    private func protectedKind(at p: Int, _ buffer: UnsafeBufferPointer<UInt16>) -> ProtectedSpan.Kind? {
        guard p > 0, p < buffer.count, !Self.isWhiteSpace(buffer[p - 1]), !Self.isWhiteSpace(buffer[p]) else {
            return nil
        }
        var start = p - 1
        while start > 0, !Self.isWhiteSpace(buffer[start - 1]) { start -= 1 }
        var end = p + 1
        while end < buffer.count, !Self.isWhiteSpace(buffer[end]) { end += 1 }
        let spans = ProtectedSpan.find(in: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        return spans.first { $0.range.lowerBound < p - start && p - start < $0.range.upperBound }?.kind
    }

    /// The index of the first project exception the text before boundary `p` (white space trimmed) ends with,
    /// not right after a letter.
    private func exception(endingBefore p: Int, _ buffer: UnsafeBufferPointer<UInt16>) -> Int? {
        guard !exceptionTrie.isEmpty else { return nil }
        let found = exceptionTrie.match(buffer, endingAt: trimmed(buffer, p)) { u in
            !(Unicode.Scalar(u).map(CharacterProperties.isAlphabetic) ?? false)
        }.smallest
        return found >= 0 ? found : nil
    }

    /// Gives rule `k`'s regex the current text, once per text.
    @inline(__always)
    private func prepare(_ m: RuleMatcher, _ units: [UInt16]) {
        if m.generation != generation {
            m.setText(units)
            m.generation = generation
        }
    }

    /// Whether the one combined look-behind test of the regex rules without a readable tail matches at `x`: when
    /// it does not, none of them can. Asked once per position (`known`); the text is given once per text.
    private func anyUntailedRule(at x: Int, _ units: [UInt16], prepared: inout Bool, known: inout Bool?) -> Bool {
        if let known { return known }
        if !prepared { anyRule?.setText(units); prepared = true }
        let yes = anyRule.map { $0.prefixMatch(in: x..<units.count) != nil } ?? false
        known = yes
        return yes
    }

    /// The first rule (in order) that matches at boundary `p`, trying the positions from the end of the text
    /// before `p`'s white space up to `p` itself. The screen leaves out the rules the characters there rule out
    /// (with more than 64 rules there is none, and each rule is tried in turn).
    private func firstRule(at p: Int, _ buffer: UnsafeBufferPointer<UInt16>, units: [UInt16], prepared: inout Bool)
        -> Int?
    {
        var best: Int?
        for x in trimmed(buffer, p)...p {
            let limit = best ?? tables.count
            var position = Position()
            if tables.screened {
                var mask = tables.screen(buffer, at: x)
                if limit < 64 { mask &= (UInt64(1) << UInt64(limit)) &- 1 }
                while mask != 0 {
                    let k = mask.trailingZeroBitCount
                    mask &= mask - 1
                    if rule(k, matchesAt: x, buffer, units, &position, prepared: &prepared) { best = k; break }
                }
            } else {
                for k in 0..<limit where rule(k, matchesAt: x, buffer, units, &position, prepared: &prepared) {
                    best = k
                    break
                }
            }
        }
        return best
    }

    /// What is worked out once per position and shared by the rules tried there.
    private struct Position {
        var literalRules: UInt64?
        var anyRegex: Bool?
    }

    /// Whether rule `k` matches at `x`: its tails and heads first, then each side as a sequence where it reads
    /// as one (abbreviation lists by their trie), and ICU's regex only for what that cannot tell.
    private func rule(
        _ k: Int, matchesAt x: Int, _ buffer: UnsafeBufferPointer<UInt16>, _ units: [UInt16],
        _ position: inout Position, prepared: inout Bool
    ) -> Bool {
        guard tables.allows(k, buffer, at: x) else { return false }
        let rule = tables.rules[k]
        let after = tables.afterMatches(k, buffer, at: x)
        if after == false { return false }
        let before: Bool?
        if rule.isLiteral {
            if position.literalRules == nil { position.literalRules = tables.literalRules(buffer, at: x) }
            before = (position.literalRules ?? 0) & (UInt64(1) << UInt64(k)) != 0
        } else {
            before = tables.beforeMatches(k, buffer, at: x)
        }
        if before == false { return false }
        if before == true && after == true { return true }
        let m = matchers[k]
        prepare(m, units)
        if rule.isLiteral { return m.afterMatches(at: x, in: units) }
        if m.isLookbehind, rule.anyTail, !anyUntailedRule(at: x, units, prepared: &prepared, known: &position.anyRegex)
        {
            return false
        }
        return m.matches(at: x, in: units)
    }

    /// The UTF-16 offsets where segments end (the last is the text's length): the allocation-light path the
    /// benchmark measures. Offsets index `text.units`.
    public func boundaryOffsets(in text: UTF16Text) -> [Int] {
        withDecisions(text.units, explain: false) { decisions in
            var out: [Int] = []
            out.reserveCapacity(decisions.count)
            for d in decisions where d.isBreak { out.append(d.offset) }
            return out
        }
    }

    /// The sentences of `text`, as ranges (each ends after its trailing white space, as ICU's do).
    public func segments(of text: String) -> [Range<String.Index>] {
        let utf16 = text.utf16
        var out: [Range<String.Index>] = []
        var last = text.startIndex
        for offset in boundaryOffsets(in: UTF16Text(text)) {
            let index = utf16.index(utf16.startIndex, offsetBy: offset)
            if index > last { out.append(last..<index) }
            last = index
        }
        return out
    }

    /// Every candidate boundary in `text` with what decided it: ICU boundaries, CLDR suppressions, SRX rule
    /// matches, project exceptions.
    public func explain(_ text: String) -> [Decision] {
        let t = UTF16Text(text)
        let map = ScalarOffsets(t)
        return withDecisions(t.units, explain: true) { decisions in
            decisions.map {
                Decision(
                    offset: map.scalar(at: $0.offset), isBreak: $0.isBreak, reason: reason($0.reason),
                    icuWouldBreak: $0.icu)
            }
        }
    }

    /// The sentences of `text` as ranges of its code units, white space at their ends trimmed, empty ones left
    /// out: what a caller writing sentences out as it goes needs, with no string made.
    public func forEachSentence(in text: UTF16Text, _ body: (Range<Int>) -> Void) {
        forEachSegment(text) { range, _, _ in body(range) }
    }

    /// Each segment of `text`: its UTF-16 range trimmed of white space (empty ones left out), the boundary it
    /// ends at, and whether that is the last boundary.
    private func forEachSegment(_ text: UTF16Text, _ body: (_ trimmed: Range<Int>, _ end: Int, _ isLast: Bool) -> Void)
    {
        let units = text.units
        withDecisions(units, explain: false) { decisions in
            var remaining = 0
            for d in decisions where d.isBreak { remaining += 1 }
            units.withUnsafeBufferPointer { b in
                var start = 0
                for d in decisions where d.isBreak {
                    remaining -= 1
                    // A boundary between the halves of a surrogate pair counts as before the pair, as the scalar
                    // offsets read it.
                    var end = d.offset
                    if end > 0, end < b.count, UTF16.isLeadSurrogate(b[end - 1]), UTF16.isTrailSurrogate(b[end]) {
                        end -= 1
                    }
                    var a = start, e = end
                    while a < e, Self.isWhiteSpace(b[a]) { a += 1 }
                    while e > a, Self.isWhiteSpace(b[e - 1]) { e -= 1 }
                    start = end
                    if a < e { body(a..<e, end, remaining == 0) }
                }
            }
        }
    }

    /// Splits a block's text into segments, white space between sentences trimmed, each carrying the inline codes
    /// that fall inside it: a span cut by a boundary becomes an isolated opening code in the sentence where it
    /// starts and an isolated closing code where it ends (and, in a sentence it passes through, both).
    public func segments(of content: Segment) -> [SourceSegment] {
        let t = UTF16Text(content.text)
        let map = ScalarOffsets(t)
        let spans = content.spans
        var out: [SourceSegment] = []
        // The spans that may still reach into a later sentence, in their order; `next` is the first not yet seen.
        // Each sentence looks only at these, so the work stays linear in the codes near it.
        var active: [CodeSpan] = []
        var next = 0
        forEachSegment(t) { range, boundary, isLast in
            let a = map.scalar(at: range.lowerBound), b = map.scalar(at: range.upperBound),
                end = map.scalar(at: boundary)
            while next < spans.count, spans[next].start <= b {
                active.append(spans[next])
                next += 1
            }
            var codes: [CodeSpan] = []
            for code in active {
                if code.isPlaceholder {
                    if code.start >= a && (code.start < b || (code.start == b && (isLast || b == end))) {
                        var c = code
                        c.start -= a
                        c.end = c.start
                        codes.append(c)
                    }
                    continue
                }
                guard code.start < b, code.end > a || (code.start == code.end && code.start >= a) else { continue }
                var c = code
                c.start = max(code.start, a) - a
                c.end = min(code.end, b) - a
                c.continuesFromPrevious = code.start < a
                c.continuesToNext = code.end > b
                codes.append(c)
            }
            // Later sentences start at `b` or after: what ends before it (or is a placeholder before it) is done.
            active.removeAll { c in
                c.isPlaceholder ? c.start < b : (c.end < b || (c.end == b && c.start != c.end))
            }
            out.append(SourceSegment(content: Segment(text: t.string(range), spans: codes), start: a))
        }
        return out
    }
}

/// Maps UTF-16 offsets to Unicode scalar offsets for one text: the same offsets when it has no surrogates, as
/// almost every text has not, else a table.
struct ScalarOffsets {
    private let table: [Int]?
    private let count: Int

    init(_ text: UTF16Text) {
        count = text.count
        guard text.units.contains(where: { UTF16.isSurrogate($0) }) else {
            table = nil
            return
        }
        var fixed = [Int](repeating: 0, count: text.count + 1)
        var s = 0
        var i = 0
        while i < text.count {
            fixed[i] = s
            if UTF16.isLeadSurrogate(text.units[i]), i + 1 < text.count, UTF16.isTrailSurrogate(text.units[i + 1]) {
                fixed[i + 1] = s
                i += 2
            } else {
                i += 1
            }
            s += 1
        }
        fixed[text.count] = s
        self.table = fixed
    }

    func scalar(at utf16Offset: Int) -> Int {
        guard let table else { return max(0, min(utf16Offset, count)) }
        return table[max(0, min(utf16Offset, table.count - 1))]
    }
}
