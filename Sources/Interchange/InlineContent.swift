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
        -> [XLIFFInline]
    {
        // Most sentences have no codes: their content is their text.
        if codes.isEmpty { return text.isEmpty ? [] : [.text(text)] }
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
        func attributes(_ c: InlineSpan) -> [XLIFFAttribute] {
            switch c.kind {
            case .emphasis: return [XLIFFAttribute("type", "fmt"), XLIFFAttribute("subType", "xlf:i")]
            case .strong: return [XLIFFAttribute("type", "fmt"), XLIFFAttribute("subType", "xlf:b")]
            case .code:
                return [
                    XLIFFAttribute("type", "fmt"), XLIFFAttribute("subType", "jeju:code"),
                    XLIFFAttribute("canCopy", "no"), XLIFFAttribute("canDelete", "no"),
                ]
            case .lineBreak: return [XLIFFAttribute("type", "fmt"), XLIFFAttribute("subType", "xlf:lb")]
            case .link:
                data("d\(c.id)s", "[")
                data("d\(c.id)e", "](\(c.data ?? ""))")
                return [
                    XLIFFAttribute("type", "link"), XLIFFAttribute("canCopy", "no"), XLIFFAttribute("canDelete", "no"),
                    XLIFFAttribute("dataRefStart", "d\(c.id)s"), XLIFFAttribute("dataRefEnd", "d\(c.id)e"),
                ]
            }
        }
        // Builds content from `position` up to `limit`, consuming codes that start inside.
        func build(from position: Int, to limit: Int) -> [XLIFFInline] {
            var out: [XLIFFInline] = []
            var p = position
            while index < ordered.count,
                ordered[index].start < limit
                    || (ordered[index].start == limit && ordered[index].isPlaceholder && limit == scalars.count)
            {
                let c = ordered[index]
                if c.start > p { out.append(.text(slice(p, c.start))) }
                p = max(p, c.start)
                index += 1
                let code = XLIFFCode(id: c.id, attributes: attributes(c))
                if c.isPlaceholder {
                    out.append(.placeholder(code))
                } else if c.continuesFromPrevious && c.continuesToNext {
                    continue
                } else if c.continuesToNext {
                    out.append(.start(code))
                } else if c.continuesFromPrevious {
                    let inner = build(from: p, to: min(c.end, limit))
                    out += inner
                    p = max(p, min(c.end, limit))
                    out.append(.end(XLIFFCode(id: c.id)))
                } else {
                    let end = min(max(c.end, p), limit)
                    out.append(.paired(code, build(from: p, to: end)))
                    p = end
                }
            }
            if p < limit { out.append(.text(slice(p, limit))) }
            return out
        }
        return build(from: 0, to: scalars.count)
    }

    /// Jeju's inline text for XLIFF content: the plain text and its codes. `originalData` gives links their URL;
    /// codes of other tools map by `type`/`subType` (unknown paired codes become emphasis, unknown placeholders
    /// line breaks). Markers are transparent.
    public static func inlineText(_ content: [XLIFFInline], originalData: [(id: String, value: String)] = [])
        -> InlineText
    {
        var text = ""
        var offset = 0
        var codes: [InlineSpan] = []
        var open: [String: Int] = [:]
        func kind(_ c: XLIFFCode, placeholder: Bool) -> InlineSpan.Kind {
            switch (c.type, c.subType) {
            case (_, "xlf:i"), (_, "xlf:u"): return .emphasis
            case (_, "xlf:b"): return .strong
            case (_, "xlf:lb"), (_, "xlf:pb"): return .lineBreak
            case (_, "jeju:code"), (_, "xlf:var"): return .code
            case ("link", _): return .link
            default: return placeholder ? .lineBreak : .emphasis
            }
        }
        func url(_ c: XLIFFCode) -> String? {
            guard let ref = c.attributes[attribute: "dataRefEnd"],
                let v = originalData.first(where: { $0.id == ref })?.value, v.hasPrefix("]("), v.hasSuffix(")")
            else { return nil }
            return String(v.dropFirst(2).dropLast())
        }
        func walk(_ items: [XLIFFInline]) {
            for item in items {
                switch item {
                case .text(let t):
                    text += t
                    offset += t.unicodeScalars.count
                case .placeholder(let c):
                    codes.append(InlineSpan(id: c.id, kind: kind(c, placeholder: true), start: offset, end: offset))
                case .paired(let c, let inner):
                    let i = codes.count
                    let k = kind(c, placeholder: false)
                    codes.append(
                        InlineSpan(id: c.id, kind: k, start: offset, end: offset, data: k == .link ? url(c) : nil))
                    walk(inner)
                    codes[i].end = offset
                case .start(let c):
                    open[c.id] = codes.count
                    let k = kind(c, placeholder: false)
                    codes.append(
                        InlineSpan(
                            id: c.id, kind: k, start: offset, end: offset, data: k == .link ? url(c) : nil,
                            continuesToNext: true))
                case .end(let c):
                    if let i = open.removeValue(forKey: c.id) {
                        codes[i].end = offset
                        codes[i].continuesToNext = false
                    } else {
                        codes.append(
                            InlineSpan(id: c.id, kind: .emphasis, start: 0, end: offset, continuesFromPrevious: true))
                    }
                case .marker(_, let inner): walk(inner)
                case .markerStart, .markerEnd: break
                }
            }
        }
        walk(content)
        for (_, i) in open { codes[i].end = offset }
        codes.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        return InlineText(text, codes: codes)
    }
}
