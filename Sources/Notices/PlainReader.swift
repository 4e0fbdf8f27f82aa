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
        try paragraphs(lines, body)
        return Notice(id: id, format: .plain, title: nil, date: nil, views: nil, body: [])
    }

    /// The text read in parts (`NoticeParts`): paragraphs end at blank lines.
    static func parts(_ bytes: TextBytes, path: String, id: String, partBytes: Int) -> NoticeParts {
        NoticeParts(
            notice: Notice(id: id, format: .plain, title: nil, date: nil, views: nil, body: []), lead: nil,
            empty: nil, bytes: bytes, firstLine: 1,
            spans: bytes.withUnsafeBufferPointer { SourceLines.parts($0, from: 0, bytes: partBytes) }
        ) { (part: SourceLines, emit: (Block) throws(Diagnostic) -> Void) throws(Diagnostic) in
            try paragraphs(part, emit)
        }
    }

    /// Each paragraph of `lines`, its lines joined and its white space collapsed.
    static func paragraphs(_ lines: SourceLines, _ body: (Block) throws(Diagnostic) -> Void) throws(Diagnostic) {
        guard lines.count >= 1 else { return }
        try lines.forEachParagraph(1...lines.count) { p throws(Diagnostic) in
            try body(Block(kind: .paragraph, content: Segment(text: lines.collapsed(p)), line: p.lowerBound))
        }
    }
}
