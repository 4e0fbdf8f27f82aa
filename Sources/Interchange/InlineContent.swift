import Inline
import Notices

/// Converts between Jeju's inline text (plain text with spans, `Notices.InlineText`) and XLIFF inline content.
///
/// The mapping (XLIFF 2.1 §4.7 and the `xlf:` subType values):
/// | Jeju | XLIFF |
/// |---|---|
/// | emphasis | `<pc type="fmt" subType="xlf:i">` |
/// | strong | `<pc type="fmt" subType="xlf:b">` |
/// | link | `<pc type="link" canCopy="no" canDelete="no" dataRefStart dataRefEnd>`, the Markdown `[` and `](url)` in `originalData` |
/// | code span | `<pc type="fmt" subType="jeju:code" canCopy="no" canDelete="no">` (its text is not translated) |
/// | line break | `<ph type="fmt" subType="xlf:lb">` |
/// A span cut by a sentence boundary becomes `<sc>` in one segment and `<ec startRef>` in a later one.
/// Links and code spans may not be deleted or duplicated; emphasis and line breaks may (the core's defaults).
public enum InlineContent {
    /// XLIFF content for `text` with `codes` (positions in Unicode scalars). Native data for links is added to
    /// `originalData` (ids `d<code>s`/`d<code>e`, unique within the unit; existing entries are reused).
    public static func xliff(_ text: String, codes: [InlineSpan], originalData: inout [(id: String, value: String)])
        -> Segment
    {
        // Most sentences have no codes: their content is their text.
        if codes.isEmpty { return Segment(text: text) }
        let scalars = Array(text.unicodeScalars)
        // Outer spans first at the same start; placeholders before spans starting at the same offset.
        let ordered = codes.enumerated().sorted { a, b in
            if a.element.start != b.element.start { return a.element.start < b.element.start }
            if a.element.isPlaceholder != b.element.isPlaceholder { return a.element.isPlaceholder }
            if a.element.end != b.element.end { return a.element.end > b.element.end }
            return a.offset < b.offset
        }.map(\.element)
        var index = 0
        func slice(_ a: Int, _ b: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[max(0, min(a, scalars.count))..<max(0, min(b, scalars.count))])
            return String(s)
        }
        func data(_ id: String, _ value: String) {
            if let i = originalData.firstIndex(where: { $0.id == id }) {
                originalData[i].value = value
            } else {
                originalData.append((id, value))
            }
        }
        func attributes(_ c: InlineSpan) -> [String: String] {
            switch c.kind {
            case .emphasis: return ["type": "fmt", "subType": "xlf:i"]
            case .strong: return ["type": "fmt", "subType": "xlf:b"]
            case .code: return ["type": "fmt", "subType": "jeju:code", "canCopy": "no", "canDelete": "no"]
            case .lineBreak: return ["type": "fmt", "subType": "xlf:lb"]
            case .link:
                data("d\(c.id)s", "[")
                data("d\(c.id)e", "](\(c.data ?? ""))")
                return [
                    "type": "link", "canCopy": "no", "canDelete": "no", "dataRefStart": "d\(c.id)s",
                    "dataRefEnd": "d\(c.id)e",
                ]
            }
        }
        // Builds content from `position` up to `limit`, consuming codes that start inside.
        var out = Segment(text: "")
        var written = 0
        func emit(_ a: Int, _ b: Int) {
            let t = slice(a, b)
            out.text += t
            written += t.unicodeScalars.count
        }
        func code(_ element: String, closing: Bool = false, _ id: String, _ attributes: [String: String] = [:]) {
            out.codes.append(
                InlineCode(xliffElement: element, closing: closing, id: id, attributes: attributes, offset: written))
        }
        func build(from position: Int, to limit: Int) {
            var p = position
            while index < ordered.count,
                ordered[index].start < limit
                    || (ordered[index].start == limit && ordered[index].isPlaceholder && limit == scalars.count)
            {
                let c = ordered[index]
                if c.start > p { emit(p, c.start) }
                p = max(p, c.start)
                index += 1
                // Every code's attributes, even one left out here: a link's native data belongs to the unit.
                let attrs = attributes(c)
                if c.isPlaceholder {
                    code("ph", c.id, attrs)
                } else if c.continuesFromPrevious && c.continuesToNext {
                    continue
                } else if c.continuesToNext {
                    code("sc", c.id, attrs)
                } else if c.continuesFromPrevious {
                    build(from: p, to: min(c.end, limit))
                    p = max(p, min(c.end, limit))
                    code("ec", c.id)
                } else {
                    let end = min(max(c.end, p), limit)
                    code("pc", c.id, attrs)
                    build(from: p, to: end)
                    p = end
                    code("pc", closing: true, c.id)
                }
            }
            if p < limit { emit(p, limit) }
        }
        build(from: 0, to: scalars.count)
        return out
    }

    /// Jeju's inline text for XLIFF content: the plain text and its codes. `originalData` gives links their URL;
    /// codes of other tools map by `type`/`subType` (unknown paired codes become emphasis, unknown placeholders
    /// line breaks). Markers are transparent.
    public static func inlineText(_ content: Segment, originalData: [(id: String, value: String)] = [])
        -> InlineText
    {
        var codes: [InlineSpan] = []
        var open: [String: Int] = [:]
        var paired: [Int] = []
        func kind(_ c: InlineCode, placeholder: Bool) -> InlineSpan.Kind {
            c.type.flatMap { InlineSpan.Kind(rawValue: $0) } ?? (placeholder ? .lineBreak : .emphasis)
        }
        func url(_ c: InlineCode) -> String? {
            guard let ref = c.attributes["dataRefEnd"],
                let v = originalData.first(where: { $0.id == ref })?.value, v.hasPrefix("]("), v.hasSuffix(")")
            else { return nil }
            return String(v.dropFirst(2).dropLast())
        }
        func span(_ c: InlineCode, continuesToNext: Bool = false) -> InlineSpan {
            let k = kind(c, placeholder: false)
            return InlineSpan(
                id: c.id ?? "", kind: k, start: c.offset, end: c.offset, data: k == .link ? url(c) : nil,
                continuesToNext: continuesToNext)
        }
        let offset = content.text.unicodeScalars.count
        for case .code(let element, let c) in content.xliffPieces() {
            let id = c.id ?? ""
            switch (element, c.role) {
            case ("ph", _):
                codes.append(InlineSpan(id: id, kind: kind(c, placeholder: true), start: c.offset, end: c.offset))
            case ("pc", .opening):
                paired.append(codes.count)
                codes.append(span(c))
            case ("pc", _):
                if let i = paired.popLast() { codes[i].end = c.offset }
            case ("sc", _):
                open[id] = codes.count
                codes.append(span(c, continuesToNext: true))
            case ("ec", _):
                if let i = open.removeValue(forKey: id) {
                    codes[i].end = c.offset
                    codes[i].continuesToNext = false
                } else {
                    codes.append(
                        InlineSpan(id: id, kind: .emphasis, start: 0, end: c.offset, continuesFromPrevious: true))
                }
            default: break
            }
        }
        for (_, i) in open { codes[i].end = offset }
        codes.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        return InlineText(content.text, codes: codes)
    }
}
