import JejuSupport

/// Reads plain text: paragraphs separated by blank lines, no title or metadata (`--plain`).
enum PlainReader {
    static func read(_ lines: SourceLines, path: String, id: String) throws(Diagnostic) -> Notice {
        guard lines.count >= 1 else { throw Diagnostic(rule: "notice.empty", path: path, line: 1, column: 1, message: "the text is empty") }
        let body = lines.paragraphs(1...lines.count).map {
            Block(kind: .paragraph, content: InlineText($0.lines.joined(separator: " ").collapsingWhitespace), line: $0.line)
        }
        return Notice(id: id, format: .plain, title: nil, date: nil, views: nil, body: body)
    }
}
