import Foundation
import Inline
import JejuSupport

/// Writes TMX 1.4b deterministically and diff-friendly: UTF-8, LF, two-space indentation, attributes in a fixed
/// order (the identifying one first, then by name), one line per variant when it has no notes or properties,
/// and a final newline. Carriage returns in text are written as `&#13;` so that they survive a round trip.
///
/// A document read from a valid TMX file writes as a valid one (checked against the TMX 1.4 DTD in the tests);
/// missing required header attributes are filled with neutral values.
public enum TMXWriter {
    /// The required header attributes and the values used when a document has none.
    static let requiredHeader: [(String, String)] = [
        ("adminlang", "en"), ("creationtool", "Jeju"), ("creationtoolversion", "1"), ("datatype", "plaintext"),
        ("o-tmf", "jeju"), ("segtype", "sentence"), ("srclang", "en"),
    ]

    /// The document as bytes.
    public static func data(_ document: TMXDocument) -> Data {
        var ranges: [Range<Int>] = []
        return data(document, unitRanges: &ranges)
    }

    /// The document as bytes, and the byte range of every `<tu>` (for the index, which points into the file).
    public static func data(_ document: TMXDocument, unitRanges: inout [Range<Int>]) -> Data {
        var w = ByteWriter(capacity: 1 << 16)
        unitRanges = []
        unitRanges.reserveCapacity(document.units.count)
        w.prologue(document.header)
        for unit in document.units { unitRanges.append(w.listedUnit(unit)) }
        w.epilogue()
        return Data(w.bytes)
    }

    /// One unit as markup (for tests and for `jeju tm search` output).
    public static func markup(_ unit: TranslationUnit) -> String {
        var w = ByteWriter()
        w.unit(unit)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// A segment's content as TMX markup (without `<seg>`).
    public static func markup(_ segment: Segment) -> String {
        var w = ByteWriter()
        w.segment(segment)
        return String(decoding: w.bytes, as: UTF8.self)
    }
}

/// An append-only UTF-8 buffer with XML escaping: writing a million units through `String` concatenation is
/// several times slower.
struct ByteWriter {
    var bytes: [UInt8] = []

    /// A buffer with room for `capacity` bytes before it grows.
    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func indent(_ n: Int) { for _ in 0..<n { bytes.append(0x20) } }

    /// Escapes text or (with `attribute`) a double-quoted attribute value.
    mutating func escaped(_ s: String, attribute: Bool) {
        bytes.append(contentsOf: (attribute ? XMLEscape.attribute(s) : XMLEscape.text(s)).utf8)
    }

    /// ` name="value"` for each attribute: `first` (if present) first, then the others by name.
    mutating func attributes(_ attributes: [String: String], first: String?) {
        if let first, let v = attributes[first] { attribute(first, v) }
        if attributes.count == 0 || (attributes.count == 1 && first != nil && attributes[first ?? ""] != nil) { return }
        for key in attributes.keys.sorted() where key != first {
            if let v = attributes[key] { attribute(key, v) }
        }
    }

    mutating func attribute(_ name: String, _ value: String) {
        bytes.append(0x20)
        raw(name)
        raw("=\"")
        escaped(value, attribute: true)
        bytes.append(0x22)
    }

    mutating func note(_ note: TMXNote, indent n: Int) {
        indent(n)
        raw("<note"); attributes(note.attributes, first: "xml:lang"); raw(">")
        escaped(note.text, attribute: false)
        raw("</note>\n")
    }

    mutating func prop(_ prop: TMXProperty, indent n: Int) {
        indent(n)
        raw("<prop")
        if let type = prop.type { attribute("type", type) }
        attributes(prop.attributes, first: "xml:lang")
        raw(">")
        escaped(prop.value, attribute: false)
        raw("</prop>\n")
    }

