import ICU

/// What an SRX rule's patterns say about the characters around a position, read without running them: exact
/// necessary conditions, so that at an ordinary boundary no rule needs ICU's regex engine at all.
///
/// - `tails`: the alternative ways a `before` match can end (up to two characters each, last first), e.g.
///   `(?:\.\.\.|…)['"”’»)]{0,5}` ends in a closing quote, or in "..", or in "…";
/// - `heads`: the alternative ways an `after` match can begin, where a white-space run (`\s+`, `\s*`) is skipped
///   as a whole — exact because the atom read after it cannot itself be white space;
/// - `maxEnd`: for a `before` anchored with `^` and of bounded length, the furthest position it can end at.
///
/// Anything not understood ends the reading: fewer conditions are always safe.
final class PatternShape {
    enum Step {
        case atom(CharacterTest)
        case skipSpace
    }

    let tails: [[CharacterTest]]
    let heads: [[Step]]
    let maxEnd: Int?
    /// The tails as bit masks per code unit (alternative k = bit k), filled in as units are met; nil when there are
    /// more than 64 alternatives or an unconstrained one.
    private let tailTable: TailTable?

    init(before: String, after: String) {
        let folded = before.contains("(?i)")
        let tailSources = Self.tails(Array(before), max: 2)
        tails = tailSources.compactMap { seq in
            let tests = seq.compactMap { CharacterTest($0, caseInsensitive: folded) }
            return tests.count == seq.count ? tests : []
        }
        let afterFolded = after.contains("(?i)")
        heads = Self.heads(Array(after), max: 2).map { seq in
            seq.compactMap { step -> Step? in
                switch step {
                case .skip: return .skipSpace
                case .atom(let source): return CharacterTest(source, caseInsensitive: afterFolded).map { .atom($0) }
                }
            }
        }
        maxEnd = Self.anchoredMaxLength(Array(before))
        tailTable = !tails.isEmpty && tails.count <= 64 && !tails.contains(where: \.isEmpty) ? TailTable(tails) : nil
    }

    /// Whether a rule with these patterns can match at `position` (false only when it certainly cannot).
    func allows(_ units: UnsafeBufferPointer<UInt16>, at position: Int, space: CharacterTest) -> Bool {
        if let maxEnd, position > maxEnd { return false }
        if let tailTable {
            if !tailTable.allows(units, before: position) { return false }
        } else if !tails.isEmpty && !tails.contains(where: { alt in
            alt.isEmpty || alt.enumerated().allSatisfy { i, t in position - 1 - i >= 0 && t.matches(units[position - 1 - i]) }
        }) { return false }
        if !heads.isEmpty && !heads.contains(where: { alt in
            var i = position
            for step in alt {
                // Past a character outside the BMP the steps no longer line up with characters: say yes.
                if i < units.count, UTF16.isLeadSurrogate(units[i]) || UTF16.isTrailSurrogate(units[i]) { return true }
                switch step {
                case .skipSpace:
                    while i < units.count, !UTF16.isLeadSurrogate(units[i]), space.matches(units[i]) { i += 1 }
                case .atom(let t):
                    guard i < units.count, t.matches(units[i]) else { return false }
                    i += 1
                }
            }
            return true
        }) { return false }
        return true
    }

    /// The tests for the character `back` places before a position (0 = the last) that together cover every
    /// alternative; nil when some alternative says nothing about that character.
    func tests(atBack back: Int) -> [CharacterTest]? {
        guard !tails.isEmpty, tails.allSatisfy({ $0.count > back }) else { return nil }
        return tails.map { $0[back] }
    }

    /// Whether every way a `before` match can end is constrained (a break-rule scan can then look only where a
    /// tail fits).
    var constrainsTail: Bool { !tails.isEmpty && !tails.contains(where: \.isEmpty) }

    // MARK: Tails, read backwards

    static func tails(_ p: [Character], max: Int) -> [[String]] {
        let alternatives = PatternSyntax.split(p)
        if alternatives.count > 1 { return alternatives.flatMap { tailSequence($0, end: $0.count, budget: max) } }
        return tailSequence(p, end: p.count, budget: max)
    }

    static func tailSequence(_ p: [Character], end start: Int, budget: Int) -> [[String]] {
        var out: [String] = []
        var end = start
        while out.count < budget, end > 0 {
            var minimum = 1, maximum: Int? = 1, quantified = false
            if let (qStart, qMin, qMax) = quantifier(p, end: end) {
                (minimum, maximum, quantified) = (qMin, qMax, true)
                end = qStart
            }
            guard end > 0 else { break }
            let remaining = budget - out.count
            if p[end - 1] == ")", !PatternSyntax.isEscaped(p, end - 1) {
                guard let open = PatternSyntax.matchingOpen(p, close: end - 1) else { break }
                let inner = Array(p[(open + 1)..<(end - 1)])
                if isZeroWidthGroup(inner) {
                    if quantified { break }
                    end = open
                    continue
                }
                guard let body = groupBody(inner) else { break }
                let within = tails(body, max: remaining).map { out + $0 }
                if minimum == 0 { return within + tailSequence(p, end: open, budget: budget - out.count).map { out + $0 } }
                return within
            }
            guard let (atom, atomStart, zeroWidth) = PatternSyntax.lastAtom(p, end: end) else { break }
            if zeroWidth {
                if quantified { break }
                end = atomStart
                continue
            }
            if minimum == 0 {
                return [out + [atom]] + tailSequence(p, end: atomStart, budget: budget - out.count).map { out + $0 }
            }
            out.append(atom)
            if quantified {
                if minimum >= 2 && out.count < budget { out.append(atom) }
                if maximum != 1 || minimum != 1 { break }
            }
            end = atomStart
        }
        return [out]
    }

