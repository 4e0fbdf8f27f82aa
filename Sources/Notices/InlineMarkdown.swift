import ICU
import Inline

/// Parses Markdown inline markup — `*emphasis*`, `_emphasis_`, `**strong**`, `__strong__`, `[text](url)`,
/// `` `code` ``, backslash escapes — into plain text with inline codes as spans over it.
///
/// Unmatched delimiters stay as literal text, so nothing the author wrote is lost. Line ends inside a block become
/// single spaces; a line ending in two spaces or a backslash becomes a line-break placeholder.
enum InlineMarkdown {
    static func parse(_ source: String) -> Segment {
        if let plain = plainText(source) { return Segment(text: plain) }
        return parseMarkup(source)
    }

    /// `parse` of UTF-8 text as it stands in a notice's bytes (ill-formed sequences read as U+FFFD).
    static func parse(utf8 source: UnsafeBufferPointer<UInt8>) -> Segment {
        if let plain = plainText(source) { return Segment(text: plain) }
        return parseMarkup(String(decoding: source, as: UTF8.self))
    }

    private static func parseMarkup(_ source: String) -> Segment {
        // One pass over the scalars (a count first, then a copy, was two), with room for as many as there are bytes.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(source.utf8.count)
        for u in source.unicodeScalars { scalars.append(u) }
        var builder = Builder(tables: Tables(scalars))
        builder.out.reserveCapacity(scalars.count)
        builder.parse(scalars, 0..<scalars.count)
        return builder.finish()
    }

    /// What `parse` makes of text holding nothing that may start markup (`` \ ` * _ [ ``) and no hard line break
    /// (two spaces before a line end): the text with each run of spaces, tabs and line ends made one space, the
    /// ends trimmed; worked out on its bytes. Nil for any other text.
    static func plainText(_ source: String) -> String? {
        var copy = source
        return copy.withUTF8 { plainText($0) }
    }

