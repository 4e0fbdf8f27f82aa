import ICU
import JejuSupport

/// The segmenter's rules as plain tables, so that at an ordinary boundary no rule needs ICU's regex engine and
/// the hot path touches no reference-counted memory (raw storage, owned and freed here).
///
/// - Per UTF-16 code unit, filled the first time the unit is met: its character classes as a bit mask (white
///   space, `\s`, word character, letter, and each distinct character test the rules' patterns use), and which
///   rules' `before` can end with it, or have it second to last (the screen).
/// - Per rule: how its `before` can end (`PatternShape.tails` as class masks), how its `after` can begin
///   (`PatternShape.heads`), the furthest position an anchored `before` reaches, and both patterns as
///   `LinearPattern`s where they read as one, so that ICU's regex engine is left only what they cannot tell.
/// - One reverse trie for all abbreviation-list rules (`RuleMatcher.literalAlternatives`), and one for those
///   read case-insensitively.
///
/// The screens and the tries' masks hold a rule as a bit: with more than 64 rules there are no screens (each rule is
/// tried in turn) and rules after the 64th are read as sequences or left to ICU.
final class RuleTables {
    // Class bits.
    static let whiteSpace: UInt64 = 1 << 0  // Unicode White_Space: trimmed before a boundary
    static let regexSpace: UInt64 = 1 << 1  // ICU regex `\s`: white-space runs in `after`
    static let wordUnit: UInt64 = 1 << 2  // letter, digit or non-spacing mark: `\b` before a literal
    static let alphabetic: UInt64 = 1 << 3  // a letter: no exception starts right after one
    static let surrogate: UInt64 = 1 << 4  // half of a character outside the BMP: every test passes it, inexactly
    static let regexWord: UInt64 = 1 << 5  // ICU regex `\w`, for `\b`
    static let markOrFormat: UInt64 = 1 << 6  // Grapheme_Extend or Cf: ICU's `\b` looks past these
    static let firstTestBit = 7

    struct Rule {
        var isBreak: Bool
        /// Decided by the literal tries (an abbreviation list), not by a regex.
        var isLiteral: Bool
        /// No readable tail: any position may end `before`.
        var anyTail: Bool
        /// `before` and `after` read as `LinearPattern`s: ranges of `linearAlternatives` (nil: left to ICU).
        var linearBefore: Range<Int>?
        var linearAfter: Range<Int>?
        var maxEnd: Int
        var tails: Range<Int>
        var heads: Range<Int>
    }

    let count: Int
    /// Whether the rules fit the masks (at most 64): only then are `screen` and the break-rule scan used.
    let screened: Bool
    let rules: UnsafeMutableBufferPointer<Rule>
    /// One character of a screen: a class mask it must meet, or the one code unit it must be (a case-sensitive
    /// literal such as the `r` of `Mr\.`, which needs no class bit of its own); `none` is no character.
    struct ScreenStep {
        var mask: UInt64
        var unit: Int32

        static let none = ScreenStep(mask: 0, unit: -1)
        var isNone: Bool { mask == 0 && unit < 0 }

        @inline(__always)
        func accepts(_ u: UInt16, _ classes: UInt64) -> Bool { unit >= 0 ? Int32(u) == unit : classes & mask != 0 }
    }

    /// Tail alternatives: the step its last unit must meet, and its second to last (`none`: none needed).
    private let tailLast: UnsafeMutableBufferPointer<ScreenStep>
    private let tailSecond: UnsafeMutableBufferPointer<ScreenStep>
    /// Head alternatives as ranges of `steps`; a step is a character, or `none` for a white-space run.
    private let headRanges: UnsafeMutableBufferPointer<Range<Int>>
    private let steps: UnsafeMutableBufferPointer<ScreenStep>

