import Foundation
import ICU
import JejuSupport

/// Validates TMX 1.4b memories: the element and attribute rules of `tmx14.dtd` (implemented here, no DTD is
/// loaded), plus TMX's own semantics — every `<tu>` has a variant in its source language (unless `*all*`),
/// language codes are well formed, dates are `YYYYMMDDThhmmssZ`, and `<bpt>`/`<ept>` pair by `i` in a segment.
public enum TMXValidator {
    /// What an element may contain.
    enum Content {
        case empty, text
        /// Elements only: (names allowed, min, max) in sequence.
        case sequence([(Set<String>, Int, Int)])
        /// Text mixed with these elements.
        case mixed(Set<String>)
    }

    struct Declaration {
        let attributes: Set<String>
        let required: Set<String>
        let content: Content
    }

    static let inline: Set<String> = ["bpt", "ept", "it", "ph", "hi", "ut"]
    static let unitAttributes: Set<String> = [
        "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion", "creationdate",
        "creationid", "changedate", "changeid", "o-tmf",
    ]

    /// The DTD's declarations.
    static let declarations: [String: Declaration] = [
        "tmx": Declaration(
            attributes: ["version"], required: ["version"], content: .sequence([(["header"], 1, 1), (["body"], 1, 1)])),
        "header": Declaration(
            attributes: [
                "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype",
                "o-encoding", "creationdate", "creationid", "changedate", "changeid",
            ],
            required: ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"],
            content: .sequence([(["note", "prop", "ude"], 0, .max)])),
        "body": Declaration(attributes: [], required: [], content: .sequence([(["tu"], 0, .max)])),
        "note": Declaration(attributes: ["xml:lang", "o-encoding"], required: [], content: .text),
        "prop": Declaration(attributes: ["type", "xml:lang", "o-encoding"], required: ["type"], content: .text),
        "ude": Declaration(attributes: ["name", "base"], required: ["name"], content: .sequence([(["map"], 1, .max)])),
        "map": Declaration(attributes: ["unicode", "code", "ent", "subst"], required: ["unicode"], content: .empty),
        "tu": Declaration(
            attributes: unitAttributes.union(["tuid", "segtype", "srclang"]), required: [],
            content: .sequence([(["note", "prop"], 0, .max), (["tuv"], 1, .max)])),
        "tuv": Declaration(
            attributes: unitAttributes.union(["xml:lang", "lang"]), required: [],
            content: .sequence([(["note", "prop"], 0, .max), (["seg"], 1, 1)])),
        "seg": Declaration(attributes: [], required: [], content: .mixed(inline)),
        "bpt": Declaration(attributes: ["i", "x", "type"], required: ["i"], content: .mixed(["sub"])),
        "ept": Declaration(attributes: ["i"], required: ["i"], content: .mixed(["sub"])),
        "sub": Declaration(attributes: ["datatype", "type"], required: [], content: .mixed(inline)),
        "it": Declaration(attributes: ["pos", "x", "type"], required: ["pos"], content: .mixed(["sub"])),
        "ph": Declaration(attributes: ["x", "assoc", "type"], required: [], content: .mixed(["sub"])),
        "hi": Declaration(attributes: ["x", "type"], required: [], content: .mixed(inline)),
        "ut": Declaration(attributes: ["x"], required: [], content: .mixed(["sub"])),
    ]

