import Foundation
import Inline
import JejuSupport

/// Reads XLIFF 2.0/2.1 into an `XLIFFDocument`, with the line of every file, unit and segment.
///
/// Structural problems that would lose or misplace a translation (no `srcLang`, a unit or file without `id`,
/// a segment without `<source>`, an unknown inline element) are errors at the element's position. Extension
/// elements and attributes of modules Jeju does not use are skipped; `<group>`s are flattened into their units.
/// Safety as for every XML Jeju reads: no DTD entities, nothing fetched.
public enum XLIFFReader {
    /// Reads a document from bytes; `path` names the file in messages.
    public static func read(_ data: Data, path: String) throws(Diagnostic) -> XLIFFDocument {
        try read(data, path: path, without: [])
    }

    /// The parts of a unit a reader that does not use them can leave out (the quality checks, the pages): still
    /// scanned as XML, but not read. In a file that went through `jeju extract` with a memory they are most of it.
    public enum Part: Sendable, Hashable {
        /// `<mtc:matches>`: the memory candidates.
        case matches
        /// `<gls:glossary>`: the termbase entries.
        case glossary
    }

    /// Reads a document without the units' `parts` (their properties stay empty).
    public static func read(_ data: Data, path: String, without parts: Set<Part>) throws(Diagnostic) -> XLIFFDocument {
        let skipsMatches = parts.contains(.matches), skipsGlossary = parts.contains(.glossary)
        let root = try XMLReader.parse(try DeclaredEncoding.utf8(data, path: path), path: path) {
            namespace, name in
            (skipsMatches && name == "matches" && namespace == XLIFFNamespace.matches)
                || (skipsGlossary && name == "glossary" && namespace == XLIFFNamespace.glossary)
        }
        return try read(root, path: path)
    }

    /// Reads a document from a parsed root element.
    public static func read(_ root: XElement, path: String) throws(Diagnostic) -> XLIFFDocument {
        func fail(_ e: XElement, _ message: String) -> Diagnostic {
            Diagnostic(rule: "xliff2.structure", path: path, line: e.line, column: e.column, message: message)
        }
        guard root.name == "xliff" else {
            throw fail(root, "not an XLIFF document: the root element is <\(root.name)>")
        }
        guard let version = root.attribute("version") else { throw fail(root, "<xliff> has no version") }
        guard version.hasPrefix("2."), root.namespace == XLIFFNamespace.core else {
            throw fail(
                root,
                "XLIFF \(version) in namespace '\(root.namespace)' is not XLIFF 2 (expected \(XLIFFNamespace.core))")
        }
        guard let src = root.attribute("srcLang"), !src.isEmpty else { throw fail(root, "<xliff> has no srcLang") }
        var document = XLIFFDocument(version: version, sourceLanguage: src, targetLanguage: root.attribute("trgLang"))
        var context = Context(path: path)
        for f in root.elements where f.namespace == XLIFFNamespace.core {
            guard f.name == "file" else { throw fail(f, "<\(f.name)> is not allowed in <xliff>") }
            guard let id = f.attribute("id") else { throw fail(f, "<file> has no id") }
            var file = XLIFFFile(id: id, original: f.attribute("original"), line: f.line)
            try context.readChildren(of: f, into: &file)
            document.files.append(file)
        }
        guard !document.files.isEmpty else { throw fail(root, "<xliff> has no <file>") }
        return document
    }

    /// Reader state: the path for messages.
    struct Context {
        let path: String

        func fail(_ e: XElement, _ message: String) -> Diagnostic {
            Diagnostic(rule: "xliff2.structure", path: path, line: e.line, column: e.column, message: message)
        }

        mutating func readChildren(of f: XElement, into file: inout XLIFFFile) throws(Diagnostic) {
            for c in f.elements {
                switch (c.namespace, c.name) {
                case (XLIFFNamespace.metadata, "metadata"): file.metadata = readMetadata(c)
                case (XLIFFNamespace.core, "notes"): file.notes = try readNotes(c)
                case (XLIFFNamespace.core, "unit"): file.units.append(try readUnit(c))
                case (XLIFFNamespace.core, "group"): try readGroup(c, into: &file)
                case (XLIFFNamespace.core, "skeleton"): break
                case (XLIFFNamespace.core, let name): throw fail(c, "<\(name)> is not allowed in <file>")
                default: break
                }
            }
        }

        mutating func readGroup(_ g: XElement, into file: inout XLIFFFile) throws(Diagnostic) {
            for c in g.elements where c.namespace == XLIFFNamespace.core {
                switch c.name {
                case "unit": file.units.append(try readUnit(c))
                case "group": try readGroup(c, into: &file)
                case "notes": break
                default: throw fail(c, "<\(c.name)> is not allowed in <group>")
                }
            }
        }

