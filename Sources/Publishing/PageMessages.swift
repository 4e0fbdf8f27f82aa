import Foundation
import ICU
import JejuSupport

/// The page's UI messages in the source language (`locales/<source>/ui.json`): keys to ICU MessageFormat patterns.
public struct PageMessages: Sendable, Equatable {
    /// The keys a page uses; each must be in the file.
    public static let requiredKeys = [
        "site.title", "skip.content", "skip.menu", "breadcrumb.home", "breadcrumb.whatsNew", "section.news",
        "notice.date", "notice.views", "nav.backToTop", "nav.languages", "chooser.title", "index.title",
        "fallback.partial", "fallback.lang", "footer.generated", "index.sourceOnly", "preview.note",
    ]

    /// Keys a page uses that a project's file may leave out (older projects): their English text stands in.
    public static let optionalKeys: [String: String] = [
        "index.readMore": "Read more",
        "notFound.title": "Page not found",
        "notFound.text": "The page you asked for does not exist or has been moved.",
    ]

    /// Patterns by key.
    public let patterns: [String: String]

    /// Messages from a dictionary; every required key must be present and every pattern must compile.
    public init(patterns: [String: String], path: String, locale: String = "en") throws(Diagnostic) {
        for key in Self.requiredKeys where patterns[key] == nil {
            throw Diagnostic(
                rule: "messages.missing", path: path,
                message: "no message '\(key)' (a page needs: \(Self.requiredKeys.joined(separator: ", ")))")
        }
        for (key, pattern) in patterns.sorted(by: { $0.key < $1.key }) {
            do {
                _ = try MessageFormat(pattern: pattern, locale: locale)
            } catch {
                throw Diagnostic(
                    rule: "messages.format", path: path,
                    message: "message '\(key)' is not valid ICU MessageFormat: \(error)")
            }
        }
        self.patterns = patterns.merging(Self.optionalKeys) { own, _ in own }
    }

    /// Reads a flat JSON object of strings, e.g. `locales/en/ui.json` (with `UIMessages`, the reader extraction
    /// uses too, so both see the same messages and the same errors with their lines).
    public static func read(_ url: URL, displayPath: String, locale: String = "en") throws(Diagnostic) -> PageMessages {
        let text = try TextFile.read(url.path)
        let messages = try UIMessages.parse(text, path: displayPath)
        var patterns: [String: String] = [:]
        for m in messages { patterns[m.key] = m.value }
        return try PageMessages(patterns: patterns, path: displayPath, locale: locale)
    }
}
