import Foundation
import Inline
import JejuSupport
import Testing

@testable import Notices

/// A notice read in parts gives, part after part, the blocks `stream` gives for the whole notice: the parts are
/// cut only where a blank line ends every block, and a notice whose body may hold a code fence is not cut at all.
@Suite struct NoticePartsTests {
    static let front = "---\ntitle: Jeju *welcomes* officials\ndate: 2016-05-26\n---\n"

    /// The blocks `stream` hands over, and the error it ends with.
    static func streamed(_ text: String, plain: Bool) -> (blocks: [Block], error: Diagnostic?) {
        var blocks: [Block] = []
        do {
            _ = try NoticeReader.stream(utf8: Array(text.utf8), path: "n.md", plain: plain) {
                block throws(Diagnostic) in blocks.append(block)
            }
            return (blocks, nil)
        } catch {
            return (blocks, error)
        }
    }

    /// The lead block and then every part's blocks, read in reverse order of the parts (each on its own), and
    /// whether a part held none.
    static func fromParts(_ parts: NoticeParts) throws -> [Block] {
        var each: [[Block]] = Array(repeating: [], count: parts.count)
        var lines = Array(repeating: 0, count: parts.count)
        for k in (0..<parts.count).reversed() {
            lines[k] = try parts.blocks(k) { block throws(Diagnostic) in each[k].append(block) }
            #expect(parts.holdsBlock(k) == !each[k].isEmpty)
        }
        // Each part's lines counted from its first: the lines of the parts before it added.
        var before = parts.firstLine - 1
        for k in 0..<parts.count {
            for i in each[k].indices { each[k][i].line += before }
            before += lines[k]
        }
        let body = each.flatMap { $0 }
        return body.isEmpty ? [] : (parts.lead.map { [$0] } ?? []) + body
    }

    static let markdownPieces = [
        "Text", "two words.", "*em*", "[a link](u)", "# Head", "## Two", "- item", "* star", "1. one", "  more",
        "> quoted", ">", "***", "---", "", "", "", "   ", "\t", "é ü", "_under_", "\\", "Line  ", "a ~tilde",
        "x `code` y", "    ~~~ indented four", "a ``` mid-line", "2) two", "+ plus", "   - three spaces",
    ]
    static let plainPieces = ["Text", "two words.", "", "", "", "  ", "\t", "é ü", "A line. Another", "\r", "x\r"]

    @Test(arguments: [false, true])
    func partsGiveTheBlocksOfTheWholeNotice(_ plain: Bool) throws {
        var cut = 0
        var empty = 0
        for round in 0..<2_000 {
            let body = randomText(
                of: (plain ? Self.plainPieces : Self.markdownPieces).map { $0 + "\n" }, count: 0...30)
            let text = plain ? body : Self.front + body
            let whole = Self.streamed(text, plain: plain)
            let size = [1, 3, 16, 64, 1 << 20][round % 5]
            let parts: NoticeParts
            do {
                parts = try #require(
                    try NoticeReader.parts(utf8: Array(text.utf8), path: "n.md", plain: plain, partBytes: size))
            } catch let error as Diagnostic {
                // Only what is read before the body can fail here, as it fails when streamed.
                #expect(whole.error == error && whole.blocks.isEmpty, "\(text.debugDescription)")
                continue
            }
            if parts.count > 1 { cut += 1 }
            let blocks = try Self.fromParts(parts)
            #expect(try parts.blocksInOrder() == blocks)
            if let error = whole.error {
                #expect(blocks.isEmpty && parts.empty == error, "\(text.debugDescription)")
                empty += 1
                continue
            }
            #expect(blocks == whole.blocks, "\(text.debugDescription) in parts of \(size) bytes")
            if blocks != whole.blocks { break }
        }
        #expect(cut > 1_000)
        if !plain { #expect(empty > 10) }
    }

    @Test(arguments: [
        "```\ncode\n```\n", "   ~~~\nx\n~~~\n", "Text\n  ```\n", "- item\n\n ```js\nx\n```\n",
    ])
    func aBodyThatMayHoldAFenceIsNotCut(_ body: String) throws {
        let bytes = Array((Self.front + "Before.\n\n" + body).utf8)
        #expect(try NoticeReader.parts(utf8: bytes, path: "n.md", partBytes: 1) == nil)
        // And read once: its blocks' structure read first, as before.
        #expect(MarkdownReader.mayHoldFence(SourceLines(bytes), from: 5))
    }

