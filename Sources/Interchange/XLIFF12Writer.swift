import Foundation
import JejuSupport

/// Writes XLIFF 1.2 (strict schema) deterministically: paired codes as `<g>`, placeholders as `<x/>`, the two
/// halves of a cut code as `<bx/>`/`<ex/>`, with the code's XLIFF 2 type mapped to a 1.2 `ctype`.
public enum XLIFF12Writer {
    /// The document as UTF-8 bytes.
    public static func data(_ document: XLIFF12Document) -> Data { Data(string(document).utf8) }

    /// The document as text.
    public static func string(_ document: XLIFF12Document) -> String {
        var w = XMLWriter()
        w.start("xliff", attributes: [("xmlns", XLIFFNamespace.xliff12), ("version", "1.2")])
        for f in document.files {
            var attrs: [(String, String)] = [("original", f.original), ("source-language", f.sourceLanguage)]
            if let t = f.targetLanguage { attrs.append(("target-language", t)) }
            attrs.append(("datatype", f.datatype))
            w.start("file", attributes: attrs)
            w.start("body")
            for u in f.units {
                var a: [(String, String)] = [("id", u.id)]
                if let r = u.resname { a.append(("resname", r)) }
                if let r = u.restype { a.append(("restype", r)) }
                if !u.translate { a.append(("translate", "no")) }
                if u.approved { a.append(("approved", "yes")) }
                a.append(("xml:space", "preserve"))
                w.start("trans-unit", attributes: a)
                w.element("source", markup: markup(u.source))
                if let t = u.target { w.element("target", ["state": u.state], markup: markup(t)) }
                if !u.contexts.isEmpty {
                    // Where the unit comes from is a location (Translate Toolkit's `xliff2po` turns such a group into
                    // `#:` references, which name the document again when the file comes back).
                    let location = u.contexts.allSatisfy { $0.type == "sourcefile" || $0.type == "linenumber" }
                    w.start("context-group", ["purpose": location ? "location" : "information"])
                    for c in u.contexts { w.element("context", ["context-type": c.type], text: c.text) }
                    w.end()
                }
                for n in u.notes { w.element("note", ["from": n.from], text: n.text) }
                w.end()
            }
            w.end()
            w.end()
        }
        return w.finish()
    }

    /// The XLIFF 1.2 `ctype` for an XLIFF 2 code.
    static func ctype(_ c: XLIFFCode) -> String? {
        switch (c.type, c.subType) {
        case (_, "xlf:b"): "bold"
        case (_, "xlf:i"): "italic"
        case (_, "xlf:u"): "underlined"
        case (_, "xlf:lb"): "lb"
        case ("link", _): "link"
        case (_, "jeju:code"): "x-code"
        default: nil
        }
    }

    /// Inline content as XLIFF 1.2 markup.
    public static func markup(_ content: [XLIFFInline]) -> String {
        var out = ""
        func attrs(_ c: XLIFFCode) -> String {
            var s = " id=\"\(XMLEscape.attribute(c.id))\""
            if let t = ctype(c) { s += " ctype=\"\(t)\"" }
            return s
        }
        func walk(_ items: [XLIFFInline]) {
            for item in items {
                switch item {
                case .text(let t): out += XMLEscape.text(t)
                case .placeholder(let c): out += "<x\(attrs(c))/>"
                case .paired(let c, let inner):
                    out += "<g\(attrs(c))>"
                    walk(inner)
                    out += "</g>"
                case .start(let c):
                    out +=
                        "<bx id=\"\(XMLEscape.attribute(c.id))-b\" rid=\"\(XMLEscape.attribute(c.id))\"\(ctype(c).map { " ctype=\"\($0)\"" } ?? "")/>"
                case .end(let c):
                    out += "<ex id=\"\(XMLEscape.attribute(c.id))-e\" rid=\"\(XMLEscape.attribute(c.id))\"/>"
                case .marker(_, let inner): walk(inner)
                case .markerStart, .markerEnd: break
                }
            }
        }
        walk(content)
        return out
    }
}
