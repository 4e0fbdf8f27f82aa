import Foundation
import JejuSupport

/// The page's UI messages, `locales/<source>/ui.json`: one JSON object of message keys to ICU MessageFormat
/// patterns, read in file order with the line of each key.
public enum UIMessages {
    /// One message.
    public struct Message: Sendable, Equatable {
        /// The key (`notice.views`).
        public var key: String
        /// The ICU MessageFormat pattern.
        public var value: String
        /// 1-based line of the key.
        public var line: Int
    }

    /// `locales/<source>/ui.json`.
    /// The page messages `jeju init` writes for a new project: every key a page needs, in English, neutral
    /// wording for any publisher (ICU MessageFormat patterns).
    public static let defaultJSON = """
        {
          "site.title": "News and Notices",
          "skip.content": "Skip to content",
          "skip.menu": "Skip to menu",
          "breadcrumb.home": "Home",
          "breadcrumb.whatsNew": "What’s New",
          "section.news": "News & Notices",
          "notice.date": "Date",
          "notice.views": "{count, plural, one {# view} other {# views}}",
          "nav.backToTop": "Back to top",
          "nav.languages": "Languages",
          "chooser.title": "Choose your language",
          "index.title": "News & Notices in {language}",
          "fallback.partial": "Parts of this notice are not yet translated into {language} and are shown in English. {percent} of it is translated.",
          "fallback.lang": "This passage has not been translated yet.",
          "footer.generated": "Translated with Jeju.",
          "index.sourceOnly": "Available in {language}",
          "index.readMore": "Read more",
          "notFound.title": "Page not found",
          "notFound.text": "The page you asked for does not exist or has been moved.",
          "preview.note": "Preview for reviewers: this page is not published."
        }

        """

    /// Where the source UI messages live: `locales/<source>/ui.json`.
    public static func url(in project: Project) -> URL {
        project.localeFolder(project.config.source).appendingPathComponent("ui.json")
    }

    /// Parses a flat JSON object of strings. Anything else (nesting, numbers, a repeated key) is an error at
    /// its line and column.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> [Message] {
        var p = Parser(bytes: Array(text.utf8), path: path)
        return try p.object()
    }

    struct Parser {
        let bytes: [UInt8]
        let path: String
        var i = 0

        func fail(_ message: String) -> Diagnostic {
            let (line, column) = TextFile.position(of: min(i, bytes.count), in: bytes)
            return Diagnostic(rule: "messages.syntax", path: path, line: line, column: column, message: message)
        }

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        mutating func expect(_ c: UInt8, _ what: String) throws(Diagnostic) {
            skipSpace()
            guard i < bytes.count, bytes[i] == c else { throw fail("expected \(what)") }
            i += 1
        }

        mutating func object() throws(Diagnostic) -> [Message] {
            try expect(UInt8(ascii: "{"), "'{' (the messages are one JSON object of key: \"pattern\")")
            var out: [Message] = []
            var keys = Set<String>()
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return try end(out) }
            while true {
                skipSpace()
                let line = TextFile.position(of: i, in: bytes).line
                let key = try string()
                guard keys.insert(key).inserted else { throw fail("the key '\(key)' appears twice") }
                try expect(UInt8(ascii: ":"), "':' after the key")
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw fail("the value of '\(key)' must be a string (an ICU MessageFormat pattern)")
                }
                let value = try string()
                if value.utf8.count > Limits.messageBytes {
                    throw Diagnostic(
                        rule: "limits.message", path: path, line: line, column: 1,
                        message:
                            "the message '\(key)' is \(value.utf8.count >> 10) KiB; a page message may be at most \(Limits.describe(bytes: Limits.messageBytes))"
                    )
                }
                out.append(Message(key: key, value: value, line: line))
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end of file: expected ',' or '}'") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return try end(out) }
                throw fail("expected ',' or '}'")
            }
        }

        mutating func end(_ out: [Message]) throws(Diagnostic) -> [Message] {
            skipSpace()
            guard i == bytes.count else { throw fail("extra content after the object") }
            return out
        }

        mutating func string() throws(Diagnostic) -> String {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a string") }
            let start = i
            i += 1
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") { i += 1 }
                if i < bytes.count, bytes[i] < 0x20 { throw fail("a control character inside a string") }
                i += 1
            }
            guard i < bytes.count else { i = start; throw fail("a string that is not closed") }
            i += 1
            let raw = Data(bytes[start..<i])
            guard let s = try? JSONDecoder().decode(String.self, from: raw) else {
                i = start; throw fail("an invalid escape in a string")
            }
            return s
        }
    }
}
