import Foundation
import ICU
import JejuSupport

/// Validates XLIFF 1.2 documents: the element structure of the 1.2 schema (`xliff` / `file` / `header` /
/// `body` / `group` / `trans-unit` / `source` / `target`), required attributes, unique `trans-unit` ids in
/// each file, language codes, and the pairing of inline codes (`bpt`/`ept` by id, `bx`/`ex` by rid).
/// Elements of other namespaces (extensions) are accepted where 1.2 allows them and not looked into.
public enum XLIFF12Validator {
    /// The XLIFF 1.2 namespace.
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    /// Parses and validates XLIFF 1.2 bytes.
    public static func validate(_ data: Data, path: String) -> [ValidationFinding] {
        let root: XElement
        do throws(Diagnostic) {
            root = try XMLReader.parse(data, path: path)
        } catch {
            return [ValidationFinding(readFailure: error)]
        }
        var run = Run(path: path)
        run.check(root)
        return run.findings.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }

    /// The elements XLIFF 1.2 defines that may hold other XLIFF elements, with the children each allows.
    static let children: [String: Set<String>] = [
        "xliff": ["file"],
        "file": ["header", "body"],
        "header": ["skl", "phase-group", "glossary", "reference", "count-group", "prop-group", "note", "tool"],
        "body": ["group", "trans-unit", "bin-unit"],
        "group": ["context-group", "count-group", "prop-group", "note", "group", "trans-unit", "bin-unit"],
        "trans-unit": [
            "source", "seg-source", "target", "context-group", "count-group", "prop-group", "note", "alt-trans",
        ],
        "bin-unit": ["bin-source", "bin-target", "context-group", "count-group", "prop-group", "note", "trans-unit"],
        "alt-trans": ["source", "seg-source", "target", "context-group", "prop-group", "note"],
        "skl": ["internal-file", "external-file"],
        "phase-group": ["phase"],
        "phase": ["note"],
        "glossary": ["internal-file", "external-file"],
        "reference": ["internal-file", "external-file"],
        "count-group": ["count"],
        "prop-group": ["prop"],
        "context-group": ["context"],
        "bin-source": ["internal-file", "external-file"],
        "bin-target": ["internal-file", "external-file"],
    ]

    static let inline: Set<String> = ["g", "x", "bx", "ex", "ph", "bpt", "ept", "it", "sub", "mrk"]

    /// Required attributes of each element.
    static let required: [String: [String]] = [
        "xliff": ["version"], "file": ["original", "source-language", "datatype"], "trans-unit": ["id"],
        "bin-unit": ["id", "mime-type"], "g": ["id"], "x": ["id"], "bx": ["id"], "ex": ["id"], "ph": ["id"],
        "bpt": ["id"], "ept": ["id"], "it": ["id", "pos"], "mrk": ["mtype"], "phase": ["phase-name", "process-name"],
        "count": ["count-type"], "context": ["context-type"], "prop": ["prop-type"], "external-file": ["href"],
        "tool": ["tool-id", "tool-name"],
    ]

    struct Run {
        let path: String
        var findings: [ValidationFinding] = []

        mutating func report(_ e: XElement, _ rule: String, _ message: String, severity: Diagnostic.Severity = .error) {
            findings.append(
                ValidationFinding(
                    rule: "xliff12.\(rule)", severity: severity, path: path,
                    line: e.line > 0 ? e.line : nil, column: e.column > 0 ? e.column : nil,
                    message: message))
        }

        func isXLIFF(_ e: XElement) -> Bool {
            e.namespace.hasPrefix("urn:oasis:names:tc:xliff:document:1.") || e.namespace.isEmpty
        }

        mutating func check(_ root: XElement) {
            guard root.name == "xliff" else {
                report(root, "root", "the root element must be <xliff>, not <\(root.name)>")
                return
            }
            if let v = root.attribute("version"), !["1.0", "1.1", "1.2"].contains(v) {
                report(root, "version", "version='\(v)' is not an XLIFF 1.x version")
            }
            walk(root)
            let files = root.elements.filter { $0.name == "file" && isXLIFF($0) }
            if files.isEmpty { report(root, "structure", "<xliff> needs at least one <file>") }
            for file in files { checkFile(file) }
        }

        /// Structure: children allowed, required attributes, text where none belongs.
        mutating func walk(_ e: XElement) {
            guard isXLIFF(e) else { return }
            for name in XLIFF12Validator.required[e.name] ?? [] where e.attribute(name) == nil {
                report(e, "required-attribute", "<\(e.name)> needs the attribute '\(name)'")
            }
            if let allowed = XLIFF12Validator.children[e.name] {
                for c in e.elements where isXLIFF(c) && !allowed.contains(c.name) {
                    report(c, "structure", "<\(c.name)> is not allowed in <\(e.name)>")
                }
            }
            for c in e.elements { walk(c) }
        }

