import Foundation
import JejuSupport
import Yams

/// Reads a notice written in Markdown with YAML front matter:
///
/// ```
/// ---
/// title: Korea and Kenya sign an e-government MOU
/// date: 2016-06-14
/// views: 12,480
/// id: 2016-06-14-kenya-mou        (optional)
/// ---
/// Paragraphs, `#` headings, `-`/`*`/`1.` list items (each its own block), `>` quotations, fenced code.
/// Inline: *emphasis*, **strong**, [links](url), `code` — kept as inline codes on the text.
/// ```
///
/// A commonly used subset of CommonMark, written for Jeju because no maintained Swift Markdown parser on this
/// platform reports inline markup as spans over plain text with source positions.
enum MarkdownReader {
    /// Hands the title and then each body block to `body` as it is read; returns the notice without its body. The
    /// blocks' structure is read once before the first is handed over, so a notice with an error gives none.
    static func read(_ lines: SourceLines, path: String, id: String, _ body: (Block) throws(Diagnostic) -> Void)
        throws(Diagnostic) -> Notice
    {
        // Front matter: line 1 is '---'; find the closing '---' or '...'.
        guard
            let close = (2...max(2, lines.count)).first(where: {
                let t = lines.line($0).trimmingCharacters(in: .whitespaces)
                return (t == "---" || t == "...") && $0 <= lines.count
            })
        else {
            throw Diagnostic(
                rule: "markdown.front-matter", path: path, line: 1, column: 1,
                message: "the YAML front matter opened here is never closed with '---'")
        }
        let yaml = (2..<close).map { lines.line($0) }.joined(separator: "\n")
        let meta = try FrontMatter.parse(yaml, path: path, firstLine: 2)
        guard let titleText = meta.title, !titleText.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Diagnostic(
                rule: "notice.title", path: path, line: 1, column: 1, message: "the front matter has no 'title'")
        }
        let title = Block(
            kind: .title, content: InlineMarkdown.parse(titleText.collapsingWhitespace), line: meta.titleLine ?? 2)
        // The structure first (errors, and whether there is a body at all), without parsing any inline markup.
        var count = 0
        if close < lines.count {
            try blocks(lines, from: close + 1, path: path, inline: false) { _ throws(Diagnostic) in count += 1 }
        }
        guard count > 0 else {
            throw Diagnostic(
                rule: "notice.body", path: path, line: close, column: 1,
                message: "the notice has no body text after its front matter")
        }
        try body(title)
        try blocks(lines, from: close + 1, path: path, inline: true, body)
        return Notice(id: meta.id ?? id, format: .markdown, title: title, date: meta.date, views: meta.views, body: [])
    }

    /// Whether line `n` can match any of the block patterns below: each needs, after at most three spaces, one of
    /// `` #-*+>`~_ `` or a digit (any non-ASCII character is let through). Spares the regexes on the lines of a
    /// paragraph.
    static func mayStartBlock(_ lines: SourceLines, _ n: Int) -> Bool {
        let r = lines.range(n)
        return lines.bytes.withUnsafeBufferPointer { b in
            var i = r.lowerBound
            while i < r.upperBound, i - r.lowerBound < 4, b[i] == 0x20 { i += 1 }
            guard i < r.upperBound, i - r.lowerBound < 4 else { return false }
            switch b[i] {
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ">"),
                UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "_"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            case 0x80...:
                return true  // `\d` is any decimal digit, ASCII or not
            default:
                return false
            }
        }
    }

    nonisolated(unsafe) static let heading = #/^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/#
    nonisolated(unsafe) static let bullet = #/^ {0,3}([-*+])[ \t]+(.*)$/#
    nonisolated(unsafe) static let ordered = #/^ {0,3}(\d{1,9}[.)])[ \t]+(.*)$/#
    nonisolated(unsafe) static let quote = #/^ {0,3}>[ ]?(.*)$/#
    nonisolated(unsafe) static let fence = #/^ {0,3}(```+|~~~+)(.*)$/#
    nonisolated(unsafe) static let rule = #/^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/#

    /// Splits the body into blocks, handing each to `out` in order. Without `inline`, the blocks' texts are left
    /// empty (their structure only, for counting and errors).
    static func blocks(
        _ lines: SourceLines, from first: Int, path: String, inline: Bool,
        _ emit: (Block) throws(Diagnostic) -> Void
    ) throws(Diagnostic) {
        var n = first
        var paragraph: [String] = []
        var paragraphLine = 0
        func parse(_ text: @autoclosure () -> String) -> InlineText {
            inline ? InlineMarkdown.parse(text()) : InlineText("")
        }
        func out(_ block: Block) throws(Diagnostic) { try emit(block) }
        func flush() throws(Diagnostic) {
            if !paragraph.isEmpty {
                try out(Block(kind: .paragraph, content: parse(paragraph.joined(separator: "\n")), line: paragraphLine))
                paragraph = []
            }
        }
        while n <= lines.count {
            if lines.isBlank(n) { try flush(); n += 1; continue }
            // A line that can start no block continues (or starts) a paragraph.
            if !mayStartBlock(lines, n) {
                if paragraph.isEmpty { paragraphLine = n }
                if inline { paragraph.append(lines.line(n)) } else { paragraph = [""] }
                n += 1
                continue
            }
            let s = lines.line(n)
            if let m = s.wholeMatch(of: fence) {
                try flush()
                let marker = String(m.1)
                var code: [String] = []
                var k = n + 1
                while k <= lines.count, !lines.line(k).trimmingCharacters(in: .whitespaces).hasPrefix(marker) {
                    code.append(lines.line(k))
                    k += 1
                }
                if k > lines.count {
                    throw Diagnostic(
                        rule: "markdown.code-fence", path: path, line: n, column: 1,
                        message: "the code fence opened here is never closed")
                }
                try out(Block(kind: .code, content: InlineText(inline ? code.joined(separator: "\n") : ""), line: n))
                n = k + 1
                continue
            }
            if s.wholeMatch(of: rule) != nil { try flush(); n += 1; continue }
            if let m = s.wholeMatch(of: heading) {
                try flush()
                try out(Block(kind: .heading, content: parse(String(m.2 ?? "")), line: n, level: m.1.count))
                n += 1
                continue
            }
            if s.wholeMatch(of: quote) != nil {
                try flush()
                var text: [String] = []
                let start = n
                while n <= lines.count, let q = lines.line(n).wholeMatch(of: quote) {
                    text.append(String(q.1))
                    n += 1
                }
                // A quotation may hold several paragraphs separated by '>' lines that are empty.
                var part: [String] = []
                var partLine = start
                for (i, t) in text.enumerated() {
                    if t.trimmingCharacters(in: .whitespaces).isEmpty {
                        if !part.isEmpty {
                            try out(
                                Block(kind: .quotation, content: parse(part.joined(separator: "\n")), line: partLine))
                        }
                        part = []
                        partLine = start + i + 1
                    } else {
                        part.append(t)
                    }
                }
                if !part.isEmpty {
                    try out(Block(kind: .quotation, content: parse(part.joined(separator: "\n")), line: partLine))
                }
                continue
            }
            let item =
                s.wholeMatch(of: bullet).map { (String($0.1), String($0.2)) }
                ?? s.wholeMatch(of: ordered).map { (String($0.1), String($0.2)) }
            if let (marker, first) = item, paragraph.isEmpty || true {
                try flush()
                var text = [first]
                let start = n
                n += 1
                // Continuation lines: indented, not blank, not a new item.
                while n <= lines.count, !lines.isBlank(n),
                    lines.line(n).hasPrefix(" ") || lines.line(n).hasPrefix("\t"),
                    lines.line(n).wholeMatch(of: bullet) == nil, lines.line(n).wholeMatch(of: ordered) == nil
                {
                    text.append(lines.line(n))
                    n += 1
                }
                try out(
                    Block(kind: .listItem, content: parse(text.joined(separator: "\n")), line: start, marker: marker))
                continue
            }
            if paragraph.isEmpty { paragraphLine = n }
            paragraph.append(s)
            n += 1
        }
        try flush()
    }
}