        func readNotes(_ e: XElement) throws(Diagnostic) -> [XLIFFNote] {
            var out: [XLIFFNote] = []
            for n in e.elements where n.namespace == XLIFFNamespace.core {
                guard n.name == "note" else { throw fail(n, "<\(n.name)> is not allowed in <notes>") }
                out.append(
                    XLIFFNote(
                        id: n.attribute("id"), category: n.attribute("category"),
                        priority: n.attribute("priority").flatMap { Int($0) },
                        appliesTo: n.attribute("appliesTo"), text: n.text))
            }
            return out
        }

        func readMetadata(_ e: XElement) -> XLIFFMetadata {
            var m = XLIFFMetadata(id: e.attribute("id"))
            func entries(_ g: XElement) -> [(type: String, value: String)] {
                var out: [(type: String, value: String)] = []
                for c in g.elements where c.namespace == XLIFFNamespace.metadata {
                    if c.name == "meta" {
                        out.append((c.attribute("type") ?? "", c.text))
                    } else if c.name == "metaGroup" {
                        out += entries(c)
                    }
                }
                return out
            }
            for g in e.elements(named: "metaGroup") where g.namespace == XLIFFNamespace.metadata {
                m.groups.append(
                    XLIFFMetadata.Group(
                        id: g.attribute("id"), category: g.attribute("category"),
                        appliesTo: g.attribute("appliesTo"), entries: entries(g)))
            }
            return m
        }

        func readGlossary(_ e: XElement) -> [XLIFFGlossaryEntry] {
            var out: [XLIFFGlossaryEntry] = []
            for g in e.elements(named: "glossEntry") where g.namespace == XLIFFNamespace.glossary {
                let t = g.element(named: "term")
                var entry = XLIFFGlossaryEntry(
                    id: g.attribute("id"), ref: g.attribute("ref"),
                    term: .init(t?.text ?? "", source: t?.attribute("source")))
                for tr in g.elements(named: "translation") {
                    entry.translations.append(
                        .init(tr.text, source: tr.attribute("source"), id: tr.attribute("id"), ref: tr.attribute("ref"))
                    )
                }
                if let d = g.element(named: "definition") {
                    entry.definition = .init(d.text, source: d.attribute("source"))
                }
                out.append(entry)
            }
            return out
        }

        func readMatches(_ e: XElement) throws(Diagnostic) -> [XLIFFMatch] {
            var out: [XLIFFMatch] = []
            for m in e.elements(named: "match") where m.namespace == XLIFFNamespace.matches {
                guard let ref = m.attribute("ref") else { throw fail(m, "<mtc:match> has no ref") }
                guard let s = m.elements.first(where: { $0.name == "source" && $0.namespace == XLIFFNamespace.core }),
                    let t = m.elements.first(where: { $0.name == "target" && $0.namespace == XLIFFNamespace.core })
                else {
                    throw fail(m, "<mtc:match> needs a <source> and a <target>")
                }
                var match = XLIFFMatch(
                    id: m.attribute("id"), ref: ref, similarity: m.attribute("similarity").flatMap { Double($0) },
                    matchQuality: m.attribute("matchQuality").flatMap { Double($0) }, origin: m.attribute("origin"),
                    type: m.attribute("type"), subType: m.attribute("subType"),
                    source: try readInline(s), target: try readInline(t))
                if let md = m.elements.first(where: { $0.name == "metadata" && $0.namespace == XLIFFNamespace.metadata }
                ) {
                    match.metadata = readMetadata(md)
                }
                out.append(match)
            }
            return out
        }

