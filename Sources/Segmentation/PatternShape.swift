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

    init(before: String, after: String) {
        let folded = before.contains("(?i)")
        let tailSources = Self.tails(Array(before), max: 2)
        tails = tailSources.map { seq in seq.map { CharacterTest($0, caseInsensitive: folded) } }
        let afterFolded = after.contains("(?i)")
        heads = Self.heads(Array(after), max: 2).map { seq in
            seq.compactMap { step -> Step? in
                switch step {
                case .skip: return .skipSpace
                case .atom(let source): return .atom(CharacterTest(source, caseInsensitive: afterFolded))
                }
            }
        }
        maxEnd = Self.anchoredMaxLength(Array(before))
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
                if minimum == 0 {
                    return within + tailSequence(p, end: open, budget: budget - out.count).map { out + $0 }
                }
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
        if kind == "=" || kind == "!" || kind == "<" {
            return !(kind == "<" && inner.count > 2 && !"=!".contains(inner[2]))
        }
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
                if minimum == 0 {
                    return within + headSequence(p, from: after, budget: budget - atoms).map { steps + $0 }
                }
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
                if afterSkip(), CharacterTest(source, caseInsensitive: false).matchesWhiteSpace {
                    return [steps]
                }
                if minimum == 0 {
                    return [steps + [.atom(source)]]
                        + headSequence(p, from: after, budget: budget - atoms).map { steps + $0 }
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
            if "sSdDwWhHvV".contains(e) || (!e.isLetter && !e.isNumber) {
                return (.atom(String(p[i...(i + 1)])), i + 2)
            }
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

extension CharacterTest {
    /// Whether the test accepts any common white-space character.
    var matchesWhiteSpace: Bool {
        [0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2009, 0x200A, 0x202F, 0x3000].contains { matches(UInt16($0)) }
    }
}