        mutating func checkFile(_ file: XElement) {
            for attr in ["source-language", "target-language"] {
                if let lang = file.attribute(attr), !LanguageTag.isWellFormed(lang, privateUse: true) {
                    report(file, "language", "\(attr)='\(lang)' is not a well-formed language tag")
                }
            }
            let bodies = file.elements.filter { $0.name == "body" && isXLIFF($0) }
            if bodies.count != 1 {
                report(file, "structure", "<file> needs exactly one <body> (it has \(bodies.count))")
            }
            if let first = file.elements.first(where: isXLIFF), first.name != "header" && first.name != "body" {
                report(first, "structure", "<file> holds an optional <header> then <body>")
            }
            if file.elements.filter({ $0.name == "header" && isXLIFF($0) }).count > 1 {
                report(file, "structure", "<file> has more than one <header>")
            }
            var ids: [String: XElement] = [:]
            func units(_ e: XElement) -> [XElement] {
                e.elements.filter(isXLIFF).flatMap { c -> [XElement] in
                    switch c.name {
                    case "trans-unit": [c]
                    case "group", "body", "bin-unit": units(c)
                    default: []
                    }
                }
            }
            for unit in bodies.flatMap(units) {
                if let id = unit.attribute("id") {
                    if let other = ids[id] {
                        report(
                            unit, "id-unique",
                            "the trans-unit id '\(id)' is used twice in this <file> (first at line \(other.line))")
                    }
                    ids[id] = unit
                }
                checkUnit(unit)
            }
        }

        mutating func checkUnit(_ unit: XElement) {
            let parts = unit.elements.filter(isXLIFF)
            let sources = parts.filter { $0.name == "source" }
            if sources.count != 1 {
                report(unit, "structure", "<trans-unit> needs exactly one <source> (it has \(sources.count))")
            } else if parts.first?.name != "source" {
                report(unit, "structure", "<source> comes first in <trans-unit>")
            }
            if parts.filter({ $0.name == "target" }).count > 1 {
                report(unit, "structure", "<trans-unit> has more than one <target>")
            }
            if parts.filter({ $0.name == "seg-source" }).count > 1 {
                report(unit, "structure", "<trans-unit> has more than one <seg-source>")
            }
            for attr in ["translate", "reformat"] {
                if let v = unit.attribute(attr), !["yes", "no"].contains(v) && attr == "translate" {
                    report(unit, "attribute-value", "\(attr)='\(v)' must be 'yes' or 'no'")
                }
            }
            for content in parts where ["source", "target", "seg-source"].contains(content.name) {
                checkInline(content)
            }
            for alt in parts where alt.name == "alt-trans" {
                for content in alt.elements
                where isXLIFF(content) && ["source", "target", "seg-source"].contains(content.name) {
                    checkInline(content)
                }
                if !alt.elements.contains(where: { $0.name == "target" && isXLIFF($0) }) {
                    report(alt, "structure", "<alt-trans> needs a <target>")
                }
            }
        }

        /// Inline content: only inline elements, `bpt`/`ept` paired by id, `bx`/`ex` by rid (or id).
        mutating func checkInline(_ content: XElement) {
            var all: [XElement] = []
            func collect(_ e: XElement) {
                for c in e.elements {
                    if !isXLIFF(c) { continue }
                    if !XLIFF12Validator.inline.contains(c.name) {
                        report(
                            c, "structure",
                            "<\(c.name)> is not an inline element and may not appear in <\(content.name)>")
                        continue
                    }
                    all.append(c)
                    if c.name != "bpt" && c.name != "ept" && c.name != "ph" && c.name != "it" { collect(c) }
                }
            }
            collect(content)
            var openBPT: [String: XElement] = [:]
            var openBX: [String: XElement] = [:]
            for e in all {
                let key = e.attribute("rid") ?? e.attribute("id") ?? ""
                switch e.name {
                case "bpt":
                    if openBPT[key] != nil {
                        report(e, "inline-pairing", "a second <bpt> with id/rid '\(key)' before the first is closed")
                    }
                    openBPT[key] = e
                case "ept":
                    if openBPT.removeValue(forKey: key) == nil {
                        report(e, "inline-pairing", "<ept> '\(key)' has no <bpt> before it in this <\(content.name)>")
                    }
                case "bx":
                    openBX[key] = e
                case "ex":
                    if openBX.removeValue(forKey: key) == nil {
                        report(e, "inline-pairing", "<ex> '\(key)' has no <bx> before it in this <\(content.name)>")
                    }
                case "it":
                    if let pos = e.attribute("pos"), !["open", "close"].contains(pos) {
                        report(e, "attribute-value", "pos='\(pos)' of <it> must be 'open' or 'close'")
                    }
                default:
                    break
                }
            }
            for (key, e) in openBPT.sorted(by: { $0.key < $1.key }) {
                report(
                    e, "inline-pairing",
                    "<bpt> '\(key)' has no <ept> in this <\(content.name)> (use <it> for an isolated code)")
            }
            for (key, e) in openBX.sorted(by: { $0.key < $1.key }) {
                report(e, "inline-pairing", "<bx> '\(key)' has no <ex> in this <\(content.name)>")
            }
        }
    }
}