    private let classes = UnsafeMutablePointer<UInt64>.allocate(capacity: 65536)
    private let lastRules = UnsafeMutablePointer<UInt64>.allocate(capacity: 65536)
    private let secondRules = UnsafeMutablePointer<UInt64>.allocate(capacity: 65536)
    private let known = UnsafeMutablePointer<Bool>.allocate(capacity: 65536)
    /// Per code unit: 1 when it can end some break rule's `before`, 0 when it cannot, 2 when not yet known; one
    /// byte, so the scan over every unit of a text reads four units' answers with four loads and one test.
    private let breakEnds = UnsafeMutablePointer<UInt8>.allocate(capacity: 65536)
    private let tests: [CharacterTest]
    private let space: CharacterTest
    private let word: CharacterTest
    private let markOrFormatTest: CharacterTest
    /// The `LinearPattern` alternatives of all rules, as ranges of `linearNodes`.
    let linearAlternatives: UnsafeMutableBufferPointer<Range<Int>>
    let linearNodes: UnsafeMutableBufferPointer<LinearNode>
    /// Rules that may match with one character before the position, and with none.
    private let shortRules: UInt64
    private let untailedRules: UInt64
    /// The break rules, and whether each has a readable tail (so a scan can look for their ends).
    let breakRules: UInt64
    let breakRulesHaveTails: Bool

    let literals: ReverseTrie
    let foldedLiterals: ReverseTrie