        func readUnit(_ u: XElement) throws(Diagnostic) -> XLIFFUnit {
            guard let id = u.attribute("id") else { throw fail(u, "<unit> has no id") }
            var unit = XLIFFUnit(
                id: id, name: u.attribute("name"), translate: u.attribute("translate") != "no", line: u.line)
            for c in u.elements {
                switch (c.namespace, c.name) {
                case (XLIFFNamespace.metadata, "metadata"): unit.metadata = readMetadata(c)
                case (XLIFFNamespace.glossary, "glossary"): unit.glossary = readGlossary(c)
                case (XLIFFNamespace.matches, "matches"): unit.matches = try readMatches(c)
                case (XLIFFNamespace.core, "notes"): unit.notes = try readNotes(c)
                case (XLIFFNamespace.core, "originalData"):
                    for d in c.elements where d.namespace == XLIFFNamespace.core {
                        guard d.name == "data", let did = d.attribute("id") else {
                            throw fail(d, "<originalData> holds only <data id=…>")
                        }
                        unit.originalData.append((did, try readData(d)))
                    }
                case (XLIFFNamespace.core, "segment"), (XLIFFNamespace.core, "ignorable"):
                    guard
                        let s = c.elements.first(where: { $0.name == "source" && $0.namespace == XLIFFNamespace.core })
                    else {
                        throw fail(c, "<\(c.name)> has no <source>")
                    }
                    let t = c.elements.first { $0.name == "target" && $0.namespace == XLIFFNamespace.core }
                    var state: XLIFFState?
                    if let raw = c.attribute("state") {
                        guard let st = XLIFFState(rawValue: raw) else {
                            throw fail(c, "state '\(raw)' is not one of initial, translated, reviewed, final")
                        }
                        state = st
                    }
                    unit.segments.append(
                        XLIFFSegment(
                            id: c.attribute("id"), isIgnorable: c.name == "ignorable", state: state,
                            subState: c.attribute("subState"),
                            canResegment: c.attribute("canResegment").map { $0 == "yes" }, source: try readInline(s),
                            target: try t.map { e throws(Diagnostic) in try readInline(e) },
                            preservesSpace: s.attribute("xml:space") == "preserve", line: c.line))
                case (XLIFFNamespace.core, let name): throw fail(c, "<\(name)> is not allowed in <unit>")
                default: break
                }
            }
            guard unit.segments.contains(where: { !$0.isIgnorable }) else {
                throw fail(u, "<unit id=\"\(id)\"> has no <segment>")
            }
            return unit
        }

        func readData(_ d: XElement) throws(Diagnostic) -> String {
            var out = ""
            for c in d.children {
                switch c {
                case .text(let t): out += t
                case .element(let e): out += try codePoint(e)
                }
            }
            return out
        }

        func codePoint(_ e: XElement) throws(Diagnostic) -> String {
            guard e.name == "cp", let hex = e.attribute("hex"), let v = UInt32(hex, radix: 16),
                let u = Unicode.Scalar(v)
            else {
                throw fail(e, "<\(e.name)> is not allowed here (expected <cp hex=…>)")
            }
            return String(u)
        }

        static let codeAttributes: Set<String> = [
            "type", "subType", "canCopy", "canDelete", "canReorder", "canOverlap", "copyOf", "dataRef", "dataRefStart",
            "dataRefEnd",
            "disp", "dispStart", "dispEnd", "equiv", "equivStart", "equivEnd", "subFlows", "subFlowsStart",
            "subFlowsEnd", "dir",
            "isolated", "translate", "value", "ref",
        ]

        func code(_ e: XElement, closing: Bool = false, idName: String = "id", offset: Int) throws(Diagnostic)
            -> InlineCode
        {
            let id = e.attribute(idName) ?? e.attribute("id")
            guard let id else { throw fail(e, "<\(e.name)> has no \(idName)") }
            let attrs = e.attributes.filter { Self.codeAttributes.contains($0.key) }
            return InlineCode(xliffElement: e.name, closing: closing, id: id, attributes: attrs, offset: offset)
        }

        /// The content of a `<source>` or `<target>`.
        func readInline(_ e: XElement) throws(Diagnostic) -> Segment {
            var out = Segment(text: "")
            var offset = 0
            try readInline(e, into: &out, offset: &offset)
            return out
        }

        /// The content of a `<source>`, `<target>`, `<pc>` or `<mrk>`, added to `out`.
        func readInline(_ e: XElement, into out: inout Segment, offset: inout Int) throws(Diagnostic) {
            func appendText(_ t: String) {
                out.text += t
                offset += t.unicodeScalars.count
            }
            for c in e.children {
                switch c {
                case .text(let t): appendText(t)
                case .element(let x):
                    guard x.namespace == XLIFFNamespace.core else { continue }
                    switch x.name {
                    case "cp": appendText(try codePoint(x))
                    case "ph", "sc", "sm": out.codes.append(try code(x, offset: offset))
                    case "ec", "em": out.codes.append(try code(x, idName: "startRef", offset: offset))
                    case "pc", "mrk":
                        let opening = try code(x, offset: offset)
                        out.codes.append(opening)
                        try readInline(x, into: &out, offset: &offset)
                        out.codes.append(
                            InlineCode(xliffElement: x.name, closing: true, id: opening.id ?? "", offset: offset))
                    default: throw fail(x, "<\(x.name)> is not an inline element")
                    }
                }
            }
        }
    }
}