    /// Parses and validates TMX bytes.
    public static func validate(_ data: Data, path: String) -> [ValidationFinding] {
        let root: XElement
        do throws(Diagnostic) {
            // The scanner `jeju tm import` reads with: both commands judge a file's XML alike.
            root = try XMLScanner.tree(of: data, path: path)
        } catch {
            return [ValidationFinding(readFailure: error)]
        }
        var findings: [ValidationFinding] = []
        func report(_ e: XElement, _ rule: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
            findings.append(
                ValidationFinding(
                    rule: "tmx.\(rule)", severity: severity, path: path,
                    line: e.line > 0 ? e.line : nil, column: e.column > 0 ? e.column : nil,
                    message: message))
        }
        guard root.name == "tmx" else {
            report(root, "root", "the root element must be <tmx>, not <\(root.name)>")
            return findings
        }
        if let v = root.attribute("version"), v != "1.4" {
            report(root, "version", "version='\(v)': tmx14.dtd fixes the version to '1.4'")
        }

        func walk(_ e: XElement) {
            guard let decl = declarations[e.name] else {
                report(e, "element", "<\(e.name)> is not a TMX 1.4 element")
                return
            }
            for name in e.attributes.keys.sorted() where !decl.attributes.contains(name) {
                report(e, "attribute", "<\(e.name)> has no attribute '\(name)'")
            }
            for name in decl.required.sorted() where e.attribute(name) == nil {
                report(e, "required-attribute", "<\(e.name)> needs the attribute '\(name)'")
            }
            let children = e.elements
            let hasText = e.children.contains { node in
                if case .text(let t) = node { return !t.allSatisfy(\.isWhitespace) }
                return false
            }
            switch decl.content {
            case .empty:
                if !children.isEmpty || hasText { report(e, "content", "<\(e.name)> must be empty") }
            case .text:
                if let c = children.first { report(c, "content", "<\(e.name)> holds text only, not <\(c.name)>") }
            case .mixed(let allowed):
                for c in children where !allowed.contains(c.name) {
                    report(c, "content", "<\(c.name)> is not allowed in <\(e.name)>")
                }
            case .sequence(let particles):
                if hasText { report(e, "content", "<\(e.name)> may not hold text") }
                var i = 0
                var failed = false
                for (names, min, max) in particles {
                    var n = 0
                    while i < children.count, n < max, names.contains(children[i].name) { i += 1; n += 1 }
                    if n < min {
                        report(
                            i < children.count ? children[i] : e, "content",
                            "<\(e.name)> needs \(names.sorted().map { "<\($0)>" }.joined(separator: " or ")) here")
                        failed = true
                        break
                    }
                }
                if !failed && i < children.count {
                    report(children[i], "content", "<\(children[i].name)> is not allowed here in <\(e.name)>")
                }
            }
            for attr in ["creationdate", "changedate", "lastusagedate"] {
                if let d = e.attribute(attr), !isDate(d) {
                    report(e, "date", "\(attr)='\(d)' is not a TMX date (YYYYMMDDThhmmssZ)")
                }
            }
            if let segtype = e.attribute("segtype"), !["block", "paragraph", "sentence", "phrase"].contains(segtype) {
                report(e, "attribute-value", "segtype='\(segtype)' is not block, paragraph, sentence or phrase")
            }
            if e.name == "it", let pos = e.attribute("pos"), !["begin", "end"].contains(pos) {
                report(e, "attribute-value", "pos='\(pos)' of <it> is not begin or end")
            }
            for c in children { walk(c) }
        }
        walk(root)

        // Semantics.
        let header = root.element(named: "header")
        let headerSource = header?.attribute("srclang")
        for attr in ["srclang", "adminlang"] {
            if let lang = header?.attribute(attr), lang != "*all*" || attr != "srclang",
                !LanguageTag.isWellFormed(lang, privateUse: true), let header
            {
                report(header, "language", "\(attr)='\(lang)' is not a well-formed language tag")
            }
        }
        for tu in root.element(named: "body")?.elements(named: "tu") ?? [] {
            let variants = tu.elements(named: "tuv")
            var langs: [String] = []
            for tuv in variants {
                guard let lang = tuv.attribute("xml:lang") ?? tuv.attribute("lang") else {
                    report(tuv, "required-attribute", "<tuv> needs the attribute 'xml:lang'")
                    continue
                }
                if !LanguageTag.isWellFormed(lang, privateUse: true) {
                    report(tuv, "language", "xml:lang='\(lang)' is not a well-formed language tag")
                }
                langs.append(lang)
                if let seg = tuv.element(named: "seg") { checkPairs(seg) }
            }
            if let source = tu.attribute("srclang") ?? headerSource, source != "*all*", !variants.isEmpty,
                !langs.contains(where: { $0.caseInsensitiveCompare(source) == .orderedSame })
            {
                report(
                    tu, "srclang",
                    "no <tuv> in the source language '\(source)' (srclang of the \(tu.attribute("srclang") != nil ? "<tu>" : "<header>"))"
                )
            }
        }

        func checkPairs(_ seg: XElement) {
            var open: [String: XElement] = [:]
            var all: [XElement] = []
            func collect(_ e: XElement) {
                for c in e.elements {
                    all.append(c)
                    if c.name == "hi" || c.name == "sub" { collect(c) }
                }
            }
            collect(seg)
            for e in all where e.name == "bpt" || e.name == "ept" {
                let i = e.attribute("i") ?? ""
                if e.name == "bpt" {
                    if open[i] != nil {
                        report(e, "inline-pairing", "a second <bpt i='\(i)'> before the first is closed")
                    }
                    open[i] = e
                } else if open.removeValue(forKey: i) == nil {
                    report(e, "inline-pairing", "<ept i='\(i)'> has no <bpt i='\(i)'> before it in this segment")
                }
            }
            for (i, e) in open.sorted(by: { $0.key < $1.key }) {
                report(
                    e, "inline-pairing",
                    "<bpt i='\(i)'> has no <ept i='\(i)'> in this segment (use <it> for an isolated code)")
            }
        }
        return findings.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }

    /// `YYYYMMDDThhmmssZ`.
    static func isDate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 16, u[8] == UInt8(ascii: "T"), u[15] == UInt8(ascii: "Z") else { return false }
        return (u[0..<8] + u[9..<15]).allSatisfy { (48...57).contains($0) }
    }
}