    init(_ matchers: [RuleMatcher]) throws(Diagnostic) {
        space = CharacterTest("\\s", caseInsensitive: false)
        word = CharacterTest("\\w", caseInsensitive: false)
        markOrFormatTest = CharacterTest("[\\p{Grapheme_Extend}\\p{Cf}]", caseInsensitive: false)
        count = matchers.count
        screened = matchers.count <= 64
        var tests: [CharacterTest] = []
        var index: [String: UInt64] = [:]
        /// The class bit of a test, or nil when none is left.
        func exactBit(_ test: CharacterTest) -> UInt64? {
            if let b = index[test.key] { return b }
            guard Self.firstTestBit + tests.count < 63 else { return nil }
            let b = UInt64(1) << UInt64(Self.firstTestBit + tests.count)
            tests.append(test)
            index[test.key] = b
            return b
        }
        /// For screens: a case-sensitive literal is its unit; with no bit left, an atom accepts any character.
        func step(_ test: CharacterTest) -> ScreenStep {
            if !test.caseInsensitive, let u = LinearPattern.literalUnit(test.pattern) {
                return ScreenStep(mask: 0, unit: Int32(u))
            }
            return ScreenStep(mask: exactBit(test) ?? Self.anyUnit, unit: -1)
        }
        var linearAlternatives: [Range<Int>] = [], linearNodes: [LinearNode] = []
        func linear(_ pattern: String) -> Range<Int>? {
            guard
                let p = LinearPattern.parse(
                    Array(pattern), bit: { exactBit(CharacterTest($0, caseInsensitive: false)) })
            else {
                return nil
            }
            let start = linearAlternatives.count
            for alternative in p {
                linearAlternatives.append(linearNodes.count..<(linearNodes.count + alternative.count))
                linearNodes += alternative
            }
            return start..<linearAlternatives.count
        }
        var rules: [Rule] = []
        var tailLast: [ScreenStep] = [], tailSecond: [ScreenStep] = [], headRanges: [Range<Int>] = []
        var steps: [ScreenStep] = []
        var literals: [(units: [UInt16], id: Int)] = [], folded: [(units: [UInt16], id: Int)] = []
        var shortRules: UInt64 = 0, untailed: UInt64 = 0, breakRules: UInt64 = 0
        for (k, m) in matchers.enumerated() {
            let shape = m.shape
            let ruleBit = k < 64 ? UInt64(1) << UInt64(k) : 0
            let tailStart = tailLast.count
            let anyTail = !shape.constrainsTail
            if anyTail {
                untailed |= ruleBit; shortRules |= ruleBit
            } else {
                for alt in shape.tails {
                    tailLast.append(step(alt[0]))
                    tailSecond.append(alt.count > 1 ? step(alt[1]) : .none)
                    if alt.count == 1 { shortRules |= ruleBit }
                }
            }
            let headStart = headRanges.count
            for alt in shape.heads {
                let s = steps.count
                for s in alt {
                    switch s {
                    case .skipSpace: steps.append(.none)
                    case .atom(let t): steps.append(step(t))
                    }
                }
                headRanges.append(s..<steps.count)
            }
            var isLiteral = false
            if k < 64, case .literals(let list, let caseInsensitive, _) = m.method {
                isLiteral = true
                for l in list { caseInsensitive ? folded.append((l, k)) : literals.append((l, k)) }
            }
            if m.rule.isBreak { breakRules |= ruleBit }
            rules.append(
                Rule(
                    isBreak: m.rule.isBreak, isLiteral: isLiteral, anyTail: anyTail,
                    linearBefore: nil, linearAfter: nil,
                    maxEnd: shape.maxEnd ?? Int.max, tails: tailStart..<tailLast.count,
                    heads: headStart..<headRanges.count))
        }
        // The sequences take the class bits left after the screens'.
        for (k, m) in matchers.enumerated() {
            if !rules[k].isLiteral { rules[k].linearBefore = linear(m.rule.before) }
            rules[k].linearAfter = linear(m.rule.after)
        }
        func raw<T>(_ a: [T]) -> UnsafeMutableBufferPointer<T> {
            let p = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, a.count))
            _ = p.initialize(from: a)
            return p
        }
        self.rules = raw(rules)
        self.tailLast = raw(tailLast)
        self.tailSecond = raw(tailSecond)
        self.headRanges = raw(headRanges)
        self.steps = raw(steps)
        self.tests = tests
        self.linearAlternatives = raw(linearAlternatives)
        self.linearNodes = raw(linearNodes)
        self.shortRules = shortRules
        self.untailedRules = untailed
        self.breakRules = breakRules
        breakRulesHaveTails =
            screened && breakRules != 0 && breakRules & untailed == 0
            && matchers.allSatisfy { !$0.rule.isBreak || !$0.rule.before.isEmpty }
        self.literals = ReverseTrie(literals, foldsASCII: false)
        self.foldedLiterals = ReverseTrie(folded, foldsASCII: true)
        known.initialize(repeating: false, count: 65536)
        breakEnds.initialize(repeating: 2, count: 65536)
    }

    deinit {
        for p in [classes, lastRules, secondRules] { p.deallocate() }
        known.deallocate()
        breakEnds.deallocate()
        rules.deallocate()
        tailLast.deallocate()
        tailSecond.deallocate()
        headRanges.deallocate()
        steps.deallocate()
        linearAlternatives.deallocate()
        linearNodes.deallocate()
    }

    /// A class bit every unit has: an atom whose test did not get a bit of its own.
    private static let anyUnit: UInt64 = 1 << 63

    // MARK: Per unit

    /// The class bits of `u`.
    @inline(__always)
    func classes(_ u: UInt16) -> UInt64 {
        let i = Int(u)
        if !known[i] { learn(u) }
        return classes[i]
    }

    /// The rules that may match at `position` by the one or two units before it.
    @inline(__always)
    func screen(_ units: UnsafeBufferPointer<UInt16>, at position: Int) -> UInt64 {
        if position >= 2 {
            let a = Int(units[position - 1]), b = Int(units[position - 2])
            if !known[a] { learn(units[position - 1]) }
            if !known[b] { learn(units[position - 2]) }
            return lastRules[a] & secondRules[b]
        }
        if position == 1 {
            let a = Int(units[0])
            if !known[a] { learn(units[0]) }
            return lastRules[a] & shortRules
        }
        return untailedRules
    }

    /// The positions of `units` where some break rule's tails and heads allow a match, appended to `out`.
    func breakCandidates(_ units: UnsafeBufferPointer<UInt16>, into out: inout [Int]) {
        let end = units.count - 1  // positions 1..<count: the unit before each is 0..<count-1
        guard end > 0 else { return }
        let table = breakEnds
        var i = 0
        while i < end {
            // Four units' answers at once: almost always all 0.
            if i + 4 <= end,
                table[Int(units[i])] | table[Int(units[i + 1])] | table[Int(units[i + 2])] | table[Int(units[i + 3])]
                    == 0
            {
                i += 4
                continue
            }
            if table[Int(units[i])] == 2 { learn(units[i]) }
            if table[Int(units[i])] == 1, mayEndBreakRule(units, at: i + 1) { out.append(i + 1) }
            i += 1
        }
    }

    /// Whether some break rule's tails and heads allow a match at `x`.
    private func mayEndBreakRule(_ units: UnsafeBufferPointer<UInt16>, at x: Int) -> Bool {
        var mask = breakRules
        while mask != 0 {
            let k = mask.trailingZeroBitCount
            mask &= mask - 1
            if allows(k, units, at: x) { return true }
        }
        return false
    }

    @inline(never)
    private func learn(_ u: UInt16) {
        let i = Int(u)
        var c: UInt64 = Self.anyUnit
        if UTF16.isLeadSurrogate(u) || UTF16.isTrailSurrogate(u) {
            c |= Self.surrogate | Self.wordUnit
            for k in tests.indices { c |= UInt64(1) << UInt64(Self.firstTestBit + k) }
        } else if let s = Unicode.Scalar(u) {
            if CharacterProperties.isWhiteSpace(s) { c |= Self.whiteSpace }
            if word.matches(u) { c |= Self.regexWord }
            if markOrFormatTest.matches(u) { c |= Self.markOrFormat }
            if space.matches(u) { c |= Self.regexSpace }
            if CharacterProperties.isAlphabetic(s) { c |= Self.alphabetic | Self.wordUnit }
            if s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark { c |= Self.wordUnit }
            for (k, t) in tests.enumerated() where t.matches(u) { c |= UInt64(1) << UInt64(Self.firstTestBit + k) }
        }
        classes[i] = c
        var last: UInt64 = untailedRules, second: UInt64 = untailedRules | shortRules
        for k in 0..<min(count, 64) {
            let r = rules[k]
            for a in r.tails {
                if tailLast[a].accepts(u, c) { last |= 1 << UInt64(k) }
                if tailSecond[a].isNone || tailSecond[a].accepts(u, c) { second |= 1 << UInt64(k) }
            }
        }
        lastRules[i] = last
        secondRules[i] = second
        breakEnds[i] = last & breakRules != 0 ? 1 : 0
        known[i] = true
    }

    // MARK: Per rule

    /// Whether rule `k`'s tails, heads and anchoring allow a match at `x` (false only when it certainly cannot).
    @inline(__always)
    func allows(_ k: Int, _ units: UnsafeBufferPointer<UInt16>, at x: Int) -> Bool {
        let r = rules[k]
        if x > r.maxEnd { return false }
        if !r.anyTail {
            guard x >= 1 else { return false }
            let u1 = units[x - 1], c1 = classes(u1)
            let u2 = x >= 2 ? units[x - 2] : 0, c2 = x >= 2 ? classes(u2) : 0
            var ok = false
            for a in r.tails
            where tailLast[a].accepts(u1, c1) && (tailSecond[a].isNone || (x >= 2 && tailSecond[a].accepts(u2, c2))) {
                ok = true
                break
            }
            guard ok else { return false }
        }
        if r.heads.isEmpty { return true }
        let n = units.count
        for h in r.heads {
            var i = x
            var ok = true
            for s in headRanges[h] {
                let step = steps[s]
                if step.isNone {
                    while i < n, classes(units[i]) & Self.regexSpace != 0 { i += 1 }
                } else {
                    guard i < n else { ok = false; break }
                    let c = classes(units[i])
                    // Past a character outside the BMP the steps no longer line up with characters: stop
                    // reading, and let the rule's patterns decide.
                    if c & Self.surrogate != 0 { break }
                    guard step.accepts(units[i], c) else { ok = false; break }
                    i += 1
                }
            }
            if ok { return true }
        }
        return false
    }

    /// Whether rule `k`'s `before` matches text ending at `x`; nil when ICU must tell.
    func beforeMatches(_ k: Int, _ units: UnsafeBufferPointer<UInt16>, at x: Int) -> Bool? {
        rules[k].linearBefore.flatMap { linearMatch($0, units, at: x, backwards: true) }
    }

    /// Whether rule `k`'s `after` matches text starting at `x`; nil when ICU must tell.
    func afterMatches(_ k: Int, _ units: UnsafeBufferPointer<UInt16>, at x: Int) -> Bool? {
        rules[k].linearAfter.flatMap { linearMatch($0, units, at: x, backwards: false) }
    }

    /// The literal rules whose abbreviation the text ends with at `x`, as a mask.
    @inline(__always)
    func literalRules(_ units: UnsafeBufferPointer<UInt16>, at x: Int) -> UInt64 {
        var mask: UInt64 = 0
        if !literals.isEmpty {
            mask |= literals.match(units, endingAt: x) { self.classes($0) & Self.wordUnit == 0 }.mask
        }
        if !foldedLiterals.isEmpty {
            mask |= foldedLiterals.match(units, endingAt: x) { self.classes($0) & Self.wordUnit == 0 }.mask
        }
        return mask
    }

}