    /// A quantifier ending at `end`: its start, minimum and maximum (nil = unbounded).
    static func quantifier(_ p: [Character], end: Int) -> (Int, Int, Int?)? {
        guard let (start, minimum) = PatternSyntax.quantifier(p, end: end) else { return nil }
        var e = end
        if e > 0, p[e - 1] == "?" || p[e - 1] == "+", e - 1 > start { e -= 1 }
        switch p[start] {
        case "*", "+": return (start, minimum, nil)
        case "?": return (start, 0, 1)
        default:
            let body = String(p[(start + 1)..<(e - 1)])
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            if parts.count == 1 { return (start, minimum, Int(parts[0])) }
            return (start, minimum, Int(parts[1]))
        }
    }

    static func isZeroWidthGroup(_ inner: [Character]) -> Bool {
        guard inner.first == "?", inner.count > 1 else { return false }
        let kind = inner[1]
        if kind == "=" || kind == "!" || kind == "<" { return !(kind == "<" && inner.count > 2 && !"=!".contains(inner[2])) }
        // (?i) and other inline flags with no ':'.
        return kind.isLetter && !inner.contains(":")
    }

    /// The alternatives of a consuming group: `(?:…)` or `(…)`; nil for other group kinds.
    static func groupBody(_ inner: [Character]) -> [Character]? {
        if inner.starts(with: ["?", ":"]) { return Array(inner.dropFirst(2)) }
        if inner.first == "?" { return nil }
        return inner
    }

    // MARK: Heads, read forwards

    enum HeadStep { case atom(String), skip }

    static func heads(_ p: [Character], max: Int) -> [[HeadStep]] {
        let alternatives = PatternSyntax.split(p)
        if alternatives.count > 1 { return alternatives.flatMap { headSequence($0, from: 0, budget: max) } }
        return headSequence(p, from: 0, budget: max)
    }

    static func headSequence(_ p: [Character], from start: Int, budget: Int) -> [[HeadStep]] {
        var steps: [HeadStep] = []
        var atoms = 0
        var i = start
        func afterSkip() -> Bool { if case .skip = steps.last { true } else { false } }
        while atoms < budget, i < p.count {
            guard let (element, next) = element(p, at: i) else { break }
            let (minimum, maximum, after) = quantifier(p, at: next) ?? (1, 1, next)
            switch element {
            case .zeroWidth:
                if after != next { return [steps] }
                i = after
            case .group(let body):
                let within = heads(body, max: budget - atoms).map { steps + $0 }
                if minimum == 0 { return within + headSequence(p, from: after, budget: budget - atoms).map { steps + $0 } }
                return within
            case .atom(let source):
                if source == "\\s" && maximum != 1 {
                    if minimum >= 1 { steps.append(.atom(source)); atoms += 1 }
                    steps.append(.skip)
                    i = after
                    continue
                }
                // After a skipped white-space run, an atom that could itself be white space makes the reading
                // inexact: stop before it.
                if afterSkip(), CharacterTest(source, caseInsensitive: false)?.matchesWhiteSpace ?? true { return [steps] }
                if minimum == 0 {
                    return [steps + [.atom(source)]] + headSequence(p, from: after, budget: budget - atoms).map { steps + $0 }
                }
                steps.append(.atom(source))
                atoms += 1
                if maximum != 1 || minimum != 1 { return [steps] }
                i = after
            }
        }
        return [steps]
    }

    enum Element { case atom(String), zeroWidth, group([Character]) }

    /// The element starting at `i` (without its quantifier) and where it ends.
    static func element(_ p: [Character], at i: Int) -> (Element, Int)? {
        let c = p[i]
        switch c {
        case "\\":
            guard i + 1 < p.count else { return nil }
            let e = p[i + 1]
            if "bBAzZG".contains(e) { return (.zeroWidth, i + 2) }
            if e == "p" || e == "P" {
                guard let close = p[i...].firstIndex(of: "}") else { return nil }
                return (.atom(String(p[i...close])), close + 1)
            }
            if "sSdDwWhHvV".contains(e) || (!e.isLetter && !e.isNumber) { return (.atom(String(p[i...(i + 1)])), i + 2) }
            return nil
        case "[":
            var j = i + 1, depth = 1
            while j < p.count {
                if p[j] == "\\" { j += 2; continue }
                if p[j] == "[" { depth += 1 }
                if p[j] == "]" {
                    depth -= 1
                    if depth == 0 { return (.atom(String(p[i...j])), j + 1) }
                }
                j += 1
            }
            return nil
        case "(":
            guard let close = PatternSyntax.matchingClose(p, open: i) else { return nil }
            let inner = Array(p[(i + 1)..<close])
            if isZeroWidthGroup(inner) { return (.zeroWidth, close + 1) }
            guard let body = groupBody(inner) else { return nil }
            return (.group(body), close + 1)
        case "^", "$": return (.zeroWidth, i + 1)
        case ".": return (.atom("."), i + 1)
        case "|", ")", "*", "+", "?", "{", "}": return nil
        default: return (.atom("\\Q\(c)\\E"), i + 1)
        }
    }

