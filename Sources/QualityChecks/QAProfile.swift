import Foundation
import ICU
import JejuSupport
import Yams

/// Which checks run and how severe their findings are, with the names that may stay untranslated and the
/// length bands: data, read from YAML.
///
/// Jeju ships `default` and `strict` (`QAProfile.builtIn`); a project overrides or adds profiles as
/// `qa/profiles/NAME.yml`:
///
/// ```yaml
/// description: What this profile is for.
/// extends: default            # optional: start from another profile (built-in or the project's)
/// checks:                     # check id: error | warning | info | off (unlisted: the check's default)
///   glossary: error
///   length-ratio: off
/// allow-identical: [ADB, WeGO] # texts that may stay as in the source (names, codes)
/// length-bands:               # language: [low, high] target/source length ratio, replacing the UDHR band
///   ko: [0.3, 0.9]
/// quotation-marks:            # language: marks accepted besides CLDR's (a house style)
///   ar: "«»"
/// apostrophes:                # language: how it writes the apostrophe that is a letter (' ’ or ʼ)
///   ha: "'"
/// ```
public struct QAProfile: Sendable, Equatable {
    /// What a profile does with a check.
    public enum Setting: Sendable, Equatable {
        /// The check does not run.
        case off
        /// The check runs; its findings have this severity.
        case on(Diagnostic.Severity)
    }

    /// The profile's name (its file name without `.yml`).
    public var name: String
    /// What the profile is for.
    public var description: String
    /// Settings by check id; a check not listed runs at its default severity.
    public var checks: [String: Setting]
    /// Texts that may stay identical to the source.
    public var allowIdentical: [String]
    /// Length bands by language subtag, replacing the measured ones.
    public var lengthBands: [String: LengthBand]
    /// Quotation marks accepted besides CLDR's, by language subtag.
    public var quotationMarks: [String: String] = [:]
    /// The letter apostrophe, by language subtag.
    public var apostrophes: [String: String] = [:]

    /// A profile.
    public init(
        name: String, description: String = "", checks: [String: Setting] = [:], allowIdentical: [String] = [],
        lengthBands: [String: LengthBand] = [:]
    ) {
        self.name = name
        self.description = description
        self.checks = checks
        self.allowIdentical = allowIdentical
        self.lengthBands = lengthBands
    }

    /// The checks this profile runs, with their severities, in `QAChecks.all` order.
    public var enabledChecks: [(check: QACheck, severity: Diagnostic.Severity)] {
        QAChecks.all.compactMap { check in
            switch checks[check.id] ?? .on(check.severity) {
            case .off: nil
            case .on(let severity): (check, severity)
            }
        }
    }

    /// The built-in `default` profile.
    /// Parsed once. The built-in YAML is part of Jeju, and `QualityCheckerTests.builtInProfilesNameEveryCheck` parses it: a failure here is a defect
    /// of Jeju itself, so it stops with the reason instead of running with no checks.
    public static let `default`: QAProfile = {
        do {
            return try parse(BuiltInProfiles.default, name: "default", path: "<built-in default>")
        } catch {
            fatalError("built-in profile: \(error)")  // safe: a constant, parsed by QualityCheckerTests
        }
    }()

    /// Reads the profile `name`: `qa/profiles/NAME.yml` under `projectRoot` if there is one, else the built-in.
    public static func load(named name: String, projectRoot: URL?) throws(Diagnostic) -> QAProfile {
        try load(named: name, projectRoot: projectRoot, seen: [])
    }

    /// The profile names available: built-in and the project's.
    public static func available(projectRoot: URL?) -> [String] {
        var names = Set(BuiltInProfiles.all.keys)
        if let folder = projectRoot?.appendingPathComponent(profileFolder),
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        {
            for f in files where f.hasSuffix(".yml") { names.insert(String(f.dropLast(4))) }
        }
        return names.sorted()
    }

    /// Where a project keeps its profiles.
    public static let profileFolder = "qa/profiles"

    private static func load(named name: String, projectRoot: URL?, seen: [String]) throws(Diagnostic) -> QAProfile {
        guard !seen.contains(name) else {
            throw Diagnostic(
                rule: "profile.extends-loop", path: "\(profileFolder)/\(name).yml",
                message: "profiles extend each other in a loop: \((seen + [name]).joined(separator: " → "))")
        }
        let file = projectRoot?.appendingPathComponent(profileFolder).appendingPathComponent(name + ".yml")
        if let file, FileManager.default.fileExists(atPath: file.path) {
            let text = try TextFile.read(file.path)
            let display = "\(profileFolder)/\(name).yml"
            return try parse(text, name: name, path: display) { base throws(Diagnostic) in
                // A project profile that extends its own name starts from the built-in one.
                if base == name, let builtIn = BuiltInProfiles.all[base] {
                    return try parse(builtIn, name: base, path: "<built-in \(base)>")
                }
                return try load(named: base, projectRoot: projectRoot, seen: seen + [name])
            }
        }
        guard let builtIn = BuiltInProfiles.all[name] else {
            let names = available(projectRoot: projectRoot).joined(separator: ", ")
            throw Diagnostic(
                rule: "profile.unknown", path: file.map { "\(profileFolder)/\($0.lastPathComponent)" } ?? name,
                message: "no profile '\(name)' (available: \(names))")
        }
        return try parse(builtIn, name: name, path: "<built-in \(name)>") { base throws(Diagnostic) in
            try load(named: base, projectRoot: projectRoot, seen: seen + [name])
        }
    }

