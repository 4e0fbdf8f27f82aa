import Foundation
import Inline
import JejuSupport

/// Reads the scraped page text of a notice on the Ministry's site (the first notice's format):
///
/// ```
/// the body go topmenu go            ← skip links (chrome)
/// HOME > What's New> News & Notices ← breadcrumb (chrome)
/// News & Notices                    ← section heading (chrome)
/// <title>
/// Date : 2016.05.26 Read : 9252     ← date and view count
/// <paragraphs, separated by blank lines>
/// Top                               ← back to top (chrome)
/// ```
///
/// Everything is accounted for: a line that is neither chrome, title, metadata nor body is reported, not dropped.
enum PageTextReader {
    /// `Date : 2016.05.26` optionally followed by `Read : 9252` or `Read : 12,480`.
    nonisolated(unsafe) static let metaPattern =
        #/^\s*Date\s*:\s*(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})\.?(?:\s+(?:Read|Views|Hits)\s*:\s*([0-9][0-9,]*))?\s*$/#
        .ignoresCase()

    static func metaLine(in lines: SourceLines) -> Int? {
        (1...max(1, lines.count)).first {
            mayBeMetaLine(lines, $0) && lines.line($0).wholeMatch(of: metaPattern) != nil
        }
    }

    /// False when line `n` certainly does not match `metaPattern`: after ASCII spaces and controls it starts with an
    /// ASCII character other than `d` or `D` (no other character folds to them). Spares the regex on body text.
    static func mayBeMetaLine(_ lines: SourceLines, _ n: Int) -> Bool {
        let r = lines.range(n)
        return lines.bytes.withUnsafeBufferPointer { b in
            for i in r {
                let c = b[i]
                if c <= 0x20 { continue }
                return c >= 0x80 || c == 0x44 || c == 0x64
            }
            return false
        }
    }

    static func looksLikePageText(_ lines: SourceLines) -> Bool { metaLine(in: lines) != nil }

    static func isSkipLinks(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasPrefix("skip to") || t.hasPrefix("skip navigation") { return true }
        // "the body go topmenu go": short link labels each followed by "go".
        let words = t.split(separator: " ")
        return words.count >= 2 && words.count <= 8 && words.last == "go" && words.filter { $0 == "go" }.count >= 1
            && words.count <= 4 * words.filter { $0 == "go" }.count
    }

    static func breadcrumb(_ s: String) -> [String]? {
        let parts = s.split(separator: ">", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 60 }) else { return nil }
        return parts
    }

    static func isBackToTop(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces).lowercased()
        return ["top", "back to top", "▲ top", "▲top", "go to top", "to top"].contains(t)
    }

    /// Hands the title and then each body paragraph to `body` as it is read; returns the notice without its body.
    static func read(_ lines: SourceLines, path: String, id: String, _ body: (Block) throws(Diagnostic) -> Void)
        throws(Diagnostic) -> Notice
    {
        guard let meta = metaLine(in: lines), let match = lines.line(meta).wholeMatch(of: metaPattern) else {
            throw Diagnostic(
                rule: "notice.date", path: path, line: 1, column: 1, message: "no 'Date : YYYY.MM.DD' line")
        }
        guard let year = Int(match.1), let month = Int(match.2), let day = Int(match.3),
            let date = NoticeDate(year: year, month: month, day: day)
        else {
            throw Diagnostic(
                rule: "notice.date", path: path, line: meta, column: 1,
                message: "'\(match.1).\(match.2).\(match.3)' is not a valid date")
        }
        var views: Int?
        if let read = match.4 {
            let digits = read.replacingOccurrences(of: ",", with: "")
            guard let v = Int(digits), read.wholeMatch(of: #/\d{1,3}(,\d{3})*|\d+/#) != nil else {
                throw Diagnostic(
                    rule: "notice.views", path: path, line: meta, column: 1, message: "'\(read)' is not a view count")
            }
            views = v
        }

        // The title is the non-blank line right before the date line.
        let titleLine = meta - 1
        guard titleLine >= 1, !lines.isBlank(titleLine) else {
            throw Diagnostic(
                rule: "notice.title", path: path, line: meta, column: 1,
                message: "the notice has no title: the line before 'Date :' must hold it")
        }
        let title = Block(
            kind: .title, content: Segment(text: lines.line(titleLine).collapsingWhitespace), line: titleLine)

        // Chrome before the title, in order; anything else there is an error, not silently dropped.
        var chrome = PageChrome()
        for n in 1..<titleLine where !lines.isBlank(n) {
            let s = lines.line(n)
            if chrome.skipLinks == nil, chrome.breadcrumb == nil, chrome.section == nil, isSkipLinks(s) {
                chrome.skipLinks = Located(s.trimmingCharacters(in: .whitespaces), line: n)
            } else if chrome.breadcrumb == nil, chrome.section == nil, let items = breadcrumb(s) {
                chrome.breadcrumb = Located(items, line: n)
            } else if chrome.section == nil, let crumbs = chrome.breadcrumb?.value,
                crumbs.last?.lowercased() == s.trimmingCharacters(in: .whitespaces).lowercased()
            {
                chrome.section = Located(s.trimmingCharacters(in: .whitespaces), line: n)
            } else {
                throw Diagnostic(
                    rule: "page-text.chrome", path: path, line: n, column: 1,
                    message: """
                        unexpected text before the title: '\(s.prefix(60))' is not page chrome (skip links, breadcrumb, \
                        section heading); the title must be the line right before 'Date :'
                        """)
            }
        }

        // The closing "Top".
        var last = lines.count
        while last > meta, lines.isBlank(last) { last -= 1 }
        if last > meta, isBackToTop(lines.line(last)) {
            chrome.backToTop = Located(lines.line(last).trimmingCharacters(in: .whitespaces), line: last)
            last -= 1
        }

        guard last > meta, let first = lines.nextContent(from: meta + 1), first <= last else {
            throw Diagnostic(
                rule: "notice.body", path: path, line: meta, column: 1,
                message: "the notice has no body text after its date line")
        }
        try body(title)
        try lines.forEachParagraph(first...last) { p throws(Diagnostic) in
            let text = lines.collapsed(p)
            try body(
                Block(
                    kind: isQuotation(text) ? .quotation : .paragraph, content: Segment(text: text), line: p.lowerBound)
            )
        }
        return Notice(id: id, format: .pageText, title: title, date: date, views: views, chrome: chrome, body: [])
    }

    static let quotationPairs: [Character: Character] = [
        "“": "”", "\"": "\"", "«": "»", "‘": "’", "„": "“", "「": "」",
    ]

    /// A paragraph wholly inside one pair of quotation marks.
    static func isQuotation(_ text: String) -> Bool {
        // The opening mark first: counting a paragraph's characters walks all of it.
        guard let first = text.first, let close = quotationPairs[first], let last = text.last, text.count > 2 else {
            return false
        }
        if last == close { return !text.dropFirst().dropLast().contains(close) }
        return text.dropLast().last == close && ".!?".contains(last) && !text.dropFirst().dropLast(2).contains(close)
    }
}
