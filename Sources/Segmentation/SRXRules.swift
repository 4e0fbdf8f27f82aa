import Foundation
import ICU
import JejuSupport

/// One SRX 2.0 rule: a break or no-break decision where `before` matches the text ending at a position and
/// `after` the text starting there.
public struct SRXRule: Sendable, Equatable {
    /// Whether the rule makes a break (`break="yes"`) or suppresses one.
    public var isBreak: Bool
    /// The ICU regex for the text before the position ("" = any).
    public var before: String
    /// The ICU regex for the text after the position ("" = any).
    public var after: String
    /// Where the rule comes from.
    public var origin: RuleOrigin

    /// Creates a rule.
    public init(isBreak: Bool, before: String, after: String, origin: RuleOrigin) {
        self.isBreak = isBreak
        self.before = before
        self.after = after
        self.origin = origin
    }
}

/// Where a segmentation rule was written: file, line and column of its `<rule>` element, and its language rule.
public struct RuleOrigin: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file (or `jeju:default.srx` for Jeju's built-in rules).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// The SRX language rule's name.
    public var languageRule: String

    /// Creates an origin.
    public init(file: String, line: Int, languageRule: String) {
        self.file = file
        self.line = line
        self.languageRule = languageRule
    }

    /// `file:line (languagerule)`.
    public var description: String { "\(file):\(line) (\(languageRule))" }
}

/// An SRX 2.0 document: language rules and the map from language codes to them.
public struct SRXRules: Sendable {
    /// Whether rules of every matching language map apply in order (`cascade="yes"`) or only the first's.
    public var cascade: Bool
    /// Language rules by name, each an ordered list of rules.
    public var languageRules: [String: [SRXRule]]
    /// The language maps in order: an ICU regex over the language code, and the language rule name.
    public var maps: [(pattern: String, rule: String)]
    /// The file the rules came from.
    public var file: String

    /// Parses an SRX 2.0 document. Rule regexes are compiled once here, so a bad pattern is reported with its
    /// file and line now rather than while segmenting; `checkingPatterns: false` leaves that to the segmenter (for
    /// Jeju's built-in rules, which a test compiles).
    public static func parse(_ data: Data, path: String, checkingPatterns: Bool = true) throws(Diagnostic) -> SRXRules {
        let root = try XMLReader.parse(data, path: path)
        guard root.name == "srx" else {
            throw Diagnostic(
                rule: "srx.root", path: path, line: root.line, column: root.column,
                message: "not an SRX file: the root element is <\(root.name)>, not <srx>")
        }
        guard let version = root.attribute("version"), version.hasPrefix("2.") else {
            throw Diagnostic(
                rule: "srx.version", path: path, line: root.line, column: root.column,
                message: "only SRX 2.0 is supported (version=\"\(root.attribute("version") ?? "")\")")
        }
        let header = root.element(named: "header")
        let cascade = (header?.attribute("cascade") ?? "no") == "yes"
        guard let body = root.element(named: "body") else {
            throw Diagnostic(
                rule: "srx.body", path: path, line: root.line, column: root.column, message: "SRX file without <body>")
        }
        var languageRules: [String: [SRXRule]] = [:]
        for lr in body.element(named: "languagerules")?.elements(named: "languagerule") ?? [] {
            guard let name = lr.attribute("languagerulename") else {
                throw Diagnostic(
                    rule: "srx.languagerule", path: path, line: lr.line, column: lr.column,
                    message: "<languagerule> without languagerulename")
            }
            var rules: [SRXRule] = []
            for r in lr.elements(named: "rule") {
                let before = r.element(named: "beforebreak")?.text ?? ""
                let after = r.element(named: "afterbreak")?.text ?? ""
                for (pattern, part) in [(before, "beforebreak"), (after, "afterbreak")]
                where checkingPatterns && !pattern.isEmpty {
                    do throws(ICUError) {
                        _ = try ICURegex.shared(pattern)
                    } catch {
                        throw Diagnostic(
                            rule: "srx.regex", path: path, line: r.line, column: r.column,
                            message:
                                "<\(part)> is not a valid ICU regular expression: \(error.name) at column \(error.column ?? 0) of '\(pattern)'"
                        )
                    }
                }
                rules.append(
                    SRXRule(
                        isBreak: (r.attribute("break") ?? "yes") != "no", before: before, after: after,
                        origin: RuleOrigin(file: path, line: r.line, languageRule: name)))
            }
            languageRules[name] = rules
        }
        var maps: [(String, String)] = []
        for m in body.element(named: "maprules")?.elements(named: "languagemap") ?? [] {
            guard let pattern = m.attribute("languagepattern"), let rule = m.attribute("languagerulename") else {
                throw Diagnostic(
                    rule: "srx.languagemap", path: path, line: m.line, column: m.column,
                    message: "<languagemap> needs languagepattern and languagerulename")
            }
            guard languageRules[rule] != nil else {
                throw Diagnostic(
                    rule: "srx.languagemap", path: path, line: m.line, column: m.column,
                    message: "<languagemap> names an unknown languagerule '\(rule)'")
            }
            do throws(ICUError) {
                if checkingPatterns { _ = try ICURegex.shared(pattern) }
            } catch {
                throw Diagnostic(
                    rule: "srx.regex", path: path, line: m.line, column: m.column,
                    message: "languagepattern '\(pattern)' is not a valid regular expression")
            }
            maps.append((pattern, rule))
        }
        return SRXRules(cascade: cascade, languageRules: languageRules, maps: maps, file: path)
    }

    /// Reads and parses an SRX file; `displayPath` (default: `path`) names it in messages and explanations.
    public static func load(_ path: String, displayPath: String? = nil) throws(Diagnostic) -> SRXRules {
        let name = displayPath ?? path
        do {
            return try parse(TextFile.readBytes(path), path: name)
        } catch {
            throw Diagnostic(
                error.severity, rule: error.rule, path: name, line: error.line, column: error.column,
                message: error.message)
        }
    }

    /// The rules for `language` (a BCP 47 tag, matched as SRX does against each map's pattern), in order:
    /// with cascading, the rules of every matching map; otherwise those of the first.
    public func rules(for language: String) -> [SRXRule] {
        var out: [SRXRule] = []
        for (pattern, name) in maps {
            guard let re = try? ICURegex.shared(pattern, options: .caseInsensitive) else { continue }
            let units = Array(language.utf16)
            re.setText(units)
            if re.wholeMatch(in: 0..<units.count) {
                out += languageRules[name] ?? []
                if !cascade { break }
            }
        }
        return out
    }
}
