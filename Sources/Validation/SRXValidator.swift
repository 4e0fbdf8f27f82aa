import Foundation
import JejuSupport
import Segmentation

/// Validates SRX 2.0 rule files: the element structure of `srx20.xsd`, then the Segmentation module's own
/// reading (`SRXRules.parse`), which compiles every rule and language-map pattern with ICU.
public enum SRXValidator {
    /// The SRX 2.0 namespace.
    public static let namespace = "http://www.lisa.org/srx20"

    /// Element → (required attributes with their allowed values, nil = any; children in sequence).
    static let declarations:
        [String: (attributes: [String: Set<String>?], required: Set<String>, children: [(String, Int, Int)])] = [
            "srx": (["version": ["2.0"]], ["version"], [("header", 1, 1), ("body", 1, 1)]),
            "header": (
                ["segmentsubflows": ["yes", "no"], "cascade": ["yes", "no"]], ["segmentsubflows", "cascade"],
                [("formathandle", 0, 3)]
            ),
            "formathandle": (
                ["include": ["yes", "no"], "type": ["start", "end", "isolated"]], ["include", "type"], []
            ),
            "body": ([:], [], [("languagerules", 1, 1), ("maprules", 1, 1)]),
            "languagerules": ([:], [], [("languagerule", 1, .max)]),
            "languagerule": (["languagerulename": nil], ["languagerulename"], [("rule", 1, .max)]),
            "rule": (["break": ["yes", "no"]], [], [("beforebreak", 0, 1), ("afterbreak", 0, 1)]),
            "beforebreak": ([:], [], []),
            "afterbreak": ([:], [], []),
            "maprules": ([:], [], [("languagemap", 1, .max)]),
            "languagemap": (
                ["languagerulename": nil, "languagepattern": nil], ["languagerulename", "languagepattern"], []
            ),
        ]

    /// Parses and validates SRX bytes.
    public static func validate(_ data: Data, path: String) -> [ValidationFinding] {
        let root: XElement
        do throws(Diagnostic) {
            root = try XMLReader.parse(data, path: path)
        } catch {
            return [ValidationFinding(readFailure: error)]
        }
        var findings: [ValidationFinding] = []
        func report(_ e: XElement, _ rule: String, _ message: String) {
            findings.append(
                ValidationFinding(
                    rule: "srx.\(rule)", path: path, line: e.line > 0 ? e.line : nil,
                    column: e.column > 0 ? e.column : nil, message: message))
        }
        func walk(_ e: XElement) {
            guard e.namespace == namespace || e.namespace.isEmpty else { return }  // extensions in other namespaces
            guard let decl = declarations[e.name] else {
                report(e, "element", "<\(e.name)> is not an SRX 2.0 element")
                return
            }
            if e.namespace.isEmpty {
                report(e, "namespace", "<\(e.name)> is not in the SRX 2.0 namespace \(namespace)")
            }
            for (name, value) in e.attributes.sorted(by: { $0.key < $1.key }) where !name.contains(":") {
                guard let allowed = decl.attributes[name] else {
                    report(e, "attribute", "<\(e.name)> has no attribute '\(name)'")
                    continue
                }
                if let allowed, !allowed.contains(value) {
                    report(
                        e, "attribute-value",
                        "\(name)='\(value)' on <\(e.name)> is not one of \(allowed.sorted().joined(separator: ", "))")
                }
            }
            for name in decl.required.sorted() where e.attribute(name) == nil {
                report(e, "required-attribute", "<\(e.name)> needs the attribute '\(name)'")
            }
            let children = e.elements.filter { $0.namespace == namespace || $0.namespace.isEmpty }
            if decl.children.isEmpty {
                if let c = children.first { report(c, "content", "<\(e.name)> holds text only, not <\(c.name)>") }
            } else {
                var i = 0
                var failed = false
                for (name, min, max) in decl.children {
                    var n = 0
                    while i < children.count, n < max, children[i].name == name { i += 1; n += 1 }
                    if n < min {
                        report(i < children.count ? children[i] : e, "content", "<\(e.name)> needs <\(name)> here")
                        failed = true
                        break
                    }
                }
                if !failed && i < children.count {
                    report(children[i], "content", "<\(children[i].name)> is not allowed here in <\(e.name)>")
                }
            }
            for c in children { walk(c) }
        }
        walk(root)
        do throws(Diagnostic) {
            _ = try SRXRules.parse(data, path: path)
        } catch {
            findings.append(ValidationFinding(rule: "srx.rules", error))
        }
        return findings.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }
}