    /// A quantifier starting at `i`: minimum, maximum (nil = unbounded) and where it ends.
    static func quantifier(_ p: [Character], at i: Int) -> (Int, Int?, Int)? {
        guard i < p.count else { return nil }
        var result: (Int, Int?, Int)
        switch p[i] {
        case "*": result = (0, nil, i + 1)
        case "+": result = (1, nil, i + 1)
        case "?": result = (0, 1, i + 1)
        case "{":
            guard let close = p[i...].firstIndex(of: "}") else { return nil }
            let parts = String(p[(i + 1)..<close]).split(separator: ",", omittingEmptySubsequences: false)
            guard let m = Int(parts[0]) else { return nil }
            result = (m, parts.count == 1 ? m : Int(parts[1]), close + 1)
        default: return nil
        }
        if result.2 < p.count, p[result.2] == "?" || p[result.2] == "+" { result.2 += 1 }
        return result
    }

    // MARK: Anchored length

    /// For a pattern starting with `^` (after inline flags), the longest text it can match; nil otherwise.
    static func anchoredMaxLength(_ pattern: [Character]) -> Int? {
        var p = pattern
        if p.starts(with: Array("(?i)")) { p.removeFirst(4) }
        guard p.first == "^", PatternSyntax.split(p).count == 1 else { return nil }
        return maxLength(Array(p.dropFirst()))
    }

    static func maxLength(_ p: [Character]) -> Int? {
        let alternatives = PatternSyntax.split(p)
        if alternatives.count > 1 {
            var best = 0
            for a in alternatives { guard let m = maxLength(a) else { return nil }; best = Swift.max(best, m) }
            return best
        }
        var total = 0
        var i = 0
        while i < p.count {
            guard let (element, next) = element(p, at: i) else { return nil }
            let (_, maximum, after) = quantifier(p, at: next) ?? (1, 1, next)
            guard let count = maximum else { return nil }
            switch element {
            case .zeroWidth: break
            case .atom: total += count
            case .group(let body):
                guard let m = maxLength(body) else { return nil }
                total += m * count
            }
            i = after
        }
        return total
    }
}

/// A shape's tail alternatives as two tables of bit masks: which alternatives accept a unit as their last
/// character, and which as their second-to-last (alternatives one character long accept anything there).
final class TailTable {
    private let tails: [[CharacterTest]]
    private let last = UnsafeMutablePointer<UInt64>.allocate(capacity: 65536)
    private let second = UnsafeMutablePointer<UInt64>.allocate(capacity: 65536)
    private let known = UnsafeMutablePointer<UInt8>.allocate(capacity: 65536)  // bit 0: last known, bit 1: second
    private let short: UInt64

    init(_ tails: [[CharacterTest]]) {
        self.tails = tails
        var short: UInt64 = 0
        for (k, t) in tails.enumerated() where t.count < 2 { short |= 1 << UInt64(k) }
        self.short = short
        known.initialize(repeating: 0, count: 65536)
    }

    deinit {
        last.deallocate()
        second.deallocate()
        known.deallocate()
    }

    @inline(__always)
    func allows(_ units: UnsafeBufferPointer<UInt16>, before position: Int) -> Bool {
        guard position >= 1 else { return false }
        var mask = lastMask(units[position - 1])
        guard mask != 0 else { return false }
        mask &= position >= 2 ? (secondMask(units[position - 2]) | short) : short
        return mask != 0
    }

    private func lastMask(_ u: UInt16) -> UInt64 {
        let i = Int(u)
        if known[i] & 1 != 0 { return last[i] }
        var m: UInt64 = 0
        for (k, t) in tails.enumerated() where t[0].matches(u) { m |= 1 << UInt64(k) }
        last[i] = m
        known[i] |= 1
        return m
    }

    private func secondMask(_ u: UInt16) -> UInt64 {
        let i = Int(u)
        if known[i] & 2 != 0 { return second[i] }
        var m: UInt64 = 0
        for (k, t) in tails.enumerated() where t.count >= 2 && t[1].matches(u) { m |= 1 << UInt64(k) }
        second[i] = m
        known[i] |= 2
        return m
    }
}

extension CharacterTest {
    /// Whether the test accepts any common white-space character.
    var matchesWhiteSpace: Bool {
        [0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2009, 0x200A, 0x202F, 0x3000].contains { matches(UInt16($0)) }
    }
}