    /// The XML declaration, `<tmx>`, the header (required attributes filled in) and `<body>`.
    mutating func prologue(_ h: TMXHeader) {
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n")
        var headerAttributes = h.attributes
        for (name, value) in TMXWriter.requiredHeader where headerAttributes[name] == nil {
            headerAttributes[name] = value
        }
        if h.notes.isEmpty && h.properties.isEmpty && h.userEncodings.isEmpty {
            raw("  <header"); attributes(headerAttributes, first: nil); raw("/>\n")
        } else {
            raw("  <header"); attributes(headerAttributes, first: nil); raw(">\n")
            for n in h.notes { note(n, indent: 4) }
            for p in h.properties { prop(p, indent: 4) }
            for u in h.userEncodings {
                raw("    <ude"); attributes(u.attributes, first: "name")
                if u.maps.isEmpty { raw("/>\n"); continue }
                raw(">\n")
                for m in u.maps { raw("      <map"); attributes(m, first: "unicode"); raw("/>\n") }
                raw("    </ude>\n")
            }
            raw("  </header>\n")
        }
        raw("  <body>\n")
    }

    /// Closes `<body>` and `<tmx>`.
    mutating func epilogue() { raw("  </body>\n</tmx>\n") }

    /// Writes `unit` in the body and returns the byte range of its `<tu>` element (indentation and line end
    /// left out), which the index points at.
    mutating func listedUnit(_ unit: TranslationUnit) -> Range<Int> {
        let start = bytes.count + 4
        self.unit(unit)
        return start..<(bytes.count - 1)
    }

    mutating func unit(_ unit: TranslationUnit) {
        raw("    <tu")
        if let id = unit.id { attribute("tuid", id) }
        attributes(unit.attributes, first: nil)
        raw(">\n")
        for n in unit.notes { note(n, indent: 6) }
        for p in unit.properties { prop(p, indent: 6) }
        for v in unit.variants { variant(v) }
        raw("    </tu>\n")
    }

    mutating func variant(_ v: TranslationVariant) {
        raw("      <tuv")
        attribute("xml:lang", v.language)
        attributes(v.attributes, first: nil)
        if v.notes.isEmpty && v.properties.isEmpty {
            raw("><seg>"); segment(v.segment); raw("</seg></tuv>\n")
            return
        }
        raw(">\n")
        for n in v.notes { note(n, indent: 8) }
        for p in v.properties { prop(p, indent: 8) }
        raw("        <seg>"); segment(v.segment); raw("</seg>\n")
        raw("      </tuv>\n")
    }

    mutating func segment(_ s: Segment) {
        if s.codes.isEmpty { escaped(s.text, attribute: false); return }
        var next = 0
        var position = 0
        var run = ""
        func flushCodes(upTo offset: Int, _ w: inout ByteWriter) {
            while next < s.codes.count, s.codes[next].offset <= offset {
                w.code(s.codes[next])
                next += 1
            }
        }
        for u in s.text.unicodeScalars {
            if next < s.codes.count, s.codes[next].offset <= position {
                escaped(run, attribute: false)
                run = ""
                flushCodes(upTo: position, &self)
            }
            run.unicodeScalars.append(u)
            position += 1
        }
        escaped(run, attribute: false)
        while next < s.codes.count { code(s.codes[next]); next += 1 }
    }

    mutating func code(_ c: InlineCode) {
        let name = c.tmxElement
        if name == "hi" {
            if c.role == .closing {
                raw("</hi>")
            } else {
                raw("<hi"); attributes(c.attributes, first: "x"); raw(">")
            }
            return
        }
        raw("<\(name)"); attributes(c.attributes, first: name == "bpt" || name == "ept" ? "i" : "x")
        if c.native.isEmpty { raw("/>"); return }
        raw(">")
        for part in c.native {
            switch part {
            case .text(let t): escaped(t, attribute: false)
            case .sub(let attrs, let seg):
                raw("<sub"); attributes(attrs, first: nil); raw(">"); segment(seg); raw("</sub>")
            }
        }
        raw("</\(name)>")
    }
}
