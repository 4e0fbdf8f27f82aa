/// One step of a `LinearPattern` alternative: plain values, kept in raw storage by `RuleTables`.
struct LinearNode: Equatable {
    enum Kind: UInt8 {
        /// A character of a class (`mask`, a class bit), `min` to `max` times (`Int.max`: unbounded).
        case chars
        /// The character `unit` (in the BMP), `min` to `max` times.
        case unit
        /// `^`: the start of the text.
        case start
        /// `\b`.
        case wordBoundary
        /// A one-character look-ahead or look-behind of class `mask`, `negative` or not.
        case lookAhead, lookBehind
    }

    var kind: Kind
    var mask: UInt64 = 0
    var unit: UInt16 = 0
    var negative = false
    var min = 1
    var max = 1
}

/// A rule pattern in the part of ICU's regex syntax that reads as a list of sequences, which Jeju matches itself
/// over `RuleTables`' character classes instead of running ICU's regex engine at each boundary: characters with
/// counts, groups of alternatives (with bounded counts, spelled out into alternatives of the whole), `^`, `\b`,
/// and look-arounds of one character (`(?<![\p{L}.])`).
///
/// Anything else (inline flags, `$`, back-references, possessive or unbounded counts on groups, escapes such as
/// `\x{…}`, more than `limit` alternatives) leaves the pattern to ICU. Matching is exact or says it cannot tell:
/// a character outside the BMP, or a mark or format character beside `\b`, sends the decision back to ICU.
enum LinearPattern {
    static let limit = 256

    /// The alternatives of `pattern`, or nil when it is not in the subset. `bit` gives the class bit of a
    /// one-character pattern (nil when there is none to give).
    static func parse(_ pattern: [Character], bit: (String) -> UInt64?) -> [[LinearNode]]? {
        var alternatives: [[LinearNode]] = []
        for a in PatternSyntax.split(pattern) {
            guard let spelled = sequences(a, bit: bit) else { return nil }
            alternatives += spelled
        }
        return alternatives.count <= limit ? alternatives : nil
    }

    /// The sequences one alternative spells out to.
    private static func sequences(_ p: [Character], bit: (String) -> UInt64?) -> [[LinearNode]]? {
        var out: [[LinearNode]] = [[]]
        var i = 0
        /// A zero-width node must not be counted.
        func uncounted(_ next: Int) -> Bool { PatternShape.quantifier(p, at: next) == nil }
        func append(_ node: LinearNode) { out = out.map { $0 + [node] } }
        while i < p.count {
            if p[i] == "^" {
                guard uncounted(i + 1) else { return nil }
                append(LinearNode(kind: .start))
                i += 1
                continue
            }
            if p[i] == "\\", i + 1 < p.count, p[i + 1] == "b" {
                guard uncounted(i + 2) else { return nil }
                append(LinearNode(kind: .wordBoundary))
                i += 2
                continue
            }
            if p[i] == "(", i + 2 < p.count, p[i + 1] == "?", let close = PatternSyntax.matchingClose(p, open: i) {
                let inner = Array(p[(i + 1)..<close])
                var look: (kind: LinearNode.Kind, negative: Bool, skip: Int)?
                if inner.starts(with: ["?", "<", "!"]) { look = (.lookBehind, true, 3) }
                if inner.starts(with: ["?", "<", "="]) { look = (.lookBehind, false, 3) }
                if inner.starts(with: ["?", "!"]) { look = (.lookAhead, true, 2) }
                if inner.starts(with: ["?", "="]) { look = (.lookAhead, false, 2) }
                if let look {
                    let body = Array(inner.dropFirst(look.skip))
                    guard !body.isEmpty, let (element, next) = PatternShape.element(body, at: 0), next == body.count,
                        case .atom(let source) = element, let b = bit(source), uncounted(close + 1)
                    else { return nil }
                    append(LinearNode(kind: look.kind, mask: b, negative: look.negative))
                    i = close + 1
                    continue
                }
            }
            guard let (element, next) = PatternShape.element(p, at: i) else { return nil }
            let (minimum, maximum, after) = PatternShape.quantifier(p, at: next) ?? (1, 1, next)
            if after - next >= 2, p[after - 1] == "+" { return nil }  // possessive: no backtracking into it
            switch element {
            case .zeroWidth:
                return nil
            case .atom(let source):
                if let u = literalUnit(source) {
                    append(LinearNode(kind: .unit, unit: u, min: minimum, max: maximum ?? Int.max))
                } else {
                    guard let b = bit(source) else { return nil }
                    append(LinearNode(kind: .chars, mask: b, min: minimum, max: maximum ?? Int.max))
                }
            case .group(let body):
                // Each count of the group, each choice of alternatives: spelled out.
                guard let inner = parse(body, bit: bit), let maximum, maximum <= 16 else { return nil }
                var choices: [[LinearNode]] = []
                var repeated: [[LinearNode]] = [[]]
                for count in 0...maximum {
                    if count > 0 { repeated = repeated.flatMap { r in inner.map { r + $0 } } }
                    guard repeated.count <= limit else { return nil }
                    if count >= minimum { choices += repeated }
                }
                out = out.flatMap { s in choices.map { s + $0 } }
            }
            guard out.count <= limit else { return nil }
            i = after
        }
        return out
    }