    @Test(arguments: ["a ~ tilde", "`code` first", "    ```", "x ~~~", "~", "é`"])
    func aMarkWithinALineOpensNoFence(_ line: String) throws {
        let text = Self.front + "Before.\n\n" + line + "\n\nAfter.\n"
        let bytes = Array(text.utf8)
        let lines = SourceLines(bytes)
        let opens = line.hasPrefix("`") || line == "~"
        #expect(MarkdownReader.mayHoldFence(lines, from: 5) == opens)
        let parts = try NoticeReader.parts(utf8: bytes, path: "n.md", partBytes: 1)
        #expect((parts == nil) == opens)
        if let parts { #expect(try Self.fromParts(parts) == Self.streamed(text, plain: false).blocks) }
    }

    /// The first line, found without splitting the rest, is the first of the lines split.
    @Test func theFirstLineIsTheFirstOfTheLines() {
        for _ in 0..<2_000 {
            let bytes = Array(randomText(of: ["a", "\r", "\n", "\r\n", "---", " ", "é"], count: 0...8).utf8)
            #expect(bytes.withUnsafeBufferPointer(SourceLines.firstLine) == SourceLines(bytes).line(1), "\(bytes)")
        }
    }

    /// A notice of 16 MiB, mapped from its file, is cut and read in parts as the same bytes in an array are.
    @Test func aMappedNoticeReadsInPartsAsItsBytesDo() throws {
        let paragraph =
            "Officials from 24 countries *gather* in Jeju.\nThey learn about e-government.\n\n- An item\n  more\n\n"
        let count = (16 << 20) / paragraph.utf8.count + 1
        let text = Self.front + String(repeating: paragraph, count: count)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jeju-mapped-\(UUID().uuidString).md")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let mapped = try TextFile.readUTF8Text(url.path)
        #expect(mapped.isMapped)
        let fromFile = try #require(try NoticeReader.parts(utf8: mapped, path: "n.md", partBytes: 1 << 18))
        let fromArray = try #require(try NoticeReader.parts(utf8: Array(text.utf8), path: "n.md", partBytes: 1 << 18))
        #expect(fromFile.count == fromArray.count && fromFile.count > 60)
        for k in [0, 1, fromFile.count / 2, fromFile.count - 1] {
            var a: [Block] = [], b: [Block] = []
            let lines = try fromFile.blocks(k) { block throws(Diagnostic) in a.append(block) }
            #expect(try fromArray.blocks(k) { block throws(Diagnostic) in b.append(block) } == lines)
            #expect(a == b && !a.isEmpty, "part \(k)")
        }
    }

    @Test func pageTextIsNotReadInParts() throws {
        let page = "HOME > News\nNews\nA notice\nDate : 2016.05.26 Read : 9252\n\nOne paragraph.\n\nTwo.\n"
        #expect(try NoticeReader.parts(utf8: Array(page.utf8), path: "p.txt", partBytes: 1) == nil)
    }

    @Test func partsEndBeforeABlankLineAndCoverTheLines() {
        let text = "one two\nthree\n\nfour\n\n\nfive six seven\neight\n  \nnine\n"
        let bytes = Array(text.utf8)
        let lines = SourceLines(bytes)
        // The line each byte offset starts, if one does.
        var lineAt: [Int: Int] = [:]
        for n in 1...lines.count { lineAt[lines.range(n).lowerBound] = n }
        var cuts = 0
        for size in 1...40 {
            let parts = bytes.withUnsafeBufferPointer { SourceLines.parts($0, from: 0, bytes: size) }
            #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == lines.range(lines.count).upperBound)
            for (a, b) in zip(parts, parts.dropFirst()) {
                // Each part ends at a line's end, and the next starts on the line after it, a blank one.
                let n = lineAt[b.lowerBound]
                #expect(n.map { lines.range($0 - 1).upperBound == a.upperBound && lines.isBlank($0) } == true)
                #expect(a.count >= size, "\(parts) at \(size)")
                cuts += 1
            }
        }
        #expect(cuts > 40)
        let whole = bytes.withUnsafeBufferPointer { SourceLines.parts($0, from: 0, bytes: 1 << 20) }
        #expect(whole == [0..<(bytes.count - 1)])
    }

    /// The front matter's lines, split alone, are the first lines of the whole text, as many as the front matter
    /// and the line after it.
    @Test func theFrontMatterIsSplitAsTheWholeText() {
        let pieces = ["a", "\r", "\n", "\r\n", "---", "...", " ", "é", "title: x", "\n\n"]
        for round in 0..<3_000 {
            let text = (round % 2 == 0 ? "---\n" : "") + randomText(of: pieces, count: 0...24)
            let bytes = Array(text.utf8)
            let lines = SourceLines(bytes)
            let head = SourceLines.frontMatter(of: TextBytes(bytes))
            #expect(head.count <= lines.count)
            for n in 1...max(1, head.count) where n <= head.count {
                #expect(head.range(n) == lines.range(n), "\(text.debugDescription) line \(n)")
            }
            if let close = (2...max(2, lines.count)).first(where: {
                let t = lines.line($0).trimmingCharacters(in: .whitespaces)
                return (t == "---" || t == "...") && $0 <= lines.count
            }) {
                #expect(head.count == min(close + 1, lines.count), "\(text.debugDescription)")
            } else {
                #expect(head.count == lines.count)
            }
        }
    }
}
