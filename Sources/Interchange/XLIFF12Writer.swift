import Foundation
import Inline
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
    static func ctype(_ c: InlineCode) -> String? {
        switch (c.xliffType, c.subType) {
        case (_, "xlf:b"): "bold"
        case (_, "xlf:i"): "italic"
        case (_, "xlf:u"): "underlined"
        case (_, "xlf:lb"): "lb"
        case ("link", _): "link"
        case (_, "jeju:code"): "x-code"
        default: nil
        }
    }

    /// Inline content as XLIFF 1.2 markup (markers dropped, their text kept).
    public static func markup(_ content: Segment) -> String {
        var out = ""
        func attrs(_ c: InlineCode) -> String {
            var s = " id=\"\(XMLEscape.attribute(c.id ?? ""))\""
            if let t = ctype(c) { s += " ctype=\"\(t)\"" }
            return s
        }
        for piece in content.xliffPieces() {
            switch piece {
            case .text(let t): out += XMLEscape.text(t)
            case .code("ph", let c): out += "<x\(attrs(c))/>"
            case .code("pc", let c): out += c.role == .closing ? "</g>" : "<g\(attrs(c))>"
            case .code("sc", let c):
                let id = XMLEscape.attribute(c.id ?? "")
                out += "<bx id=\"\(id)-b\" rid=\"\(id)\"\(ctype(c).map { " ctype=\"\($0)\"" } ?? "")/>"
            case .code("ec", let c):
                let id = XMLEscape.attribute(c.id ?? "")
                out += "<ex id=\"\(id)-e\" rid=\"\(id)\"/>"
            case .code: break
            }
        }
        return out
    }
}