    /// Reads a profile from YAML text; `base` resolves `extends:`. Errors carry `path:line:column`.
    public static func parse(
        _ text: String, name: String, path: String,
        base: (String) throws(Diagnostic) -> QAProfile = { b throws(Diagnostic) in
            throw Diagnostic(rule: "profile.extends", path: b, message: "cannot extend '\(b)' here")
        }
    ) throws(Diagnostic) -> QAProfile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Diagnostic(
                rule: "profile.syntax", path: path, line: error.line, column: error.column,
                message: "not valid YAML: \(error.problem)")
        } catch {
            throw Diagnostic(rule: "profile.syntax", path: path, message: "not valid YAML: \(error)")
        }
        guard let root else { return QAProfile(name: name) }
        guard let mapping = root.mapping else {
            throw problem(path, root, "a profile is a mapping (description, extends, checks, …)")
        }
        var profile = QAProfile(name: name)
        if let ext = mapping["extends"] {
            guard let baseName = ext.string else { throw problem(path, ext, "extends: the name of a profile") }
            profile = try base(baseName)
            profile.name = name
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw problem(path, keyNode, "keys are words") }
            switch key {
            case "extends": break
            case "description":
                guard let s = value.string else { throw problem(path, value, "description: text") }
                profile.description = s
            case "checks":
                guard let checks = value.mapping else {
                    throw problem(path, value, "checks: a mapping of check id to error, warning, info or off")
                }
                for (idNode, settingNode) in checks {
                    guard let id = idNode.string, QAChecks.check(id: id) != nil else {
                        throw problem(
                            path, idNode,
                            "unknown check '\(idNode.string ?? "?")' (known: \(QAChecks.all.map(\.id).joined(separator: ", ")))",
                            rule: "profile.unknown-check")
                    }
                    switch settingNode.string {
                    case "off": profile.checks[id] = .off
                    case let s?:
                        guard let severity = Diagnostic.Severity(rawValue: s) else {
                            throw problem(path, settingNode, "'\(s)' is not error, warning, info or off")
                        }
                        profile.checks[id] = .on(severity)
                    case nil: throw problem(path, settingNode, "\(id): error, warning, info or off")
                    }
                }
            case "allow-identical":
                guard let list = value.sequence else { throw problem(path, value, "allow-identical: a list of texts") }
                for item in list {
                    guard let s = item.string else { throw problem(path, item, "allow-identical: a list of texts") }
                    profile.allowIdentical.append(s)
                }
            case "length-bands":
                guard let bands = value.mapping else {
                    throw problem(path, value, "length-bands: language: [low, high]")
                }
                for (langNode, rangeNode) in bands {
                    guard let lang = langNode.string, let pair = rangeNode.sequence, pair.count == 2,
                        let low = pair[0].string.flatMap(Double.init), let high = pair[1].string.flatMap(Double.init),
                        low > 0, low < high
                    else { throw problem(path, rangeNode, "length-bands: language: [low, high], 0 < low < high") }
                    profile.lengthBands[lang.lowercased()] = LengthBand(low: low, high: high)
                }
            case "quotation-marks":
                guard let marks = value.mapping else {
                    throw problem(path, value, "quotation-marks: language: the marks, e.g. ar: \"«»\"")
                }
                for (langNode, marksNode) in marks {
                    guard let lang = langNode.string, let text = marksNode.string, !text.isEmpty,
                        text.unicodeScalars.allSatisfy(CharacterProperties.isQuotationMark)
                    else {
                        throw problem(
                            path, marksNode, "quotation-marks: language: quotation marks only, e.g. ar: \"«»\"",
                            rule: "profile.quotation-marks")
                    }
                    profile.quotationMarks[lang.lowercased()] = text
                }
            case "apostrophes":
                guard let forms = value.mapping else {
                    throw problem(path, value, "apostrophes: language: the apostrophe, e.g. ha: \"'\"")
                }
                for (langNode, formNode) in forms {
                    guard let lang = langNode.string, let text = formNode.string, text.unicodeScalars.count == 1,
                        let form = text.unicodeScalars.first, QAChecks.apostropheForms.contains(form)
                    else {
                        throw problem(
                            path, formNode, "apostrophes: language: one of ' (U+0027), ’ (U+2019), ʼ (U+02BC)")
                    }
                    profile.apostrophes[lang.lowercased()] = text
                }
            default:
                throw problem(
                    path, keyNode,
                    "unknown key '\(key)' (description, extends, checks, allow-identical, length-bands, quotation-marks, apostrophes)"
                )
            }
        }
        return profile
    }

    /// A value the profile cannot take, at its place: `profile.value`, or a more precise `rule`.
    private static func problem(_ path: String, _ node: Node, _ message: String, rule: String = "profile.value")
        -> Diagnostic
    {
        Diagnostic(rule: rule, path: path, line: node.mark?.line, column: node.mark?.column, message: message)
    }
}

extension YamlError {
    fileprivate var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }
    fileprivate var column: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.column
        default: nil
        }
    }
    fileprivate var problem: String {
        switch self {
        case .scanner(_, let p, _, _), .parser(_, let p, _, _), .composer(_, let p, _, _): p
        default: "\(self)"
        }
    }
}
