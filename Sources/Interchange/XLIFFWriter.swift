import Foundation
import Inline
import JejuSupport

/// Writes XLIFF 2.1 deterministically: elements and attributes in a fixed order, two-space indentation, each
/// `<source>`/`<target>` on one line (so a changed translation is a one-line diff), UTF-8, LF, final newline.
///
/// Every namespace Jeju uses is declared on the root (`mda`, `gls`, `mtc`), whether or not the document needs
/// it, so that files stay diff-friendly when a first glossary entry or match appears.
public enum XLIFFWriter {
    /// The document as UTF-8 bytes.
    public static func data(_ document: XLIFFDocument) -> Data { Data(string(document).utf8) }

    /// The document as text.
    public static func string(_ document: XLIFFDocument) -> String {
        var w = XMLWriter()
        var root: [(String, String)] = [
            ("xmlns", XLIFFNamespace.core), ("xmlns:mda", XLIFFNamespace.metadata),
            ("xmlns:gls", XLIFFNamespace.glossary), ("xmlns:mtc", XLIFFNamespace.matches),
            ("version", document.version), ("srcLang", document.sourceLanguage),
        ]
        if let t = document.targetLanguage { root.append(("trgLang", t)) }
        w.start("xliff", attributes: root)
        for file in document.files { write(file, to: &w) }
        return w.finish()
    }

    static func write(_ file: XLIFFFile, to w: inout XMLWriter) {
        var attrs: [(String, String)] = [("id", file.id)]
        if let o = file.original { attrs.append(("original", o)) }
        w.start("file", attributes: attrs)
        if let m = file.metadata { write(m, to: &w) }
        write(file.notes, to: &w)
        for unit in file.units { write(unit, to: &w) }
        w.end()
    }

    static func write(_ unit: XLIFFUnit, to w: inout XMLWriter) {
        var attrs: [(String, String)] = [("id", unit.id)]
        if let n = unit.name { attrs.append(("name", n)) }
        if !unit.translate { attrs.append(("translate", "no")) }
        w.start("unit", attributes: attrs)
        if let m = unit.metadata { write(m, to: &w) }
        if !unit.glossary.isEmpty {
            w.start("gls:glossary")
            for e in unit.glossary { write(e, to: &w) }
            w.end()
        }
        if !unit.matches.isEmpty {
            w.start("mtc:matches")
            for m in unit.matches { write(m, to: &w) }
            w.end()
        }
        write(unit.notes, to: &w)
        if !unit.originalData.isEmpty {
            w.start("originalData")
            for d in unit.originalData {
                w.element("data", ["id": d.id, "xml:space": "preserve"], markup: markup(text: d.value))
            }
            w.end()
        }
        for s in unit.segments {
            if s.isIgnorable {
                w.start("ignorable", ["id": s.id])
            } else {
                var a: [(String, String)] = []
                if let id = s.id { a.append(("id", id)) }
                if let c = s.canResegment { a.append(("canResegment", c ? "yes" : "no")) }
                if let st = s.state { a.append(("state", st.rawValue)) }
                if let sub = s.subState, s.state != nil { a.append(("subState", sub)) }
                w.start("segment", attributes: a)
            }
            let space: String? = s.preservesSpace ? "preserve" : nil
            w.element("source", ["xml:space": space], markup: markup(s.source))
            if let t = s.target { w.element("target", ["xml:space": space], markup: markup(t)) }
            w.end()
        }
        w.end()
    }

    static func write(_ notes: [XLIFFNote], to w: inout XMLWriter) {
        guard !notes.isEmpty else { return }
        w.start("notes")
        for n in notes {
            w.element(
                "note",
                [
                    "id": n.id, "category": n.category, "priority": n.priority.map(String.init),
                    "appliesTo": n.appliesTo,
                ],
                markup: markup(text: n.text))
        }
        w.end()
    }

    static func write(_ m: XLIFFMetadata, to w: inout XMLWriter) {
        w.start("mda:metadata", ["id": m.id])
        for g in m.groups {
            w.start("mda:metaGroup", ["id": g.id, "category": g.category, "appliesTo": g.appliesTo])
            for e in g.entries { w.element("mda:meta", ["type": e.type], markup: markup(text: e.value)) }
            w.end()
        }
        w.end()
    }

    static func write(_ e: XLIFFGlossaryEntry, to w: inout XMLWriter) {
        w.start("gls:glossEntry", ["id": e.id, "ref": e.ref])
        w.element("gls:term", ["source": e.term.source], markup: markup(text: e.term.text))
        for t in e.translations {
            w.element("gls:translation", ["id": t.id, "ref": t.ref, "source": t.source], markup: markup(text: t.text))
        }
        if let d = e.definition { w.element("gls:definition", ["source": d.source], markup: markup(text: d.text)) }
        w.end()
    }

    static func number(_ d: Double?) -> String? {
        guard let d else { return nil }
        return d == d.rounded() ? String(Int(d)) : String(format: "%.2f", d)
    }

    static func write(_ m: XLIFFMatch, to w: inout XMLWriter) {
        w.start(
            "mtc:match",
            [
                "id": m.id, "ref": m.ref, "similarity": number(m.similarity), "matchQuality": number(m.matchQuality),
                "origin": m.origin, "type": m.type, "subType": m.subType,
            ])
        if let md = m.metadata { write(md, to: &w) }
        w.element("source", markup: markup(m.source))
        w.element("target", markup: markup(m.target))
        w.end()
    }

    /// The inline content as escaped XLIFF markup (characters XML cannot carry as `<cp>`).
    public static func markup(_ content: Segment) -> String {
        var out = ""
        func attrs(_ c: InlineCode, idName: String = "id") -> String {
            var s = " \(idName)=\"\(XMLEscape.attribute(c.id ?? ""))\""
            for (name, value) in c.attributes.sorted(by: { $0.key < $1.key }) {
                s += " \(name)=\"\(XMLEscape.attribute(value))\""
            }
            return s
        }
        for piece in content.xliffPieces() {
            switch piece {
            case .text(let t): out += markup(text: t)
            case .code("pc", let c): out += c.role == .closing ? "</pc>" : "<pc\(attrs(c))>"
            case .code("mrk", let c): out += c.role == .closing ? "</mrk>" : "<mrk\(attrs(c))>"
            case .code("ec", let c):
                out += c.attributes["isolated"] == "yes" ? "<ec\(attrs(c))/>" : "<ec\(attrs(c, idName: "startRef"))/>"
            case .code("em", let c): out += "<em\(attrs(c, idName: "startRef"))/>"
            case .code(let element, let c): out += "<\(element)\(attrs(c))/>"
            }
        }
        return out
    }

    /// Text escaped for element content; characters XML 1.0 cannot carry become `<cp hex="…"/>`, a carriage
    /// return a character reference (a parser would otherwise turn it into a line feed).
    public static func markup(text: String) -> String {
        XMLEscape.text(text) { "<cp hex=\"\(String($0.value, radix: 16, uppercase: true).leftPadded(4))\"/>" }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