    /// `plainText` of UTF-8 text, in one pass: the words are copied (eight bytes at a time where they can be)
    /// until a byte that may start markup, or a hard line break, shows the text is not plain.
    static func plainText(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = b.baseAddress else { return "" }
        let n = b.count
        var plain = true
        let text = String(unsafeUninitializedCapacity: n) { out in
            guard let to = out.baseAddress else { return 0 }
            var o = 0
            var space = false
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if !mayHoldMarkup(w), copyWindow(w, to: to, &o, space: &space) {
                        i += 8
                        continue
                    }
                }
                let c = b[i]
                switch c {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["):
                    plain = false
                    return 0
                case 0x0A where i >= 2 && b[i - 1] == 0x20 && b[i - 2] == 0x20:
                    plain = false
                    return 0
                default:
                    i += 1
                }
                if c == 0x20 || c == 0x09 || c == 0x0A { space = true; continue }
                if space && o > 0 { out[o] = 0x20; o += 1 }
                space = false
                out[o] = c
                o += 1
            }
            return o
        }
        return plain ? text : nil
    }

    /// Copies eight bytes holding no markup to `to + o`, each space, tab or line end as a space, when no two of
    /// those are side by side (nor one first after white space already pending, or at the start): the one at the
    /// end is left pending in `space`, as the byte-by-byte loop leaves it. False, and nothing changed, otherwise.
    @inline(__always)
    static func copyWindow(_ w: UInt64, to: UnsafeMutablePointer<UInt8>, _ o: inout Int, space: inout Bool) -> Bool {
        let white = equalBytes(w, 0x20) | equalBytes(w, 0x0A) | equalBytes(w, 0x09)
        guard white & (white << 8) == 0 else { return false }
        if white & 0x80 != 0 && (space || o == 0) { return false }
        if space && o > 0 {
            to[o] = 0x20
            o += 1
        }
        space = false
        // Each white byte made a space: its high bit spread over the byte picks it.
        let whole = (white >> 7) &* 0xFF
        UnsafeMutableRawPointer(to + o).storeBytes(of: (w & ~whole) | (whole & 0x2020_2020_2020_2020), as: UInt64.self)
        o += 8
        if white & 0x8000_0000_0000_0000 != 0 {
            o -= 1
            space = true
        }
        return true
    }

    /// The high bit of each byte of `word` that is `byte`, and no other bit (exact: no borrow crosses a byte).
    @inline(__always)
    static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        let seven = 0x7F7F_7F7F_7F7F_7F7F as UInt64
        return ~(((x & seven) &+ seven) | x | seven)
    }

    /// Whether one of the eight bytes of `word` may start markup: one of `` [ \ ] ^ _ ` `` (0x5B to 0x60, one test)
    /// or `*`. Bytes over 0x7F never count.
    @inline(__always)
    static func mayHoldMarkup(_ word: UInt64) -> Bool {
        let low = 0x0101_0101_0101_0101 as UInt64
        let seven = word & (0x7F &* low)
        // Each byte's high bit: set where 0x5A < byte < 0x61 (Bit Twiddling Hacks, `hasbetween`).
        let between = ((0xE0 &* low) &- seven) & ~word & (seven &+ (0x25 &* low)) & (0x80 &* low)
        let x = word ^ (0x2A &* low)
        let star = (x &- low) & ~x & (0x80 &* low)
        return between | star != 0
    }

    /// Markup nested deeper than this stays literal text: nesting costs stack, and no notice needs more.
    static let maxDepth = 32

    /// A search for a closer within a range: the range's end, the closing mark and how many of it.
    struct CloserSearch: Hashable {
        var end: Int
        var mark: Unicode.Scalar
        var count: Int
    }

    /// What the parser would otherwise find by scanning forward from every opener (which is quadratic on
    /// adversarial input such as 50,000 × `[a](`), computed once in linear time, when a `[` first asks for it:
    /// most paragraphs with markup hold emphasis only.
    final class Tables {
        private let s: [Unicode.Scalar]
        /// For each `[`, the index of its matching `]` (escapes honoured), or -1.
        lazy var closingBracket: [Int32] = Self.closingBrackets(s)
        /// For each index a, the first j ≥ a where a URL starting at a would end: a `)` that closes no `(` opened
        /// at or after a; -1 when there is none.
        lazy var urlEnd: [Int32] = Self.urlEnds(s)
        /// For each index, the first index at or after it holding a space or a line end (or the count).
        lazy var nextBreak: [Int32] = Self.nextBreaks(s)
        /// Searches known to fail: (range end, delimiter or backtick run) → the smallest start that failed.
        var failedCloser: [CloserSearch: Int] = [:]

        init(_ s: [Unicode.Scalar]) { self.s = s }

        private static func closingBrackets(_ s: [Unicode.Scalar]) -> [Int32] {
            let n = s.count
            var closingBracket = [Int32](repeating: -1, count: n)
            var stack: [Int] = []
            var i = 0
            while i < n {
                let c = s[i]
                if c == "\\" { i += 2; continue }
                if c == "[" {
                    stack.append(i)
                } else if c == "]", let open = stack.popLast() {
                    closingBracket[open] = Int32(i)
                }
                i += 1
            }
            return closingBracket
        }

        private static func urlEnds(_ s: [Unicode.Scalar]) -> [Int32] {
            // D[k]: '(' minus ')' in s[0..<k]. A URL from a ends at the first j with D[j + 1] < D[a]: the next
            // smaller value, found for every a with one monotonic stack from the right.
            let n = s.count
            var depth = [Int32](repeating: 0, count: n + 1)
            for k in 0..<n { depth[k + 1] = depth[k] + (s[k] == "(" ? 1 : s[k] == ")" ? -1 : 0) }
            var urlEnd = [Int32](repeating: -1, count: n)
            var smaller: [Int] = []
            var k = n
            while k >= 0 {
                while let top = smaller.last, depth[top] >= depth[k] { smaller.removeLast() }
                if k < n, let top = smaller.last { urlEnd[k] = Int32(top - 1) }
                smaller.append(k)
                k -= 1
            }
            return urlEnd
        }

        private static func nextBreaks(_ s: [Unicode.Scalar]) -> [Int32] {
            let n = s.count
            var nextBreak = [Int32](repeating: Int32(n), count: n + 1)
            var b = n
            while b > 0 {
                b -= 1
                nextBreak[b] = (s[b] == " " || s[b] == "\n") ? Int32(b) : nextBreak[b + 1]
            }
            return nextBreak
        }
    }

    struct Builder {
        let tables: Tables
        var out: [Unicode.Scalar] = []
        var codes: [CodeSpan] = []
        var nextID = 1
        var depth = 0

        mutating func emit(_ u: Unicode.Scalar) {
            if u == " " || u == "\n" || u == "\t" {
                if out.isEmpty || out.last == " " { return }
                out.append(" ")
            } else {
                out.append(u)
            }
        }

        mutating func span(_ kind: CodeSpan.Kind, data: String? = nil, _ body: (inout Builder) -> Void) {
            let id = String(nextID)
            nextID += 1
            let index = codes.count
            codes.append(CodeSpan(id: id, kind: kind, start: out.count, end: out.count, data: data))
            depth += 1
            body(&self)
            depth -= 1
            codes[index].end = out.count
        }

        /// `closer`, remembering failures: a search that failed from `from` fails from any later start too.
        func findCloser(_ s: [Unicode.Scalar], _ delim: [Unicode.Scalar], from: Int, in range: Range<Int>) -> Int? {
            let key = CloserSearch(end: range.upperBound, mark: delim[0], count: delim.count)
            if let failed = tables.failedCloser[key], from >= failed { return nil }
            let found = Self.closer(s, delim, from: from, in: range)
            if found == nil { tables.failedCloser[key] = min(from, tables.failedCloser[key] ?? from) }
            return found
        }

        /// `codeSpanEnd`, remembering failures: no closing run of `run` backticks after one start means none
        /// after any later start.
        func findCodeSpanEnd(_ s: [Unicode.Scalar], openerAt: Int, run: Int, in range: Range<Int>) -> Int? {
            let key = CloserSearch(end: range.upperBound, mark: "`", count: run)
            if let failed = tables.failedCloser[key], openerAt >= failed { return nil }
            let found = Self.codeSpanEnd(s, openerAt: openerAt, run: run, in: range)
            if found == nil { tables.failedCloser[key] = min(openerAt, tables.failedCloser[key] ?? openerAt) }
            return found
        }

        static func isPunctuation(_ u: Unicode.Scalar) -> Bool {
            u.isASCII && (u.properties.generalCategory.isPunctuationOrSymbol)
        }

        static func isSpace(_ u: Unicode.Scalar?) -> Bool { u == nil || u == " " || u == "\n" || u == "\t" }

        /// The index of the closing delimiter `delim` for an opener ending at `from`, within `range`.
        static func closer(_ s: [Unicode.Scalar], _ delim: [Unicode.Scalar], from: Int, in range: Range<Int>) -> Int? {
            var i = from
            while i + delim.count <= range.upperBound {
                if s[i] == "\\" { i += 2; continue }
                if s[i] == "`" {
                    // Skip code spans: delimiters inside them do not count.
                    var run = 0
                    while i + run < range.upperBound, s[i + run] == "`" { run += 1 }
                    if let end = codeSpanEnd(s, openerAt: i, run: run, in: range) { i = end; continue }
                    i += run
                    continue
                }
                if s[i..<(i + delim.count)].elementsEqual(delim), !isSpace(s[i - 1]),
                    i + delim.count >= range.upperBound || s[i + delim.count] != delim[0]
                {
                    // `_` closes only at a word end (no intraword underscore emphasis).
                    if delim[0] == "_", i + delim.count < range.upperBound, s[i + delim.count].properties.isAlphabetic {
                        i += 1; continue
                    }
                    return i
                }
                i += 1
            }
            return nil
        }

        /// The index just past the closing backtick run of a code span opened at `openerAt` with `run` backticks.
        static func codeSpanEnd(_ s: [Unicode.Scalar], openerAt: Int, run: Int, in range: Range<Int>) -> Int? {
            var i = openerAt + run
            while i < range.upperBound {
                if s[i] == "`" {
                    var r = 0
                    while i + r < range.upperBound, s[i + r] == "`" { r += 1 }
                    if r == run { return i + r }
                    i += r
                } else {
                    i += 1
                }
            }
            return nil
        }

        mutating func parse(_ s: [Unicode.Scalar], _ range: Range<Int>) {
            var i = range.lowerBound
            while i < range.upperBound {
                let u = s[i]
                // Hard line break: two trailing spaces or a backslash before a line end.
                if u == "\n" {
                    let hard = (i >= 2 && s[i - 1] == " " && s[i - 2] == " ")
                    if hard {
                        while out.last == " " { out.removeLast() }
                        let id = String(nextID)
                        nextID += 1
                        codes.append(CodeSpan(id: id, kind: .lineBreak, start: out.count, end: out.count))
                        i += 1
                        while i < range.upperBound, s[i] == " " { i += 1 }
                        continue
                    }
                    emit(" ")
                    i += 1
                    continue
                }
                if u == "\\", i + 1 < range.upperBound {
                    let next = s[i + 1]
                    if next == "\n" {
                        while out.last == " " { out.removeLast() }
                        codes.append(CodeSpan(id: String(nextID), kind: .lineBreak, start: out.count, end: out.count))
                        nextID += 1
                        i += 2
                        continue
                    }
                    if Self.isPunctuation(next) { out.append(next); i += 2; continue }
                }
                if u == "`", depth < InlineMarkdown.maxDepth {
                    var run = 0
                    while i + run < range.upperBound, s[i + run] == "`" { run += 1 }
                    if let end = findCodeSpanEnd(s, openerAt: i, run: run, in: range) {
                        var content = Array(s[(i + run)..<(end - run)]).map { $0 == "\n" ? " " as Unicode.Scalar : $0 }
                        if content.count >= 2, content.first == " ", content.last == " ",
                            content.contains(where: { $0 != " " })
                        {
                            content = Array(content.dropFirst().dropLast())
                        }
                        span(.code) { b in b.out.append(contentsOf: content) }
                        i = end
                        continue
                    }
                    for _ in 0..<run { out.append("`") }
                    i += run
                    continue
                }
                if u == "[", depth < InlineMarkdown.maxDepth, let (textEnd, url, end) = link(s, openerAt: i, in: range)
                {
                    span(.link, data: url) { b in b.parse(s, (i + 1)..<textEnd) }
                    i = end
                    continue
                }
                if u == "*" || u == "_", depth < InlineMarkdown.maxDepth {
                    let double = i + 1 < range.upperBound && s[i + 1] == u
                    let width = double ? 2 : 1
                    let opensWord = i + width < range.upperBound && !Self.isSpace(s[i + width])
                    let intraword = u == "_" && i > range.lowerBound && s[i - 1].properties.isAlphabetic
                    if opensWord, !intraword,
                        let close = findCloser(s, Array(repeating: u, count: width), from: i + width + 1, in: range)
                    {
                        span(double ? .strong : .emphasis) { b in b.parse(s, (i + width)..<close) }
                        i = close + width
                        continue
                    }
                }
                emit(u)
                i += 1
            }
        }

        /// `[text](url)` starting at `openerAt`: the end of the text, the URL, and the index after `)`. A URL has
        /// no space or line end; parentheses inside it must balance.
        func link(_ s: [Unicode.Scalar], openerAt: Int, in range: Range<Int>) -> (Int, String, Int)? {
            let textEnd = Int(tables.closingBracket[openerAt])
            guard textEnd >= 0, textEnd + 1 < range.upperBound, s[textEnd + 1] == "(" else { return nil }
            let start = textEnd + 2
            guard start < s.count else { return nil }
            let j = Int(tables.urlEnd[start])
            guard j >= start, j < range.upperBound, j <= Int(tables.nextBreak[start]) else { return nil }
            var u = String(scalars: s[start..<j])
            if u.hasPrefix("<"), u.hasSuffix(">") { u = String(u.dropFirst().dropLast()) }
            return (textEnd, u, j + 1)
        }

        mutating func finish() -> Segment {
            // Trim trailing and leading space, keeping code positions consistent.
            while out.last == " " { out.removeLast() }
            let n = out.count
            for k in codes.indices {
                codes[k].start = min(codes[k].start, n)
                codes[k].end = min(codes[k].end, n)
            }
            codes.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
            return Segment(text: String(scalars: out), spans: codes)
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}
