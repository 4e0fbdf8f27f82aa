import ICU

/// Reading ICU regex syntax without running it: the small grammar `PatternShape` reads rule patterns with
/// (alternatives, groups, classes, escapes, quantifiers), and the break scan's relaxed patterns.
enum PatternSyntax {
    /// `pattern` without the zero-width assertions it starts with (`\b`, `^`, look-behinds, look-aheads): a
    /// pattern matching at least where `pattern` does, with the same match ends.
    static func droppingLeadingAssertions(_ pattern: String) -> String {
        var p = Array(pattern)
        var flags = ""
        if p.starts(with: Array("(?i)")) { flags = "(?i)"; p.removeFirst(4) }
        while true {
            if p.starts(with: ["\\", "b"]) || p.starts(with: ["\\", "B"]) { p.removeFirst(2); continue }
            if p.first == "^" { p.removeFirst(); continue }
            if p.starts(with: ["(", "?"]), p.count > 2, "=!<".contains(p[2]),
                p[2] != "<" || (p.count > 3 && "=!".contains(p[3]))
            {
                guard let close = matchingClose(p, open: 0) else { break }
                p.removeFirst(close + 1)
                continue
            }
            break
        }
        // A pattern with top-level alternatives keeps them all.
        return split(Array(pattern)).count > 1 ? pattern : flags + String(p)
    }

    /// The `)` closing the group opened at `open`.
    static func matchingClose(_ p: [Character], open: Int) -> Int? {
        var depth = 0
        var i = open
        var inClass = false
        while i < p.count {
            if !isEscaped(p, i) {
                if inClass {
                    if p[i] == "]" { inClass = false }
                } else if p[i] == "[" {
                    inClass = true
                } else if p[i] == "(" {
                    depth += 1
                } else if p[i] == ")" {
                    depth -= 1
                    if depth == 0 { return i }
                }
            }
            i += 1
        }
        return nil
    }

    /// A quantifier ending at `end`: its start and minimum.
    static func quantifier(_ p: [Character], end: Int) -> (Int, Int)? {
        var e = end
        // A lazy or possessive quantifier: its mark after the plain one.
        if e > 0, p[e - 1] == "?" || p[e - 1] == "+", e > 1, "*+?}".contains(p[e - 2]), !isEscaped(p, e - 2) { e -= 1 }
        guard e > 0, !isEscaped(p, e - 1) else { return nil }
        switch p[e - 1] {
        case "*": return (e - 1, 0)
        case "+": return (e - 1, 1)
        case "?": return (e - 1, 0)
        case "}":
            guard let open = p[..<(e - 1)].lastIndex(of: "{") else { return nil }
            let body = String(p[(open + 1)..<(e - 1)])
            guard let m = Int(body.split(separator: ",", omittingEmptySubsequences: false).first ?? "") else {
                return nil
            }
            return (open, m)
        default: return nil
        }
    }

    static func isEscaped(_ p: [Character], _ i: Int) -> Bool {
        var n = 0
        var k = i - 1
        while k >= 0, p[k] == "\\" { n += 1; k -= 1 }
        return n % 2 == 1
    }

    /// The `(` matching the `)` at `close`, skipping escapes and classes.
    static func matchingOpen(_ p: [Character], close: Int) -> Int? {
        var depth = 0
        var i = close
        while i >= 0 {
            if !isEscaped(p, i) {
                if p[i] == "]", let open = classOpen(p, close: i) { i = open - 1; continue }
                if p[i] == ")" { depth += 1 }
                if p[i] == "(" {
                    depth -= 1
                    if depth == 0 { return i }
                }
            }
            i -= 1
        }
        return nil
    }

    /// The `[` opening the class that the `]` at `close` ends.
    static func classOpen(_ p: [Character], close: Int) -> Int? {
        var i = close - 1
        var depth = 1
        while i >= 0 {
            if !isEscaped(p, i) {
                if p[i] == "]" { depth += 1 }
                if p[i] == "[" {
                    depth -= 1
                    if depth == 0 { return i }
                }
            }
            i -= 1
        }
        return nil
    }

