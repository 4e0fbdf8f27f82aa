import Foundation
import ICU
import Yams

/// The `publish:` settings of `jeju.yml`: when a localized notice is published, what happens to one with QA
/// errors, and which notices and locales a strict build insists on.
///
/// ```yaml
/// publish:
///   min-completeness: 100%      # share of the source's words translated at min-state
///   min-state: translated       # translated, reviewed or final
///   qa-errors: withhold         # withhold (default) or publish
///   required: [2016-05-26-local-officials-learn-e-government]
///   required-locales: [ko, vi]  # default: every target
///   locales:
///     sw: { min-completeness: 80% }
/// ```
public struct PublishSettings: Equatable, Sendable {
    /// A threshold: the least completeness and state a locale's notice needs to be published.
    public struct Threshold: Equatable, Sendable {
        /// Percent, 0–100, of the source's words whose sentences are translated at `minState`.
        public var minCompleteness: Double
        /// The least state a sentence's translation needs: `translated`, `reviewed` or `final`.
        public var minState: String

        /// A threshold.
        public init(minCompleteness: Double = 100, minState: String = "translated") {
            self.minCompleteness = minCompleteness
            self.minState = minState
        }
    }

    /// The project-wide threshold.
    public var threshold = Threshold()
    /// Per-locale thresholds; a key a locale does not set comes from `threshold`.
    public var locales: [String: Threshold] = [:]
    /// Whether a translation with QA errors is published anyway (false: it is withheld).
    public var publishWithQAErrors = false
    /// Notice ids a strict build (`jeju build --strict`) requires in every required locale.
    public var required: [String] = []
    /// The locales `required` applies to; nil: every target.
    public var requiredLocales: [String]?

    /// Jeju's defaults: a notice is published in a locale when fully translated, at state translated or better,
    /// with no QA errors.
    public init() {}

    /// The states `min-state` takes, lowest first.
    public static let states = ["translated", "reviewed", "final"]

    /// The keys `publish:` may hold.
    public static let knownKeys = [
        "min-completeness", "min-state", "qa-errors", "required", "required-locales", "locales",
    ]

    /// The threshold of `locale`.
    public func threshold(for locale: String) -> Threshold { locales[locale] ?? threshold }

    /// Reads the `publish:` mapping. `positions` receives where each key's value was written, as
    /// `publish.<key>` and `publish.locales.<tag>.<key>`.
    static func parse(_ node: Node, path: String, positions: inout [String: ProjectConfig.Position]) throws(Diagnostic)
        -> PublishSettings
    {
        var settings = PublishSettings()
        let mapping = try Self.mapping(node, path: path, what: "publish", keys: knownKeys)
        var overrides: [(String, Node)] = []
        for (name, key, value) in mapping {
            positions["publish.\(name)"] = Self.position(value, or: key)
            switch name {
            case "min-completeness":
                settings.threshold.minCompleteness = try percent(value, path: path, key: "publish.\(name)")
            case "min-state": settings.threshold.minState = try state(value, path: path, key: "publish.\(name)")
            case "qa-errors":
                guard let word = value.scalar?.string, ["withhold", "publish"].contains(word) else {
                    throw Self.error(value, path: path, "publish.qa-errors: expected withhold or publish")
                }
                settings.publishWithQAErrors = word == "publish"
            case "required": settings.required = try words(value, path: path, key: "publish.required")
            case "required-locales":
                settings.requiredLocales = try words(value, path: path, key: "publish.required-locales")
            default:  // locales
                for (tag, tagKey, tagValue) in try Self.mapping(value, path: path, what: "publish.locales", keys: nil) {
                    guard LanguageTag.isWellFormed(tag) else {
                        throw Self.error(
                            tagKey, path: path, "publish.locales: '\(tag)' is not a well-formed BCP 47 language tag")
                    }
                    positions["publish.locales.\(tag)"] = Self.position(tagKey, or: tagKey)
                    overrides.append((tag, tagValue))
                }
            }
        }
        // Per-locale settings start from the project-wide ones, wherever `locales:` was written.
        for (tag, node) in overrides {
            var threshold = settings.threshold
            for (name, key, value) in try Self.mapping(
                node, path: path, what: "publish.locales.\(tag)", keys: ["min-completeness", "min-state"])
            {
                positions["publish.locales.\(tag).\(name)"] = Self.position(value, or: key)
                if name == "min-state" {
                    threshold.minState = try state(value, path: path, key: "publish.locales.\(tag).min-state")
                } else {
                    threshold.minCompleteness = try percent(
                        value, path: path, key: "publish.locales.\(tag).min-completeness")
                }
            }
            settings.locales[tag] = threshold
        }
        return settings
    }

    /// The entries of a mapping node; with `keys`, any other key is an error.
    private static func mapping(_ node: Node, path: String, what: String, keys: [String]?) throws(Diagnostic) -> [(
        String, Node, Node
    )] {
        guard let mapping = node.mapping else {
            throw error(
                node, path: path,
                "\(what): expected 'key: value' lines or { key: value, … }"
                    + (keys.map { " (\($0.joined(separator: ", ")))" } ?? ""))
        }
        var entries: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw error(key, path: path, "\(what): a key must be a plain word", code: "config.syntax")
            }
            if let keys, !keys.contains(name) {
                throw error(
                    key, path: path, "unknown setting '\(what).\(name)' (known: \(keys.joined(separator: ", ")))",
                    code: "config.unknown-key")
            }
            entries.append((name, key, value))
        }
        return entries
    }

    /// `100%`, `80 %` or a plain number, 0–100.
    private static func percent(_ node: Node, path: String, key: String) throws(Diagnostic) -> Double {
        var text = node.scalar?.string.trimmingCharacters(in: .whitespaces) ?? ""
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard let value = Double(text), value.isFinite, (0...100).contains(value) else {
            throw error(node, path: path, "\(key): expected a percentage from 0% to 100%, e.g. 100%")
        }
        return value
    }

    private static func state(_ node: Node, path: String, key: String) throws(Diagnostic) -> String {
        guard let word = node.scalar?.string, states.contains(word) else {
            throw error(node, path: path, "\(key): expected one of \(states.joined(separator: ", "))")
        }
        return word
    }

    private static func words(_ node: Node, path: String, key: String) throws(Diagnostic) -> [String] {
        guard let sequence = node.sequence else {
            throw error(node, path: path, "\(key): expected a list of words, e.g. [a, b]")
        }
        var words: [String] = []
        for item in sequence {
            guard let word = item.scalar?.string, !word.isEmpty else {
                throw error(item, path: path, "\(key): expected a word")
            }
            words.append(word)
        }
        return words
    }

    private static func position(_ node: Node, or fallback: Node) -> ProjectConfig.Position {
        ProjectConfig.Position(
            line: node.mark?.line ?? fallback.mark?.line ?? 1, column: node.mark?.column ?? fallback.mark?.column ?? 1)
    }

    private static func error(_ node: Node, path: String, _ message: String, code: String = "config.value")
        -> Diagnostic
    {
        Diagnostic(rule: code, path: path, line: node.mark?.line, column: node.mark?.column, message: message)
    }
}