/// The front matter of a Markdown notice.
struct FrontMatter {
    var title: String?
    var titleLine: Int?
    var date: NoticeDate?
    var views: Int?
    var id: String?

    static let known: Set<String> = ["title", "date", "views", "id"]

    static func parse(_ yaml: String, path: String, firstLine: Int) throws(Diagnostic) -> FrontMatter {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Diagnostic(
                rule: "markdown.front-matter", path: path, line: firstLine, column: 1,
                message: "front matter is not valid YAML: \(error)")
        } catch {
            throw Diagnostic(
                rule: "markdown.front-matter", path: path, line: firstLine, column: 1,
                message: "front matter is not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw Diagnostic(
                rule: "markdown.front-matter", path: path, line: firstLine, column: 1,
                message: "front matter must be a mapping of keys (title, date, views, id)")
        }
        var meta = FrontMatter()
        for (key, value) in mapping {
            let k = key.string ?? ""
            let line = firstLine + (key.mark?.line ?? 1) - 1
            guard let scalar = value.scalar?.string else {
                throw Diagnostic(
                    rule: "markdown.front-matter", path: path, line: line, column: 1,
                    message: "'\(k)' must be a single value")
            }
            switch k {
            case "title":
                meta.title = scalar
                meta.titleLine = line
            case "id":
                guard scalar.wholeMatch(of: #/[A-Za-z0-9][A-Za-z0-9._-]*/#) != nil else {
                    throw Diagnostic(
                        rule: "notice.id", path: path, line: line, column: 1,
                        message: "id '\(scalar)' may hold only letters, digits, '.', '_' and '-'")
                }
                meta.id = scalar
            case "date":
                let parts = scalar.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" }).compactMap { Int($0) }
                guard parts.count == 3, let d = NoticeDate(year: parts[0], month: parts[1], day: parts[2]) else {
                    throw Diagnostic(
                        rule: "notice.date", path: path, line: line, column: 1,
                        message: "date '\(scalar)' is not a valid YYYY-MM-DD date")
                }
                meta.date = d
            case "views":
                guard scalar.wholeMatch(of: #/\d{1,3}(,\d{3})*|\d+/#) != nil,
                    let v = Int(scalar.replacingOccurrences(of: ",", with: ""))
                else {
                    throw Diagnostic(
                        rule: "notice.views", path: path, line: line, column: 1,
                        message: "views '\(scalar)' is not a count")
                }
                meta.views = v
            default:
                throw Diagnostic(
                    rule: "markdown.front-matter", path: path, line: line, column: 1,
                    message: "unknown front matter key '\(k)' (known: title, date, views, id)")
            }
        }
        return meta
    }
}
