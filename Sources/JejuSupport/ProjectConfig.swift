import Foundation
import Yams

/// The settings in `jeju.yml`: the source locale, the target locales, and where things live.
public struct ProjectConfig: Codable, Equatable, Sendable {
    /// The 13 target languages of the first project, one per participating country plus the host.
    public static let defaultTargets = ["ko", "vi", "id", "fil", "ms", "uz", "ru", "ar", "sw", "ha", "yo", "ig", "am"]

    /// BCP 47 tag of the source language.
    public var source: String
    /// BCP 47 tags of the target languages, in the order pages list them.
    public var targets: [String]
    /// Folder of the source notices, relative to the project root.
    public var notices: String
    /// The termbase, relative to the project root.
    public var glossary: String
    /// The build output folder, relative to the project root.
    public var output: String
    /// The completeness, in percent (0–100) of the source's words, a locale's notice needs for its page to be
    /// published; below it, `jeju build` leaves the page out with a warning. 0 publishes every page, English
    /// fallback and all.
    public var publishThreshold: Double
    /// The absolute URL the built site is served from (for `sitemap.xml`).
    public var siteURL: String

    /// A configuration with Jeju's defaults.
    public init(source: String = "en", targets: [String] = ProjectConfig.defaultTargets) {
        self.source = source
        self.targets = targets
        self.notices = "locales/\(source)/notices"
        self.glossary = "glossary/egov.tbx"
        self.output = "build"
        self.publishThreshold = 0
        self.siteURL = Self.defaultSiteURL
    }

    /// The site URL when jeju.yml names none: a local preview (`python3 -m http.server -d build/site`).
    public static let defaultSiteURL = "http://localhost:8000/"

    enum CodingKeys: String, CodingKey { case source, targets, notices, glossary, output, publishThreshold, siteURL }

    /// Decodes, filling in defaults for missing keys.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? "en"
        targets = try c.decodeIfPresent([String].self, forKey: .targets) ?? Self.defaultTargets
        notices = try c.decodeIfPresent(String.self, forKey: .notices) ?? "locales/\(source)/notices"
        glossary = try c.decodeIfPresent(String.self, forKey: .glossary) ?? "glossary/egov.tbx"
        output = try c.decodeIfPresent(String.self, forKey: .output) ?? "build"
        publishThreshold = try c.decodeIfPresent(Double.self, forKey: .publishThreshold) ?? 0
        siteURL = try c.decodeIfPresent(String.self, forKey: .siteURL) ?? Self.defaultSiteURL
    }

    /// Reads `jeju.yml` text. Errors carry the file's path and, from the YAML parser, the line.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> ProjectConfig {
        let config: ProjectConfig
        do {
            config = try YAMLDecoder().decode(ProjectConfig.self, from: text)
        } catch let error as YamlError {
            throw Diagnostic(path: path, message: "not valid YAML: \(error)")
        } catch let error as DecodingError {
            throw Diagnostic(path: path, message: "unexpected value: \(Self.describe(error))")
        } catch {
            throw Diagnostic(path: path, message: "cannot read settings: \(error)")
        }
        for tag in [config.source] + config.targets where !LanguageTag.isWellFormed(tag) {
            throw Diagnostic(path: path, message: "'\(tag)' is not a well-formed BCP 47 language tag")
        }
        if !(0...100).contains(config.publishThreshold) {
            throw Diagnostic(path: path, message: "publishThreshold: \(config.publishThreshold) is not a percentage from 0 to 100")
        }
        if !(config.siteURL.hasPrefix("http://") || config.siteURL.hasPrefix("https://")) {
            throw Diagnostic(path: path, message: "siteURL: '\(config.siteURL)' is not an absolute http(s) URL")
        }
        if config.targets.contains(config.source) {
            throw Diagnostic(path: path, message: "the source locale '\(config.source)' is also listed as a target")
        }
        return config
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            let key = c.codingPath.map(\.stringValue).joined(separator: ".")
            return key.isEmpty ? c.debugDescription : "\(key): \(c.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// The YAML Jeju writes for `jeju init`.
    public var yaml: String {
        """
        # Jeju project settings.
        # source: the language notices are written in; targets: the languages they are translated into (BCP 47).
        source: \(source)
        targets: [\(targets.joined(separator: ", "))]
        # Source notices (page text .txt or Markdown .md with YAML front matter).
        notices: \(notices)
        # The e-government termbase (TBX-Basic).
        glossary: \(glossary)
        # Where `jeju build` writes pages and bundles.
        output: \(output)
        # A locale's page is published when at least this percentage of it is translated (0: always, with English
        # fallback for what is missing).
        publishThreshold: \(publishThreshold == publishThreshold.rounded() ? String(Int(publishThreshold)) : String(publishThreshold))
        # Where the site is served from (for sitemap.xml).
        siteURL: \(siteURL)

        """
    }
}

/// BCP 47 language tags.
public enum LanguageTag {
    /// Whether `tag` is syntactically a language tag: a 2–3 (or 5–8) letter language subtag, then subtags of
    /// 1–8 letters or digits, separated by hyphens (RFC 5646's shape; private-use and grandfathered tags aside).
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count) || (5...8).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { p in
            (1...8).contains(p.count) && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The ICU locale id for a BCP 47 tag (hyphens to underscores), enough for the tags Jeju handles.
    public static func icuLocale(_ tag: String) -> String { tag.replacingOccurrences(of: "-", with: "_") }
}
