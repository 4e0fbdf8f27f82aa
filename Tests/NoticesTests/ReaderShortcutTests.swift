import JejuSupport
import Testing

@testable import Notices

/// White space collapsing, which reads ASCII eight bytes at a time, against the rule it implements: runs of white
/// space become one space, the ends are trimmed.
@Suite struct WhiteSpaceTests {
    /// The rule, one scalar at a time.
    static func reference(_ text: String) -> String {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if u == " " || (0x09...0x0D).contains(u.value) {
                if !word.isEmpty { words.append(String(word)) }
                word = String.UnicodeScalarView()
            } else {
                word.append(u)
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words.joined(separator: " ")
    }

    @Test func asciiCollapsesAsTheRuleSays() {
        // Pieces that put single, double and trailing spaces, tabs and line ends at every place in an eight-byte
        // word; '!' after a space is the one character the word test can mistake for a second space.
        let pieces = ["a", "bc", "defghij", "klmnopqrstu", " ", "  ", "\t", "\n", "\r\n", "!", " !", "! ", "12345678"]
        let (checked, _) = compareWithRule(pieces, Self.reference) { WhiteSpace.collapsing($0) }
        #expect(checked == 5_000)
    }
}

/// A text of `count` pieces drawn at random.
func randomText(of pieces: [String], count: ClosedRange<Int>) -> String {
    var generator = SystemRandomNumberGenerator()
    var text = ""
    for _ in 0..<Int.random(in: count, using: &generator) { text += pieces.randomElement(using: &generator) ?? "" }
    return text
}

/// Runs a byte-level reading on 5,000 random texts of `pieces` against the `rule` it implements, stopping at the
/// first disagreement; returns how many agreed, and how many of those gave a text.
func compareWithRule(
    _ pieces: [String], _ rule: (String) -> String?, reading: (UnsafeBufferPointer<UInt8>) -> String?
) -> (checked: Int, texts: Int) {
    var checked = 0, texts = 0
    for _ in 0..<5_000 {
        let text = randomText(of: pieces, count: 0...24)
        let expected = rule(text)
        let got = Array(text.utf8).withUnsafeBufferPointer(reading)
        #expect(got == expected, "\(Array(text.utf8))")
        if got != expected { break }
        if got != nil { texts += 1 }
        checked += 1
    }
    return (checked, texts)
}

/// The Markdown reader's byte-level shortcuts against the patterns they stand in for.
@Suite struct MarkdownShortcutTests {
    static let pieces = [
        " ", "  ", "\t", "-", "*", "+", "_", "a", "1", "9", "12", ".", ")", "- ", "* x", "1. ", "é", "\r", "#", ">",
        "\u{0B}", "\u{2028}", "\u{85}", "\u{301}", "\u{200D}", "\u{93F}", "١", "٣.", "가", "“",
    ]

    /// Items read from bytes are what `bullet` and `ordered` match, or are left to them.
    @Test func itemsReadFromBytesAreWhatThePatternsMatch() {
        var asked = 0, decided = 0
        for _ in 0..<20_000 {
            let line = randomText(of: Self.pieces, count: 1...8)
            guard !line.contains("\n"), let lead = MarkdownReader.blockLead(SourceLines(line), 1) else { continue }
            asked += 1
            var expected: String?
            if MarkdownReader.mayBeBullet(lead), let m = line.wholeMatch(of: MarkdownReader.bullet) {
                expected = "\(m.1)|\(m.2)"
            } else if MarkdownReader.mayBeNumbered(lead), let m = line.wholeMatch(of: MarkdownReader.ordered) {
                expected = "\(m.1)|\(m.2)"
            }
            if MarkdownReader.itemFromBytes(SourceLines(line), 1) != nil { decided += 1 }
            let got = MarkdownReader.item(SourceLines(line), 1, lead: lead).map { "\($0.marker)|\($0.text)" }
            #expect(got == expected, "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
            if got != expected { break }
        }
        #expect(asked > 5_000 && decided > asked / 2)
    }

    /// A thematic break read from bytes is what `rule` matches.
    @Test func rulesReadFromBytesAreWhatThePatternMatches() {
        var rules = 0
        for _ in 0..<20_000 {
            let line = randomText(of: Self.pieces + ["---", "***", "___", " - "], count: 1...6)
            guard !line.contains("\n") else { continue }
            let expected = line.wholeMatch(of: MarkdownReader.rule) != nil
            #expect(MarkdownReader.isRule(SourceLines(line), 1) == expected, "\(Array(line.utf8))")
            if expected { rules += 1 }
        }
        #expect(rules > 100)
    }

