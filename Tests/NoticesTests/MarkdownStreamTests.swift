import Inline
import JejuSupport
import Notices
import Testing

/// What a command that writes as it reads relies on: a Markdown notice streams its title, then its blocks, the
/// same blocks `read` gives; and a notice with an error streams none, whether or not a line in it could open a
/// code fence (the one case where the blocks' structure is read before the first is handed over).
@Suite struct MarkdownStreamTests {
    static let front = "---\ntitle: Jeju *welcomes* officials\ndate: 2016-05-26\n---\n"

    /// The blocks `stream` hands over, and the error it ends with.
    static func streamed(_ text: String) -> (blocks: [Block], error: Diagnostic?) {
        var blocks: [Block] = []
        do {
            _ = try NoticeReader.stream(utf8: Array(text.utf8), path: "n.md") { block throws(Diagnostic) in
                blocks.append(block)
            }
            return (blocks, nil)
        } catch {
            return (blocks, error)
        }
    }

    static let bodies = [
        "One *paragraph*.\n\n# A heading\n\n- an item\n  continued\n- another\n\n> quoted\n",
        "Plain text, no markup at all.\nA second line of it.\n",
        "A tilde ~ and `code` mean a fence could open here.\n\n```\nnot translated\n```\n\nAfter it.\n",
        "~~~\nfenced with tildes\n~~~\n",
    ]

    @Test(arguments: bodies) func streamsTheTitleThenWhatReadGives(_ body: String) throws {
        let text = Self.front + body
        let notice = try NoticeReader.read(text, path: "n.md")
        let (blocks, error) = Self.streamed(text)
        #expect(error == nil)
        #expect(blocks.first == notice.title)
        #expect(Array(blocks.dropFirst()) == notice.body)
        #expect(!notice.body.isEmpty)
    }

    @Test(arguments: [
        // Paragraphs before a fence that never closes: nothing may go out before the error.
        ("Read me.\n\nAnd me.\n\n```\nnever closed\n", "markdown.code-fence"),
        ("Read me.\n\n- an item\n\n~~~\nnever closed\n", "markdown.code-fence"),
        // Lines that make no block at all, with and without a backtick in them.
        (">\n>\n\n***\n", "notice.body"),
        (">\n> \n\n***\n\n>\n", "notice.body"),
        ("\n\n   \n", "notice.body"),
    ])
    func aNoticeWithAnErrorStreamsNothing(_ body: String, _ rule: String) {
        let (blocks, error) = Self.streamed(Self.front + body)
        #expect(error?.rule == rule)
        #expect(blocks.isEmpty, "\(blocks.map(\.content.text))")
    }

    /// The two readings against each other, on 3,000 random bodies in which no line starts with a backtick or a
    /// tilde (read once): the same body followed by a paragraph with a code span and a fenced code block is read
    /// structure first, and must give the same blocks and then those two, or the same error.
    @Test func readingOnceGivesWhatReadingTheStructureFirstGives() {
        let pieces = [
            "Text", "two words.", "*em*", "[a link](u)", "# Head", "## Two", "- item", "* star", "1. one", "  more",
            "> quoted", ">", "***", "---", "", "   ", "\t", "é ü", "_under_", "\\", "Line  ", "a ~tilde",
            "    ~~~ code?",
        ]
        var withBlocks = 0
        for _ in 0..<3_000 {
            let lines = randomText(of: pieces.map { $0 + "\n" }, count: 0...12)
            let once = Self.streamed(Self.front + lines)
            let first = Self.streamed(Self.front + lines + "\nA `code` span.\n\n```\nkept ~ as is\n```\n")
            if let error = once.error {
                #expect(once.blocks.isEmpty)
                #expect(error.rule == "notice.body", "\(error)")
                #expect(first.error == nil && first.blocks.count == 3, "\(lines.debugDescription)")
                continue
            }
            withBlocks += 1
            #expect(first.error == nil)
            #expect(Array(first.blocks.dropLast(2)) == once.blocks, "\(lines.debugDescription)")
            #expect(first.blocks.suffix(2).map(\.content.text) == ["A code span.", "kept ~ as is"])
            if first.blocks.dropLast(2) != once.blocks[...] { break }
        }
        #expect(withBlocks > 1_000)
    }
}