    /// The character a one-character pattern stands for when it is a literal (`\Qx\E`, `\.`), as one UTF-16 unit.
    static func literalUnit(_ source: String) -> UInt16? {
        var c = Substring(source)
        if c.hasPrefix("\\Q") && c.hasSuffix("\\E") {
            c = c.dropFirst(2).dropLast(2)
        } else if c.hasPrefix("\\"), c.count == 2, let e = c.last, !e.isLetter, !e.isNumber {
            c = c.dropFirst()
        } else {
            return nil
        }
        let units = Array(c.utf16)
        guard units.count == 1, !UTF16.isLeadSurrogate(units[0]), !UTF16.isTrailSurrogate(units[0]) else { return nil }
        return units[0]
    }
}

extension RuleTables {
    /// Whether one of the alternatives `alternatives` (ranges of `nodes`) matches text ending at `position`
    /// (`backwards`, a `before`) or starting there (an `after`); nil when that cannot be told without ICU.
    @inline(__always)
    func linearMatch(_ alternatives: Range<Int>, _ u: UnsafeBufferPointer<UInt16>, at position: Int, backwards: Bool)
        -> Bool?
    {
        var inexact = false
        for a in alternatives {
            let r = linearAlternatives[a]
            if backwards
                ? match(r.upperBound - 1, until: r.lowerBound - 1, step: -1, u, position, &inexact)
                : match(r.lowerBound, until: r.upperBound, step: 1, u, position, &inexact)
            {
                return true
            }
        }
        return inexact ? nil : false
    }

    /// Matches nodes from `i` up to `end` (excluded) in direction `step`: forwards from `position` (1, an
    /// `after`) or backwards to it (-1, a `before`, last node first). `inexact` is set when a path was abandoned
    /// for want of knowledge (a true result stands regardless: its path was exact).
    private func match(
        _ i: Int, until end: Int, step: Int, _ u: UnsafeBufferPointer<UInt16>, _ position: Int,
        _ inexact: inout Bool
    ) -> Bool {
        guard i != end else { return true }
        let node = linearNodes[i]
        switch node.kind {
        case .chars, .unit:
            let run = self.run(node, u, from: position, step: step, &inexact)
            if i + step == end { return run >= node.min }
            var count = run
            while count >= node.min {
                if match(i + step, until: end, step: step, u, position + step * count, &inexact) { return true }
                count -= 1
            }
            return false
        default:
            guard let holds = assertion(node, u, position) else { inexact = true; return false }
            return holds && match(i + step, until: end, step: step, u, position, &inexact)
        }
    }

    /// How many characters of a `.chars` or `.unit` node's kind follow `position` (step 1) or precede it (step
    /// -1), up to the node's maximum.
    @inline(__always)
    private func run(
        _ node: LinearNode, _ u: UnsafeBufferPointer<UInt16>, from position: Int, step: Int, _ inexact: inout Bool
    ) -> Int {
        var run = 0
        var i = step < 0 ? position - 1 : position
        if node.kind == .unit {
            while run < node.max, i >= 0, i < u.count, u[i] == node.unit {
                run += 1
                i += step
            }
            return run
        }
        while run < node.max, i >= 0, i < u.count {
            let c = classes(u[i])
            if c & Self.surrogate != 0 { inexact = true; break }
            if c & node.mask == 0 { break }
            run += 1
            i += step
        }
        return run
    }

    /// Whether a zero-width node holds at `p`; nil when it cannot be told here.
    private func assertion(_ node: LinearNode, _ u: UnsafeBufferPointer<UInt16>, _ p: Int) -> Bool? {
        switch node.kind {
        case .start:
            return p == 0
        case .wordBoundary:
            // ICU: a word character (`\w`) on one side and not on the other; ICU looks past marks and format
            // characters, which are left to it.
            var after = false, before = false
            if p < u.count {
                let c = classes(u[p])
                if c & (Self.surrogate | Self.markOrFormat) != 0 { return nil }
                after = c & Self.regexWord != 0
            }
            if p > 0 {
                let c = classes(u[p - 1])
                if c & (Self.surrogate | Self.markOrFormat) != 0 { return nil }
                before = c & Self.regexWord != 0
            }
            return after != before
        case .lookAhead, .lookBehind:
            let i = node.kind == .lookAhead ? p : p - 1
            var has = false
            if i >= 0, i < u.count {
                let c = classes(u[i])
                if c & Self.surrogate != 0 { return nil }
                has = c & node.mask != 0
            }
            return has != node.negative
        case .chars, .unit:
            return nil
        }
    }
}
