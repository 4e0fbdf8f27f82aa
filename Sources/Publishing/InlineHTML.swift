import Inline
import Notices

/// Renders sentences with their inline codes as HTML: text escaped, markup only from the source's own codes.
enum InlineHTML {
    /// `text` with `codes` (Jeju's types, scalar offsets) as `<em>`, `<strong>`, `<a>`, `<code>`, `<br>`;
    /// everything escaped. A span cut by a sentence boundary is closed at the text's end (or opened at its start).
    static func render(_ text: String, codes inline: [InlineCode]) -> String {
        guard !inline.isEmpty else { return HTMLEscape.escape(text) }
        let codes = Segment(text: text, codes: inline).spans
        let scalars = Array(text.unicodeScalars)
        // Tags at each offset: closing ones (innermost first) before opening ones (outermost first).
        var opens: [Int: [CodeSpan]] = [:], closes: [Int: [CodeSpan]] = [:]
        for code in codes
        where code.start >= 0 && code.end <= scalars.count
            && (code.start < code.end || code.isPlaceholder)
        {
            opens[code.start, default: []].append(code)
            if !code.isPlaceholder { closes[code.end, default: []].append(code) }
        }
        var out = ""
        var run = String.UnicodeScalarView()
        func flush() {
            if !run.isEmpty { out += HTMLEscape.escape(String(run)); run = String.UnicodeScalarView() }
        }
        for offset in 0...scalars.count {
            if let ending = closes[offset] {
                flush()
                for code in ending.sorted(by: { $0.start > $1.start }) { out += closeTag(code) }
            }
            if let starting = opens[offset] {
                flush()
                for code in starting.sorted(by: { $0.end > $1.end }) { out += openTag(code) }
            }
            if offset < scalars.count { run.append(scalars[offset]) }
        }
        flush()
        return out
    }

    private static func openTag(_ code: CodeSpan) -> String {
        switch code.kind {
        case .emphasis: return "<em>"
        case .strong: return "<strong>"
        case .code: return "<code>"
        case .lineBreak: return "<br>"
        case .link:
            guard let url = code.data.flatMap(HTMLEscape.safeURL) else { return "<span class=\"link\">" }
            return "<a href=\"\(HTMLEscape.escape(url))\">"
        }
    }

    private static func closeTag(_ code: CodeSpan) -> String {
        switch code.kind {
        case .emphasis: return "</em>"
        case .strong: return "</strong>"
        case .code: return "</code>"
        case .lineBreak: return ""
        case .link: return code.data.flatMap(HTMLEscape.safeURL) == nil ? "</span>" : "</a>"
        }
    }
}
