/// Parses Markdown inline markup — `*emphasis*`, `_emphasis_`, `**strong**`, `__strong__`, `[text](url)`,
/// `` `code` ``, backslash escapes — into plain text with inline codes as spans over it.
///
/// Unmatched delimiters stay as literal text, so nothing the author wrote is lost. Line ends inside a block become
/// single spaces; a line ending in two spaces or a backslash becomes a line-break placeholder.
enum InlineMarkdown {
    static func parse(_ source: String) -> InlineText {
        var builder = Builder()
        let scalars = Array(source.unicodeScalars)
        builder.parse(scalars, 0..<scalars.count)
        return builder.finish()
    }

    struct Builder {
        var out: [Unicode.Scalar] = []
        var codes: [InlineCode] = []
        var nextID = 1

        mutating func emit(_ u: Unicode.Scalar) {
            if u == " " || u == "\n" || u == "\t" {
                if out.isEmpty || out.last == " " { return }
                out.append(" ")
            } else {
                out.append(u)
            }
        }

        mutating func span(_ kind: InlineCode.Kind, data: String? = nil, _ body: (inout Builder) -> Void) {
            let id = String(nextID)
            nextID += 1
            let index = codes.count
            codes.append(InlineCode(id: id, kind: kind, start: out.count, end: out.count, data: data))
            body(&self)
            codes[index].end = out.count
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
                if Array(s[i..<(i + delim.count)]) == delim, !isSpace(s[i - 1]),
                   i + delim.count >= range.upperBound || s[i + delim.count] != delim[0] {
                    // `_` closes only at a word end (no intraword underscore emphasis).
                    if delim[0] == "_", i + delim.count < range.upperBound, s[i + delim.count].properties.isAlphabetic { i += 1; continue }
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
                        codes.append(InlineCode(id: id, kind: .lineBreak, start: out.count, end: out.count))
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
                        codes.append(InlineCode(id: String(nextID), kind: .lineBreak, start: out.count, end: out.count))
                        nextID += 1
                        i += 2
                        continue
                    }
                    if Self.isPunctuation(next) { out.append(next); i += 2; continue }
                }
                if u == "`" {
                    var run = 0
                    while i + run < range.upperBound, s[i + run] == "`" { run += 1 }
                    if let end = Self.codeSpanEnd(s, openerAt: i, run: run, in: range) {
                        var content = Array(s[(i + run)..<(end - run)]).map { $0 == "\n" ? " " as Unicode.Scalar : $0 }
                        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
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
                if u == "[", let (textEnd, url, end) = Self.link(s, openerAt: i, in: range) {
                    span(.link, data: url) { b in b.parse(s, (i + 1)..<textEnd) }
                    i = end
                    continue
                }
                if u == "*" || u == "_" {
                    let double = i + 1 < range.upperBound && s[i + 1] == u
                    let width = double ? 2 : 1
                    let opensWord = i + width < range.upperBound && !Self.isSpace(s[i + width])
                    let intraword = u == "_" && i > range.lowerBound && s[i - 1].properties.isAlphabetic
                    if opensWord, !intraword,
                       let close = Self.closer(s, Array(repeating: u, count: width), from: i + width + 1, in: range) {
                        span(double ? .strong : .emphasis) { b in b.parse(s, (i + width)..<close) }
                        i = close + width
                        continue
                    }
                }
                emit(u)
                i += 1
            }
        }

        /// `[text](url)` starting at `openerAt`: the end of the text, the URL, and the index after `)`.
        static func link(_ s: [Unicode.Scalar], openerAt: Int, in range: Range<Int>) -> (Int, String, Int)? {
            var depth = 0
            var i = openerAt
            while i < range.upperBound {
                if s[i] == "\\" { i += 2; continue }
                if s[i] == "[" { depth += 1 }
                if s[i] == "]" {
                    depth -= 1
                    if depth == 0 { break }
                }
                i += 1
            }
            guard i < range.upperBound, i + 1 < range.upperBound, s[i + 1] == "(" else { return nil }
            let textEnd = i
            var j = i + 2
            var url: [Unicode.Scalar] = []
            var parens = 0
            while j < range.upperBound {
                let c = s[j]
                if c == "(" { parens += 1 }
                if c == ")" {
                    if parens == 0 { break }
                    parens -= 1
                }
                if c == " " || c == "\n" { return nil }
                url.append(c)
                j += 1
            }
            guard j < range.upperBound else { return nil }
            var u = String(String.UnicodeScalarView(url))
            if u.hasPrefix("<"), u.hasSuffix(">") { u = String(u.dropFirst().dropLast()) }
            return (textEnd, u, j + 1)
        }

        mutating func finish() -> InlineText {
            // Trim trailing and leading space, keeping code positions consistent.
            while out.last == " " { out.removeLast() }
            let n = out.count
            for k in codes.indices {
                codes[k].start = min(codes[k].start, n)
                codes[k].end = min(codes[k].end, n)
            }
            codes.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
            return InlineText(String(String.UnicodeScalarView(out)), codes: codes)
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