    /// A heading read from bytes is what `heading` matches, closing sequences included.
    @Test func headingsReadFromBytesAreWhatThePatternMatches() {
        var headings = 0
        let pieces = ["#", "##", "###", " ", "  ", "\t", "a", "Title", "#x", "x#", " #", "# ", "é", "\r"]
        for _ in 0..<20_000 {
            let line = randomText(of: pieces, count: 1...7)
            guard !line.contains("\n"), MarkdownReader.blockLead(SourceLines(line), 1) == UInt8(ascii: "#") else {
                continue
            }
            let expected = line.wholeMatch(of: MarkdownReader.heading).map { "\($0.1.count)|\($0.2 ?? "")" }
            let got = MarkdownReader.heading(SourceLines(line), 1).map { "\($0.level)|\($0.text)" }
            #expect(got == expected, "\(Array(line.utf8))")
            if got != expected { break }
            if expected != nil { headings += 1 }
        }
        #expect(headings > 1_000)
    }
}

/// The plain-text shortcut of the inline parser, which skips eight bytes at a time, against its rule: any of
/// `` \ ` * _ [ `` or a hard line break (two spaces before a line end) sends the text to the parser; any other text
/// is its words joined by single spaces.
@Suite struct InlinePlainTextTests {
    static func reference(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() {
            if "\\`*_[".utf8.contains(b) { return nil }
            if b == 0x0A && i >= 2 && bytes[i - 1] == 0x20 && bytes[i - 2] == 0x20 { return nil }
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    @Test func plainTextIsFoundWhereTheRuleSaysAndNowhereElse() {
        // Each special byte, line ends after one and two spaces, at every place in an eight-byte word.
        let pieces = [
            "a", "bc", "defghij", " ", "  ", "\t", "\n", "  \n", "\\", "`", "*", "_", "[", "]", "é", "가", "12345678",
            "^", "Z", "+", ")", "ۀ", "ก",
        ]
        let (checked, plain) = compareWithRule(pieces, Self.reference) { InlineMarkdown.plainText($0) }
        #expect(checked == 5_000 && plain > 100)
        // Long runs of words, with a mark only now and then: eight bytes at a time, across many words in a row.
        let words = ["a", "bc", "defghij", " ", "  ", "\t", "\n", " \n", "é", "가", "12345678", "Z", "ۀ", "ก", "xyz "]
        let (long, plainLong) = compareWithRule(words + ["*", "  \n", "`"], Self.reference) {
            InlineMarkdown.plainText($0)
        }
        #expect(long == 5_000 && plainLong > 1_000)
    }
}

/// A list item's text read as the run of the notice's bytes it is, against its lines joined by LF and parsed as a
/// string; and the byte test for an indented line against `hasPrefix`.
@Suite struct ListItemBytesTests {
    static let pieces = [
        "- item", "* star *em*", "1. one", "2) two [a](u)", "  continued", "\tmore _x_", " \u{301}mark", "   ",
        "  - nested", "text", "", " é", "  \\", "  two  ", "+ plus", "١. digit", "  \u{200D}joined",
    ]

    @Test func itemsReadFromTheirBytesAreTheirLinesJoined() throws {
        var items = 0
        for _ in 0..<3_000 {
            let body = randomText(of: Self.pieces.map { $0 + "\n" }, count: 1...10)
            let lines = SourceLines(body)
            var blocks: [Block] = []
            try MarkdownReader.blocks(lines, from: 1, path: "n.md", inline: true) { block throws(Diagnostic) in
                blocks.append(block)
            }
            for block in blocks where block.kind == .listItem {
                let start = block.line
                let lead = try #require(MarkdownReader.blockLead(lines, start))
                var text = [try #require(MarkdownReader.item(lines, start, lead: lead)).text]
                var n = start + 1
                while n <= lines.count, !lines.isBlank(n) {
                    let line = lines.line(n)
                    guard line.hasPrefix(" ") || line.hasPrefix("\t"),
                        MarkdownReader.blockLead(lines, n).map({ MarkdownReader.item(lines, n, lead: $0) == nil })
                            ?? true
                    else { break }
                    text.append(line)
                    n += 1
                }
                let expected = InlineMarkdown.parse(text.joined(separator: "\n"))
                #expect(block.content == expected, "\(body.debugDescription)")
                items += 1
            }
            for n in 1...max(1, lines.count) where n <= lines.count {
                let line = lines.line(n)
                #expect(MarkdownReader.startsIndented(lines, n) == (line.hasPrefix(" ") || line.hasPrefix("\t")))
            }
        }
        #expect(items > 3_000)
    }
}
