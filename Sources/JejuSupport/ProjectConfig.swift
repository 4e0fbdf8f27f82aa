import Foundation
import ICU
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
    /// When `jeju build` publishes a locale's notice (`publish:`): by default only when fully translated.
    public var publish: PublishSettings
    /// The absolute URL the built site is served from (for `sitemap.xml`).
    public var siteURL: String
    /// Where the translation memory lives (`memory:`): `embedded` (TMX files and an SQLite index, the default)
    /// or `postgres` (a shared server, reached through `JEJU_DATABASE_URL` or the `PG*` variables).
    public var memory: MemoryBackend
    /// The project's name on a shared memory server (`memoryScope:`); by default the project folder's name.
    public var memoryScope: String?
    /// Other scopes on the server whose memories this project's lookups also read, each with a penalty added to
    /// its memories' own (`memoryShared:`, scope → penalty): a ministry's common memory, another project's.
    public var memoryShared: [String: Int]
    /// The register the notices are written in (`register:`, e.g. `news` or `formal`): the term check reports a
    /// term the termbase marks for other registers only (`<admin type="projectSubset">register:formal</admin>`).
    /// Nil: registers are not checked. UI messages have none.
    public var register: String?

    /// The translation memory backends.
    public enum MemoryBackend: String, Codable, Sendable, CaseIterable {
        /// TMX files in the project with an SQLite index in `.jeju/`.
        case embedded
        /// A shared PostgreSQL server.
        case postgres
    }

    /// A configuration with Jeju's defaults.
    public init(source: String = "en", targets: [String] = ProjectConfig.defaultTargets) {
        self.source = source
        self.targets = targets
        self.notices = "locales/\(source)/notices"
        self.glossary = "glossary/egov.tbx"
        self.output = "build"
        self.publish = PublishSettings()
        self.siteURL = Self.defaultSiteURL
        self.memory = .embedded
        self.memoryScope = nil
        self.memoryShared = [:]
        self.register = nil
    }

    /// The site URL when jeju.yml names none: a local preview (`python3 -m http.server -d build/site`).
    public static let defaultSiteURL = "http://localhost:8000/"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case source, targets, notices, glossary, output, siteURL, memory, memoryScope, memoryShared, register
    }

    /// Decodes, filling in defaults for missing keys.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? "en"
        targets = try c.decodeIfPresent([String].self, forKey: .targets) ?? Self.defaultTargets
        notices = try c.decodeIfPresent(String.self, forKey: .notices) ?? "locales/\(source)/notices"
        glossary = try c.decodeIfPresent(String.self, forKey: .glossary) ?? "glossary/egov.tbx"
        output = try c.decodeIfPresent(String.self, forKey: .output) ?? "build"
        publish = PublishSettings()  // read from the YAML nodes by `parse`, with positions
        siteURL = try c.decodeIfPresent(String.self, forKey: .siteURL) ?? Self.defaultSiteURL
        let backend = try c.decodeIfPresent(String.self, forKey: .memory) ?? "embedded"
        guard let memory = MemoryBackend(rawValue: backend) else {
            throw DecodingError.dataCorruptedError(
                forKey: .memory, in: c,
                debugDescription:
                    "'\(backend)' is not a memory backend (\(MemoryBackend.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
        }
        self.memory = memory
        memoryScope = try c.decodeIfPresent(String.self, forKey: .memoryScope)
        memoryShared = try c.decodeIfPresent([String: Int].self, forKey: .memoryShared) ?? [:]
        register = try c.decodeIfPresent(String.self, forKey: .register)
    }

    /// Where each key was written in `jeju.yml` (line, column), for messages about its value. Empty for a
    /// configuration made in code.
    public var positions: [String: Position] = [:]

    /// Settings are equal when their values are (where they were written does not count).
    public static func == (a: ProjectConfig, b: ProjectConfig) -> Bool {
        a.source == b.source && a.targets == b.targets && a.notices == b.notices && a.glossary == b.glossary
            && a.output == b.output && a.publish == b.publish && a.siteURL == b.siteURL && a.memory == b.memory
            && a.memoryScope == b.memoryScope && a.memoryShared == b.memoryShared && a.register == b.register
    }

    /// A 1-based line and column.
    public struct Position: Equatable, Sendable {
        /// Line.
        public var line: Int
        /// Column.
        public var column: Int
    }

    /// Whether `name` can name a register (`news`, `formal`): a lower-case word of ASCII letters, digits and
    /// hyphens, as `register:` here and a term's `register:NAME` subset in the termbase write it.
    public static func isRegisterName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// The keys `jeju.yml` may hold.
    public static let knownKeys = CodingKeys.allCases.map(\.rawValue) + ["publish"]

    /// A diagnostic about the value of `key`, at its position in `path`.
    public func diagnostic(_ key: String, path: String, _ message: String, rule: String = "config.value") -> Diagnostic
    {
        let p = positions[key]
        return Diagnostic(rule: rule, path: path, line: p?.line, column: p?.column, message: "\(key): \(message)")
    }

    /// Reads `jeju.yml` text. Every error has its line and column; unknown keys are errors (a misspelt key would
    /// otherwise be ignored silently).
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> ProjectConfig {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.diagnostic(error, path: path)
        } catch {
            throw Diagnostic(rule: "config.read", path: path, message: "cannot read settings: \(error)")
        }
        var positions: [String: Position] = [:]
        var publish = PublishSettings()
        if let node {
            guard let mapping = node.mapping else {
                throw Diagnostic(
                    rule: "config.syntax", path: path, line: node.mark?.line, column: node.mark?.column,
                    message: "the settings must be 'key: value' lines (\(knownKeys.joined(separator: ", ")))")
            }
            for (key, value) in mapping {
                guard let name = key.scalar?.string else {
                    throw Diagnostic(
                        rule: "config.syntax", path: path, line: key.mark?.line, column: key.mark?.column,
                        message: "a key must be a plain word")
                }
                if name == "publishThreshold" {
                    throw Diagnostic(
                        rule: "config.unknown-key", path: path, line: key.mark?.line, column: key.mark?.column,
                        message: "'publishThreshold' is now written 'publish: { min-completeness: N% }'")
                }
                guard knownKeys.contains(name) else {
                    throw Diagnostic(
                        rule: "config.unknown-key", path: path, line: key.mark?.line, column: key.mark?.column,
                        message: "unknown setting '\(name)' (known: \(knownKeys.joined(separator: ", ")))")
                }
                positions[name] = Position(
                    line: value.mark?.line ?? key.mark?.line ?? 1, column: value.mark?.column ?? key.mark?.column ?? 1)
                if name == "publish" { publish = try PublishSettings.parse(value, path: path, positions: &positions) }
            }
        }
        var config: ProjectConfig
        do {
            config = try YAMLDecoder().decode(ProjectConfig.self, from: text)
        } catch let error as DecodingError {
            let (key, words) = Self.describe(error)
            let p = key.flatMap { positions[$0] }
            throw Diagnostic(rule: "config.value", path: path, line: p?.line, column: p?.column, message: words)
        } catch {
            throw Diagnostic(rule: "config.read", path: path, message: "cannot read settings: \(error)")
        }
        config.positions = positions
        config.publish = publish
        for (key, tags) in [("source", [config.source]), ("targets", config.targets)] {
            for tag in tags where !LanguageTag.isWellFormed(tag) {
                throw config.diagnostic(key, path: path, "'\(tag)' is not a well-formed BCP 47 language tag")
            }
        }
        for tag in publish.locales.keys.sorted() + (publish.requiredLocales ?? []) where !config.targets.contains(tag) {
            let key = publish.locales[tag] != nil ? "publish.locales.\(tag)" : "publish.required-locales"
            throw config.diagnostic(
                key, path: path, "'\(tag)' is not one of the targets (\(config.targets.joined(separator: ", ")))")
        }
        if !(config.siteURL.hasPrefix("http://") || config.siteURL.hasPrefix("https://")) {
            throw config.diagnostic("siteURL", path: path, "'\(config.siteURL)' is not an absolute http(s) URL")
        }
        func plain(_ scope: String) -> Bool {
            !scope.isEmpty && scope.count <= 200
                && scope.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0)
                }
        }
        if let scope = config.memoryScope, !plain(scope) {
            throw config.diagnostic(
                "memoryScope", path: path, "'\(scope)' must be a plain name (letters, digits, '-', '_', '.')")
        }
        for (scope, penalty) in config.memoryShared.sorted(by: { $0.key < $1.key }) {
            if !plain(scope) {
                throw config.diagnostic(
                    "memoryShared", path: path, "'\(scope)' must be a plain name (letters, digits, '-', '_', '.')")
            }
            if !(0...100).contains(penalty) {
                throw config.diagnostic(
                    "memoryShared", path: path, "the penalty of '\(scope)' must be from 0 to 100, not \(penalty)")
            }
            if scope == config.memoryScope {
                throw config.diagnostic(
                    "memoryShared", path: path, "'\(scope)' is the project's own scope (memoryScope)")
            }
        }
        if let register = config.register, !isRegisterName(register) {
            throw config.diagnostic(
                "register", path: path,
                "'\(register)' must be a lower-case word (news, formal…), as the termbase writes it after 'register:'")
        }
        if !config.memoryShared.isEmpty && config.memory != .postgres {
            throw config.diagnostic(
                "memoryShared", path: path, "shared scopes are read from the server: set 'memory: postgres'")
        }
        if config.targets.contains(config.source) {
            throw config.diagnostic(
                "targets", path: path, "the source locale '\(config.source)' is also listed as a target")
        }
        if Set(config.targets).count != config.targets.count {
            throw config.diagnostic("targets", path: path, "a target locale is listed twice")
        }
        for key in ["notices", "glossary", "output"] {
            let value = key == "notices" ? config.notices : key == "glossary" ? config.glossary : config.output
            if value.isEmpty || value.hasPrefix("/") || value.split(separator: "/").contains("..") {
                throw config.diagnostic(key, path: path, "'\(value)' must be a path inside the project")
            }
        }
        return config
    }

    /// A YAML syntax error in plain words, at its position.
    public static func diagnostic(_ error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(
                rule: "config.syntax", path: path, line: mark.line, column: mark.column,
                message: "not valid YAML: \(problem)")
        case .reader(let problem, _, _, _):
            return Diagnostic(
                rule: "config.syntax", path: path, line: 1, column: 1, message: "not readable as YAML: \(problem)")
        default:
            return Diagnostic(
                rule: "config.syntax", path: path, line: 1, column: 1, message: "not valid YAML: \(error)")
        }
    }

    /// The key a decoding error is about, and the error in plain words.
    private static func describe(_ error: DecodingError) -> (String?, String) {
        switch error {
        case .typeMismatch(_, let c):
            let key = c.codingPath.first?.stringValue
            let expected = key == "targets" ? "a list of words, e.g. [ko, vi]" : "a single word or path"
            return (key, "\(key ?? "the settings"): expected \(expected)")
        case .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            let key = c.codingPath.first?.stringValue
            return (key, "\(key ?? "the settings"): \(c.debugDescription)")
        @unknown default:
            return (nil, "\(error)")
        }
    }

    /// `100%`, `87.5%`.
    public static func percentText(_ value: Double) -> String {
        (value == value.rounded() ? String(Int(value)) : String(value)) + "%"
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
        # When a notice is published in a language: the share of it translated, at least at this state (translated,
        # reviewed, final). Below it, the language's index links to the \(source) page. A notice with QA errors is
        # withheld (qa-errors: publish publishes it anyway); `jeju build --strict` fails when a notice listed
        # in required is withheld.
        publish:
          min-completeness: \(Self.percentText(publish.threshold.minCompleteness))
          min-state: \(publish.threshold.minState)
          qa-errors: \(publish.publishWithQAErrors ? "publish" : "withhold")
          required: [\(publish.required.joined(separator: ", "))]
        # Where the site is served from (for sitemap.xml).
        siteURL: \(siteURL)

        """
    }
}
