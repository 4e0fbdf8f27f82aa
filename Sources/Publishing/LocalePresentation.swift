import Foundation
import ICU
import JejuSupport
import Yams

/// How one language is presented on the built pages, where a project wants other than CLDR's defaults:
/// `locales/<tag>/locale.yml`.
///
/// ```yaml
/// name: Oʻzbekcha                   # the language in itself, as the language menu shows it
/// name-in-text: oʻzbek              # … and inside a sentence ("… — oʻzbek tilida")
/// date:
///   calendar: ethiopic              # an ICU calendar (default: the locale's own)
///   pattern: "MMMM d ቀን y 'ዓ.ም.'"   # a CLDR date pattern, or skeleton: yMMMMd
///   beside: "d MMMM y 'እ.ኤ.አ.'"     # also the Gregorian date, in brackets, in this pattern
/// ```
///
/// Without the file (or a key), ICU decides: the long date, the locale's calendar, the language's name as CLDR
/// writes it for a menu (`menuName`) and in running text (`displayName`).
public struct LocalePresentation: Equatable, Sendable {
    /// The language's name in itself for the language menu.
    public var name: String?
    /// The language's name in itself inside a sentence.
    public var nameInText: String?
    /// An ICU calendar keyword value.
    public var calendar: String?
    /// A CLDR date pattern.
    public var datePattern: String?
    /// A CLDR date skeleton (when no pattern is given).
    public var dateSkeleton: String?
    /// A pattern for the Gregorian date shown beside the main one.
    public var besidePattern: String?

    /// CLDR's presentation.
    public init() {}

    /// The file's name inside `locales/<tag>/`.
    public static let fileName = "locale.yml"

    /// Reads `text` (the file at `path`); every error has its position and names its rule, and nothing a
    /// project writes is ignored: unknown keys, an unknown calendar, a pattern ICU refuses are errors.
    public static func parse(_ text: String, path: String, locale: String) throws(Diagnostic) -> LocalePresentation {
        var out = LocalePresentation()
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch let error as YamlError {
            throw ProjectConfig.diagnostic(error, path: path)
        } catch {
            throw Diagnostic(rule: "locale.syntax", path: path, line: 1, column: 1, message: "not valid YAML: \(error)")
        }
        guard let node else { return out }
        func fail(_ n: Node, _ message: String, _ rule: String = "locale.value") -> Diagnostic {
            Diagnostic(rule: rule, path: path, line: n.mark?.line, column: n.mark?.column, message: message)
        }
        func entries(_ n: Node, _ what: String, _ keys: [String]) throws(Diagnostic) -> [(String, Node, Node)] {
            guard let mapping = n.mapping else {
                throw fail(n, "\(what): expected 'key: value' lines (\(keys.joined(separator: ", ")))", "locale.syntax")
            }
            var out: [(String, Node, Node)] = []
            for (key, value) in mapping {
                guard let name = key.scalar?.string, keys.contains(name) else {
                    throw fail(
                        key,
                        "unknown setting '\(key.scalar?.string ?? "?")' in \(what) (known: \(keys.joined(separator: ", ")))",
                        "locale.unknown-key")
                }
                out.append((name, key, value))
            }
            return out
        }
        func words(_ n: Node, _ key: String) throws(Diagnostic) -> String {
            guard let s = n.scalar?.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail(n, "\(key): expected some text")
            }
            guard s.utf8.count <= Limits.messageBytes else {
                throw fail(n, "\(key): longer than a page message may be", "limits.message")
            }
            return s
        }
        var dateNode: Node?
        for (name, _, value) in try entries(node, "locale.yml", ["name", "name-in-text", "date"]) {
            switch name {
            case "name": out.name = try words(value, name)
            case "name-in-text": out.nameInText = try words(value, name)
            default: dateNode = value
            }
        }
        if let dateNode {
            var nodes: [String: Node] = [:]
            for (name, _, value) in try entries(dateNode, "date", ["calendar", "pattern", "skeleton", "beside"]) {
                nodes[name] = value
                switch name {
                case "calendar": out.calendar = try words(value, "date.calendar")
                case "pattern": out.datePattern = try words(value, "date.pattern")
                case "skeleton": out.dateSkeleton = try words(value, "date.skeleton")
                default: out.besidePattern = try words(value, "date.beside")
                }
            }
            if let p = nodes["pattern"], nodes["skeleton"] != nil {
                throw fail(p, "date: give a pattern or a skeleton, not both")
            }
            // Everything is tried now, so that a build never meets a setting ICU refuses.
            do {
                let formatter = try out.dateFormat(locale: locale)
                if let calendar = out.calendar, let node = nodes["calendar"], formatter.calendar != calendar {
                    throw fail(
                        node,
                        "date.calendar: ICU has no calendar '\(calendar)' (e.g. gregorian, ethiopic, islamic, buddhist)"
                    )
                }
                _ = try out.besideFormat(locale: locale)
            } catch let error as Diagnostic {
                throw error
            } catch {
                let key = ["pattern", "skeleton", "beside", "calendar"].first { nodes[$0] != nil } ?? "calendar"
                throw fail(nodes[key] ?? dateNode, "date.\(key): ICU refuses it: \(error)")
            }
        }
        return out
    }

    /// Reads `locales/<tag>/locale.yml` when the project has one.
    public static func load(project: Project, tag: String) throws(Diagnostic) -> LocalePresentation {
        let url = project.localeFolder(tag).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return LocalePresentation() }
        return try parse(TextFile.read(url.path), path: project.relativePath(url), locale: LanguageTag(tag).icuLocale)
    }

    /// The formatter of the page's dates for the ICU `locale`.
    func dateFormat(locale: String) throws(ICUError) -> DateFormat {
        let id = calendar.map { "\(locale)@calendar=\($0)" } ?? locale
        if let datePattern { return try DateFormat(locale: id, pattern: datePattern) }
        if let dateSkeleton { return try DateFormat(locale: id, skeleton: dateSkeleton) }
        return try DateFormat(locale: id, style: .long)
    }

    /// The formatter of the Gregorian date shown beside, if any.
    func besideFormat(locale: String) throws(ICUError) -> DateFormat? {
        guard let besidePattern else { return nil }
        return try DateFormat(locale: "\(locale)@calendar=gregorian", pattern: besidePattern)
    }
}
