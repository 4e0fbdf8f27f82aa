import Foundation
import Inline
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
    /// The notice without its body, its title, and the line that closes the front matter; throws when the front
    /// matter is not well formed or no line follows it.
    static func head(_ lines: SourceLines, path: String, id: String) throws(Diagnostic) -> (
        Notice, title: Block, close: Int
    ) {
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
        let notice = Notice(
            id: meta.id ?? id, format: .markdown, title: title, date: meta.date, views: meta.views, body: [])
        guard close < lines.count else { throw noBody(path, close) }
        return (notice, title, close)
    }

    /// The error of a notice whose front matter, closed on line `close`, is followed by no block.
    static func noBody(_ path: String, _ close: Int) -> Diagnostic {
        Diagnostic(
            rule: "notice.body", path: path, line: close, column: 1,
            message: "the notice has no body text after its front matter")
    }

    /// The notice read in parts (`NoticeParts`), or nil when a line of its body may open a code fence: a fence
    /// may hold blank lines, and it is the one block that can make the notice wrong after its front matter.
    static func parts(_ bytes: TextBytes, path: String, id: String, partBytes: Int) throws(Diagnostic)
        -> NoticeParts?
    {
        // Only the front matter and the line after it are split into lines here; the parts, each on its own.
        let lines = SourceLines.frontMatter(of: bytes)
        let (notice, title, close) = try head(lines, path: path, id: id)
        let body = lines.range(close + 1).lowerBound
        let spans: [Range<Int>]? = bytes.withUnsafeBufferPointer { b in
            mayHoldFence(b, from: body) ? nil : SourceLines.parts(b, from: body, bytes: partBytes)
        }
        guard let spans else { return nil }
        return NoticeParts(
            notice: notice, lead: title, empty: noBody(path, close), bytes: bytes, firstLine: close + 1, spans: spans
        ) { (part: SourceLines, emit: (Block) throws(Diagnostic) -> Void) throws(Diagnostic) in
            try blocks(part, from: 1, path: path, inline: true, emit)
        }
    }

    /// Hands the title and then each body block to `body` as it is read; returns the notice without its body. A
    /// notice with an error gives none (`MarkdownStreamTests`).
    static func read(_ lines: SourceLines, path: String, id: String, _ body: (Block) throws(Diagnostic) -> Void)
        throws(Diagnostic) -> Notice
    {
        let (notice, title, close) = try head(lines, path: path, id: id)
        // The one error the blocks can hold is a code fence never closed: where a line may open one, the blocks'
        // structure is read first, without parsing any inline markup. The title goes out with the first block,
        // so a notice without any gives none.
        if mayHoldFence(lines, from: close + 1) {
            try blocks(lines, from: close + 1, path: path, inline: false) { _ throws(Diagnostic) in }
        }
        var started = false
        try blocks(lines, from: close + 1, path: path, inline: true) { block throws(Diagnostic) in
            if !started {
                started = true
                try body(title)
            }
            try body(block)
        }
        guard started else { throw noBody(path, close) }
        return notice
    }

    /// Whether any line from `first` on may open a code fence: whether a backtick or a tilde starts one, after at
    /// most three spaces (what the `fence` pattern needs before it can match).
    static func mayHoldFence(_ lines: SourceLines, from first: Int) -> Bool {
        lines.bytes.withUnsafeBufferPointer { mayHoldFence($0, from: lines.range(first).lowerBound) }
    }

    /// Whether any line from byte `start` (a line's start) on may open a code fence.
    static func mayHoldFence(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard let base = b.baseAddress, start < b.count else { return false }
        for mark in [UInt8(ascii: "`"), UInt8(ascii: "~")] {
            var i = start
            while i < b.count, let hit = memchr(base + i, Int32(mark), b.count - i) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                var k = at
                while k > start, at - k < 3, b[k - 1] == 0x20 { k -= 1 }
                if k == start || b[k - 1] == 0x0A { return true }
                i = at + 1
            }
        }
        return false
    }

    /// The byte a block marker would start with on line `n` (after at most three spaces), when it is one of
    /// `` #-*+>`~_ `` or a digit (any non-ASCII byte is let through: `\d` is any decimal digit). A line without
    /// one continues a paragraph without asking the patterns, and each pattern is tried only on lines it can match.
    static func blockLead(_ lines: SourceLines, _ n: Int) -> UInt8? {
        let r = lines.range(n)
        return lines.bytes.withUnsafeBufferPointer { b -> UInt8? in
            var i = r.lowerBound
            while i < r.upperBound, i - r.lowerBound < 4, b[i] == 0x20 { i += 1 }
            guard i < r.upperBound, i - r.lowerBound < 4 else { return nil }
            switch b[i] {
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ">"),
                UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "_"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return b[i]
            case 0x80...:
                return b[i]  // `\d` is any decimal digit, ASCII or not
            default:
                return nil
            }
        }
    }

    /// `bullet` or `ordered` read from the line's bytes (the patterns' captures are slow to make): `.some(nil)`
    /// when line `n` is certainly no item, nil when the patterns must decide. They must where Swift's regex reads
    /// characters (grapheme clusters) differently from bytes: a mark or joiner right after the spaces (it would
    /// join them), a digit outside ASCII, or a character `.` does not match (`\r`, `\u{0B}`, `\u{0C}`, U+0085,
    /// U+2028, U+2029).
    static func itemFromBytes(_ lines: SourceLines, _ n: Int) -> (marker: String, text: String, textStart: Int)?? {
        let r = lines.range(n)
        return lines.bytes.withUnsafeBufferPointer { b -> (marker: String, text: String, textStart: Int)?? in
            let end = r.upperBound
            var i = afterIndent(b, r)
            guard i < end else { return .some(nil) }
            let markerStart = i
            switch b[i] {
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                i += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                while i < end, i - markerStart < 9, (0x30...0x39).contains(b[i]) { i += 1 }
                if i < end, b[i] >= 0x80 { return nil }  // a mark after a digit: `\d` reads the pair as one
                guard i < end, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")") else { return .some(nil) }
                i += 1
            case 0x80...:
                // Only a decimal digit could start an item here.
                let first = Self.scalar(b, at: i, end: end)
                return first?.properties.generalCategory == .decimalNumber ? nil : .some(nil)
            default:
                return .some(nil)
            }
            let marker = String(decoding: UnsafeBufferPointer(rebasing: b[markerStart..<i]), as: UTF8.self)
            if i < end, b[i] >= 0x80 { return nil }  // a mark would join the marker
            guard i < end, b[i] == 0x20 || b[i] == 0x09 else { return .some(nil) }
            while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            if i < end, b[i] >= 0x80, let c = Self.scalar(b, at: i, end: end),
                c.properties.isGraphemeExtend || c.properties.generalCategory == .spacingMark || c.value == 0x200D
            {
                return nil
            }
            var k = i
            while k < end {
                let x = b[k]
                if x == 0x0B || x == 0x0C || x == 0x0D { return nil }
                if x == 0xC2, k + 1 < end, b[k + 1] == 0x85 { return nil }
                if x == 0xE2, k + 2 < end, b[k + 1] == 0x80, b[k + 2] == 0xA8 || b[k + 2] == 0xA9 { return nil }
                k += 1
            }
            return .some((marker, String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self), i))
        }
    }

    /// `heading` on a line of printable ASCII and tabs, read from its bytes: the level and the text (without a
    /// closing sequence of `#`), `.some(nil)` when the line is no heading, nil when the pattern must decide (a
    /// line with other characters).
    static func headingFromBytes(_ lines: SourceLines, _ n: Int) -> (level: Int, text: String)?? {
        let r = lines.range(n)
        return lines.bytes.withUnsafeBufferPointer { b -> (level: Int, text: String)?? in
            for i in r where b[i] >= 0x7F || (b[i] < 0x20 && b[i] != 0x09) { return nil }
            let end = r.upperBound
            func blank(_ i: Int) -> Bool { b[i] == 0x20 || b[i] == 0x09 }
            var i = afterIndent(b, r)
            let hashes = i
            while i < end, b[i] == UInt8(ascii: "#") { i += 1 }
            let level = i - hashes
            guard (1...6).contains(level) else { return .some(nil) }
            guard i < end else { return .some((level, "")) }
            guard blank(i) else { return .some(nil) }
            while i < end, blank(i) { i += 1 }
            // The text ends before trailing blanks and before a closing run of `#` that blanks separate from it.
            var e = end
            while e > i, blank(e - 1) { e -= 1 }
            var textEnd = e
            if e > i, b[e - 1] == UInt8(ascii: "#") {
                var h = e
                while h > i, b[h - 1] == UInt8(ascii: "#") { h -= 1 }
                var s = h
                while s > i, blank(s - 1) { s -= 1 }
                if s < h, s > i { textEnd = s }
            }
            return .some((level, String(decoding: UnsafeBufferPointer(rebasing: b[i..<textEnd]), as: UTF8.self)))
        }
    }

    /// The level and text of the heading on line `n`, if it is one.
    static func heading(_ lines: SourceLines, _ n: Int) -> (level: Int, text: String)? {
        if let found = headingFromBytes(lines, n) { return found }
        guard let m = lines.line(n).wholeMatch(of: heading) else { return nil }
        return (m.1.count, String(m.2 ?? ""))
    }

    /// Whether line `n` is a thematic break (`rule`), read from its bytes: after at most three spaces, three or
    /// more of one of `-`, `*`, `_`, with nothing but spaces and tabs between and after them.
    static func isRule(_ lines: SourceLines, _ n: Int) -> Bool {
        let r = lines.range(n)
        return lines.bytes.withUnsafeBufferPointer { b -> Bool in
            let i = afterIndent(b, r)
            guard i < r.upperBound else { return false }
            let marker = b[i]
            guard marker == UInt8(ascii: "-") || marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_") else {
                return false
            }
            var count = 0
            for k in i..<r.upperBound {
                if b[k] == marker {
                    count += 1
                } else if b[k] != 0x20 && b[k] != 0x09 {
                    return false
                }
            }
            return count >= 3
        }
    }

    /// Where a block marker may start on the line `r`: after at most three spaces.
    static func afterIndent(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var i = r.lowerBound
        while i < r.upperBound, i - r.lowerBound < 3, b[i] == 0x20 { i += 1 }
        return i
    }

    /// The scalar whose UTF-8 starts at `i` (the text is valid UTF-8).
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Unicode.Scalar? {
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: b[i..<min(end, i + 4)]).makeIterator()
        if case .scalarValue(let s) = decoder.decode(&iterator) { return s }
        return nil
    }

    /// Whether a line whose marker starts with `lead` can be a fence, a rule, a heading, a quotation, a bullet or
    /// a numbered item.
    static func mayBeFence(_ lead: UInt8) -> Bool { lead == UInt8(ascii: "`") || lead == UInt8(ascii: "~") }
    static func mayBeRule(_ lead: UInt8) -> Bool {
        lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "_")
    }
    static func mayBeBullet(_ lead: UInt8) -> Bool {
        lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "+")
    }
    static func mayBeNumbered(_ lead: UInt8) -> Bool { (0x30...0x39).contains(lead) || lead >= 0x80 }

    /// A bullet or numbered item's marker and first line, if line `n` starts one, and where that line's text starts
    /// in the notice's bytes when it was read from them.
    static func item(_ lines: SourceLines, _ n: Int, lead: UInt8) -> (marker: String, text: String, textStart: Int?)? {
        if let found = itemFromBytes(lines, n) { return found.map { ($0.marker, $0.text, $0.textStart) } }
        let s = lines.line(n)
        if mayBeBullet(lead), let m = s.wholeMatch(of: bullet) { return (String(m.1), String(m.2), nil) }
        if mayBeNumbered(lead), let m = s.wholeMatch(of: ordered) { return (String(m.1), String(m.2), nil) }
        return nil
    }

    /// Whether line `n` starts with a space or a tab (as a character: `hasPrefix`), read from its bytes where it can
    /// be: a space or tab followed by an ASCII byte, or by nothing, is a character of its own.
    static func startsIndented(_ lines: SourceLines, _ n: Int) -> Bool {
        let r = lines.range(n)
        let fromBytes = lines.bytes.withUnsafeBufferPointer { b -> Bool? in
            guard !r.isEmpty, b[r.lowerBound] == 0x20 || b[r.lowerBound] == 0x09 else { return false }
            return r.count == 1 || b[r.lowerBound + 1] < 0x80 ? true : nil
        }
        if let fromBytes { return fromBytes }
        let line = lines.line(n)
        return line.hasPrefix(" ") || line.hasPrefix("\t")
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
        // The paragraph being read: its first and last lines, read as one run of the text's bytes.
        var paragraph: ClosedRange<Int>?
        func parse(_ text: @autoclosure () -> String) -> Segment {
            inline ? InlineMarkdown.parse(text()) : Segment(text: "")
        }
        func out(_ block: Block) throws(Diagnostic) { try emit(block) }
        func flush() throws(Diagnostic) {
            if let p = paragraph {
                let content = inline ? lines.withBytes(p) { InlineMarkdown.parse(utf8: $0) } : Segment(text: "")
                try out(Block(kind: .paragraph, content: content, line: p.lowerBound))
                paragraph = nil
            }
        }
        func continueParagraph(_ n: Int) { paragraph = (paragraph?.lowerBound ?? n)...n }
        while n <= lines.count {
            if lines.isBlank(n) { try flush(); n += 1; continue }
            // A line that can start no block continues (or starts) a paragraph.
            guard let lead = blockLead(lines, n) else {
                continueParagraph(n)
                n += 1
                continue
            }
            let s = lines.line(n)
            if mayBeFence(lead), let m = s.wholeMatch(of: fence) {
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
                try out(Block(kind: .code, content: Segment(text: inline ? code.joined(separator: "\n") : ""), line: n))
                n = k + 1
                continue
            }
            if mayBeRule(lead), isRule(lines, n) { try flush(); n += 1; continue }
            if lead == UInt8(ascii: "#"), let (level, text) = Self.heading(lines, n) {
                try flush()
                try out(Block(kind: .heading, content: parse(text), line: n, level: level))
                n += 1
                continue
            }
            if lead == UInt8(ascii: ">"), s.wholeMatch(of: quote) != nil {
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
            if let (marker, first, textStart) = item(lines, n, lead: lead) {
                try flush()
                var text = [first]
                let start = n
                n += 1
                // Continuation lines: indented, not blank, not a new item (a line that can start no block is
                // not one, without asking the patterns).
                while n <= lines.count, !lines.isBlank(n) {
                    guard startsIndented(lines, n), blockLead(lines, n).map({ item(lines, n, lead: $0) == nil }) ?? true
                    else { break }
                    if textStart == nil { text.append(lines.line(n)) }
                    n += 1
                }
                // The item's lines joined by LF are the notice's bytes from its text on: read as they stand.
                let content =
                    if inline, let textStart {
                        lines.withBytes(from: textStart, through: n - 1) { InlineMarkdown.parse(utf8: $0) }
                    } else {
                        parse(text.joined(separator: "\n"))
                    }
                try out(Block(kind: .listItem, content: content, line: start, marker: marker))
                continue
            }
            continueParagraph(n)
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
