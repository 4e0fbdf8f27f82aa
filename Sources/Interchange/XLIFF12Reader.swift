import Foundation
import Inline
import JejuSupport

/// Reads XLIFF 1.0–1.2 (with or without the 1.2 namespace, as tools write it), with positions.
///
/// Every `<trans-unit>` in `<body>` and its `<group>`s is read; `<bin-unit>`, `<alt-trans>`, `<header>` and
/// foreign elements are skipped. Refused with a positioned message: not well-formed XML, DTD entity
/// declarations, a root other than `<xliff>`, a version other than 1.x, a `<file>` without `original` or
/// `source-language`, a `<trans-unit>` without `id` or `<source>`, an unknown inline element.
public enum XLIFF12Reader {
    /// Reads a document; `path` names the file in messages.
    public static func read(_ data: Data, path: String) throws(Diagnostic) -> XLIFF12Document {
        let root = try XMLReader.parse(try DeclaredEncoding.utf8(data, path: path), path: path)
        func fail(_ e: XElement, _ m: String) -> Diagnostic {
            Diagnostic(rule: "xliff12.structure", path: path, line: e.line, column: e.column, message: m)
        }
        guard root.name == "xliff" else {
            throw fail(root, "not an XLIFF document: the root element is <\(root.name)>")
        }
        let version = root.attribute("version") ?? ""
        guard version.hasPrefix("1.") else { throw fail(root, "XLIFF version '\(version)' is not 1.x") }
        let ns = root.namespace
        var document = XLIFF12Document(version: version)
        for f in root.elements where f.name == "file" && f.namespace == ns {
            guard let original = f.attribute("original") else { throw fail(f, "<file> has no original attribute") }
            guard let src = f.attribute("source-language") else { throw fail(f, "<file> has no source-language") }
            var file = XLIFF12Document.File(
                original: original, sourceLanguage: src, targetLanguage: f.attribute("target-language"),
                datatype: f.attribute("datatype") ?? "plaintext", line: f.line)
            guard let body = f.elements.first(where: { $0.name == "body" && $0.namespace == ns }) else {
                throw fail(f, "<file> has no <body>")
            }
            func walk(_ e: XElement) throws(Diagnostic) {
                for c in e.elements where c.namespace == ns {
                    switch c.name {
                    case "group": try walk(c)
                    case "trans-unit":
                        guard let id = c.attribute("id") else { throw fail(c, "<trans-unit> has no id") }
                        guard let s = c.elements.first(where: { $0.name == "source" && $0.namespace == ns }) else {
                            throw fail(c, "<trans-unit id=\"\(id)\"> has no <source>")
                        }
                        let t = c.elements.first { $0.name == "target" && $0.namespace == ns }
                        var unit = XLIFF12Document.Unit(
                            id: id, resname: c.attribute("resname"), translate: c.attribute("translate") != "no",
                            approved: c.attribute("approved") == "yes", source: try inline(s, ns: ns, path: path),
                            target: try t.map { e throws(Diagnostic) in try inline(e, ns: ns, path: path) },
                            state: t?.attribute("state"), line: c.line,
                            restype: c.attribute("restype"))
                        for n in c.elements where n.name == "note" && n.namespace == ns {
                            unit.notes.append((n.attribute("from"), n.text))
                        }
                        for g in c.elements where g.name == "context-group" && g.namespace == ns {
                            for x in g.elements where x.name == "context" {
                                unit.contexts.append((x.attribute("context-type") ?? "", x.text))
                            }
                        }
                        file.units.append(unit)
                    default: break
                    }
                }
            }
            try walk(body)
            document.files.append(file)
        }
        guard !document.files.isEmpty else { throw fail(root, "<xliff> has no <file>") }
        return document
    }

    /// Inline content of a `<source>` or `<target>`: `<g>` is a paired code, `<x/>` and `<ph>` standalone ones,
    /// `<bx/>`, `<bpt>`, `<it pos="open">` starts and `<ex/>`, `<ept>`, `<it pos="close">` ends of cut codes,
    /// `<mrk>` a marker.
    static func inline(_ e: XElement, ns: String, path: String) throws(Diagnostic) -> Segment {
        var out = Segment(text: "")
        var offset = 0
        try inline(e, ns: ns, path: path, into: &out, offset: &offset)
        return out
    }

    /// The inline content of `e` added to `out`.
    static func inline(_ e: XElement, ns: String, path: String, into out: inout Segment, offset: inout Int)
        throws(Diagnostic)
    {
        func fail(_ e: XElement, _ m: String) -> Diagnostic {
            Diagnostic(rule: "xliff12.inline", path: path, line: e.line, column: e.column, message: m)
        }
        func id(_ x: XElement, _ names: String...) throws(Diagnostic) -> String {
            for n in names { if let v = x.attribute(n) { return v } }
            throw fail(x, "<\(x.name)> has no \(names.joined(separator: " or "))")
        }
        func code(_ element: String, _ id: String) {
            out.codes.append(InlineCode(xliffElement: element, id: id, offset: offset))
        }
        for c in e.children {
            switch c {
            case .text(let t):
                out.text += t
                offset += t.unicodeScalars.count
            case .element(let x):
                guard x.namespace == ns else { continue }
                switch x.name {
                case "g", "mrk":
                    let element = x.name == "g" ? "pc" : "mrk"
                    let codeID = x.name == "g" ? try id(x, "id") : x.attribute("mid") ?? "m"
                    code(element, codeID)
                    try inline(x, ns: ns, path: path, into: &out, offset: &offset)
                    out.codes.append(InlineCode(xliffElement: element, closing: true, id: codeID, offset: offset))
                case "x", "ph": code("ph", try id(x, "id"))
                case "bx", "bpt": code("sc", try id(x, "rid", "id"))
                case "ex", "ept": code("ec", try id(x, "rid", "id"))
                case "it": code(x.attribute("pos") == "close" ? "ec" : "sc", try id(x, "rid", "id"))
                default: throw fail(x, "<\(x.name)> is not an XLIFF 1.2 inline element")
                }
            }
        }
    }
}