    /// Splits a group body at its top-level `|`.
    static func split(_ p: [Character]) -> [[Character]] {
        var parts: [[Character]] = []
        var current: [Character] = []
        var depth = 0
        var inClass = 0
        for (i, c) in p.enumerated() {
            if !isEscaped(p, i) {
                if c == "[" { inClass += 1 } else if c == "]" && inClass > 0 { inClass -= 1 }
                if inClass == 0 {
                    if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
                    if c == "|" && depth == 0 { parts.append(current); current = []; continue }
                }
            }
            current.append(c)
        }
        parts.append(current)
        return parts
    }

    /// The last atom before `end`: its pattern, where it starts, and whether it is zero-width.
    static func lastAtom(_ p: [Character], end: Int) -> (String, Int, Bool)? {
        let c = p[end - 1]
        if c == "]", !isEscaped(p, end - 1), let open = classOpen(p, close: end - 1) {
            return (String(p[open..<end]), open, false)
        }
        if c == "}", let open = p[..<(end - 1)].lastIndex(of: "{"), open >= 2, p[open - 2] == "\\",
            "pP".contains(p[open - 1])
        {
            return (String(p[(open - 2)..<end]), open - 2, false)
        }
        if end >= 2, p[end - 2] == "\\", !isEscaped(p, end - 2) {
            let e = p[end - 1]
            if "bBAzZG".contains(e) { return ("", end - 2, true) }
            if "sSdDwWhHvVX".contains(e) || !e.isLetter && !e.isNumber {
                return (String(p[(end - 2)..<end]), end - 2, false)
            }
            return nil  // \n, \t, \x…, \u…: not worth reading
        }
        if c == "^" || c == "$" { return ("", end - 1, true) }
        if c == "." { return (".", end - 1, false) }
        if c == "(" || c == "|" || c == "{" || c == "}" || c == "*" || c == "+" || c == "?" || c == "[" || c == "\\" {
            return nil
        }
        return ("\\Q\(c)\\E", end - 1, false)
    }
}

/// A single-character regex evaluated by ICU once per UTF-16 code unit value and remembered.
///
/// Its pattern is a part of a rule pattern that compiled (`SRXRules.parse` and `RuleMatcher` compile every rule
/// whole), and it is compiled only when a unit is first asked about: a segmenter makes hundreds of tests and most
/// are never asked anything of most texts, and compiling a class such as `\p{Lu}` builds its set from ICU's
/// property data.
final class CharacterTest {
    /// The one-character pattern, and whether it is read case-insensitively.
    let pattern: String
    let caseInsensitive: Bool
    private var regex: ICURegex?
    /// The pattern and its case setting: equal keys, equal tests.
    let key: String
    /// Per block of 256 code units, allocated when a unit of it is first asked about: 0 not yet known, 1 matches,
    /// 2 does not. A segmenter makes hundreds of tests, each asked about a few blocks at most, so a full 64 Ki
    /// table each would cost more to clear than all the asking. Raw memory, since this is read at every boundary
    /// and an array property of a class would pay for exclusivity checks and reference counting on each read.
    private let pages: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>

    init(_ pattern: String, caseInsensitive: Bool) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        key = (caseInsensitive ? "(?i)" : "") + pattern
        pages = UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>.allocate(capacity: 256)
        pages.initialize(repeating: nil, count: 256)
    }

    deinit {
        for k in 0..<256 { pages[k]?.deallocate() }
        pages.deallocate()
    }

    func matches(_ unit: UInt16) -> Bool {
        let block = Int(unit >> 8), low = Int(unit & 0xFF)
        let page: UnsafeMutablePointer<UInt8>
        if let p = pages[block] {
            page = p
            let m = p[low]
            if m != 0 { return m == 1 }
        } else {
            page = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            page.initialize(repeating: 0, count: 256)
            pages[block] = page
        }
        if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) { return true }
        let yes = evaluate(unit)
        page[low] = yes ? 1 : 2
        return yes
    }

    private func evaluate(_ unit: UInt16) -> Bool {
        if regex == nil {
            do throws(ICUError) {
                regex = try ICURegex.shared(pattern, options: caseInsensitive ? [.caseInsensitive] : [])
            } catch {
                // A part of a pattern that compiled compiles; should one not, "may match" is the answer that
                // keeps every rule that could apply (the rule's own regex then decides).
                return true
            }
        }
        guard let regex else { return true }
        regex.setText([unit])
        return regex.wholeMatch(in: 0..<1)
    }
}
