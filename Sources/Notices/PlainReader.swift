import Inline
import JejuSupport

/// Reads plain text: paragraphs separated by blank lines, no title or metadata (`--plain`).
enum PlainReader {
    /// Hands each paragraph to `body` as it is read; returns the notice without its body.
    static func read(_ lines: SourceLines, path: String, id: String, _ body: (Block) throws(Diagnostic) -> Void)
        throws(Diagnostic) -> Notice
    {
        guard lines.count >= 1 else {
            throw Diagnostic(rule: "notice.empty", path: path, line: 1, column: 1, message: "the text is empty")
        }
        try lines.forEachParagraph(1...lines.count) { p throws(Diagnostic) in
            try body(Block(kind: .paragraph, content: Segment(text: lines.collapsed(p)), line: p.lowerBound))
        }
        return Notice(id: id, format: .plain, title: nil, date: nil, views: nil, body: [])
    }
}
