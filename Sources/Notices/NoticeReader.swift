import Foundation
import JejuSupport

/// Reads notice files: recognises the format, then hands the text to the reader for it.
public enum NoticeReader {
    /// Reads `text` (already decoded; see `TextFile`) from `path`.
    ///
    /// - Markdown is recognised by its YAML front matter (`---` on the first line);
    /// - page text by a `Date : YYYY.MM.DD` line after the title;
    /// - anything else is refused with a diagnostic (never guessed at), unless `plain` is set, in which case the
    ///   text is read as paragraphs separated by blank lines.
    ///
    /// `id` defaults to the file name without its extension.
    public static func read(_ text: String, path: String, id: String? = nil, plain: Bool = false) throws(Diagnostic) -> Notice {
        let noticeID = id ?? defaultID(for: path)
        let lines = SourceLines(text)
        guard lines.firstContentLine != nil else { throw Diagnostic(rule: "notice.empty", path: path, line: 1, column: 1, message: "the notice is empty") }
        if plain { return try PlainReader.read(lines, path: path, id: noticeID) }
        if lines.line(1).trimmingCharacters(in: .whitespaces) == "---" {
            return try MarkdownReader.read(lines, path: path, id: noticeID)
        }
        if PageTextReader.looksLikePageText(lines) { return try PageTextReader.read(lines, path: path, id: noticeID) }
        let first = lines.firstContentLine ?? 1
        throw Diagnostic(rule: "notice.format", path: path, line: first, column: 1, message: """
            not a notice Jeju can read: expected Markdown starting with YAML front matter ('---'), or page text with \
            a title followed by a 'Date : YYYY.MM.DD' line; use --plain to read paragraphs separated by blank lines
            """)
    }

    /// Reads a project's notice: as `read`, and its id (file name or front-matter `id`) must serve as an XLIFF file
    /// id, a file name and a URL path — ASCII letters, digits, '.', '_' and '-', starting with a letter or digit.
    public static func readProjectNotice(_ text: String, path: String) throws(Diagnostic) -> Notice {
        let notice = try read(text, path: path)
        guard isValidID(notice.id) else {
            throw Diagnostic(rule: "notice.id", path: path, line: 1, column: 1, message: """
                the notice id '\(notice.id)' cannot name its translation files and pages: use ASCII letters, digits, \
                '.', '_' and '-' (rename the file, or give 'id:' in the front matter)
                """)
        }
        return notice
    }

    /// Whether `id` is a valid notice id (see `readProjectNotice`).
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first),
              id.utf8.count <= 200 else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }

    /// Reads the notice file at `path` (or standard input for `-`).
    public static func read(contentsOf path: String, plain: Bool = false) throws(Diagnostic) -> Notice {
        try read(TextFile.read(path), path: path, plain: plain)
    }

    /// The file name without folder and extension; `stdin` for `-`.
    public static func defaultID(for path: String) -> String {
        if path == "-" { return "stdin" }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "notice" : name
    }
}

/// The lines of a source file, 1-based, with helpers the readers share.
struct SourceLines {
    let lines: [String]

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    var count: Int { lines.count }

    /// Line `n` (1-based), or "" past the end.
    func line(_ n: Int) -> String { n >= 1 && n <= lines.count ? lines[n - 1] : "" }

    func isBlank(_ n: Int) -> Bool { line(n).allSatisfy { $0.isWhitespace } }

    var firstContentLine: Int? { (1...max(1, lines.count)).first { !isBlank($0) && $0 <= lines.count } }

    /// The next non-blank line at or after `n`.
    func nextContent(from n: Int) -> Int? {
        var i = n
        while i <= lines.count { if !isBlank(i) { return i }; i += 1 }
        return nil
    }

    /// Paragraphs in `range`: runs of non-blank lines, each with its first line number.
    func paragraphs(_ range: ClosedRange<Int>) -> [(line: Int, lines: [String])] {
        var out: [(Int, [String])] = []
        var current: [String] = []
        var start = 0
        for n in range {
            if isBlank(n) {
                if !current.isEmpty { out.append((start, current)); current = [] }
            } else {
                if current.isEmpty { start = n }
                current.append(line(n))
            }
        }
        if !current.isEmpty { out.append((start, current)) }
        return out
    }
}

extension String {
    /// Collapses runs of white space to single spaces and trims the ends: how a paragraph's lines join.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
