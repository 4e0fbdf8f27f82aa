import Inline
import Notices

/// Shapes the codes of a notice's `Segment` (Jeju's types, see `Block.content`) for the interchange formats, and
/// reads them back: XLIFF 2.1 (which XLIFF 1.2, PO and CSV are written from) and TMX.
///
/// The XLIFF mapping (XLIFF 2.1 §4.7 and the `xlf:` subType values):
/// | Jeju | XLIFF |
/// |---|---|
/// | emphasis | `<pc type="fmt" subType="xlf:i">` |
/// | strong | `<pc type="fmt" subType="xlf:b">` |
/// | link | `<pc type="link" canCopy="no" canDelete="no" dataRefStart dataRefEnd>`, the Markdown `[` and `](url)` in `originalData` |
/// | code span | `<pc type="fmt" subType="jeju:code" canCopy="no" canDelete="no">` (its text is not translated) |
/// | line break | `<ph type="fmt" subType="xlf:lb">` |
/// A span cut by a sentence boundary becomes `<sc>` in one segment and `<ec startRef>` in a later one.
/// Links and code spans may not be deleted or duplicated; emphasis and line breaks may (the core's defaults).
///
/// In TMX a span becomes `<bpt i x type>`/`<ept i>` around its text (`<it pos>` when cut by a sentence boundary),
/// a line break `<ph x type>`, each carrying the Markdown it stands for as native data, so that matching sees the
/// codes and adaptation can move them.
public enum InlineContent {
    /// XLIFF content for a notice's `content`. Native data for links is added to `originalData` (ids
    /// `d<code>s`/`d<code>e`, unique within the unit; existing entries are reused).
    public static func xliff(_ content: Segment, originalData: inout [(id: String, value: String)]) -> Segment {
        let text = content.text, codes = content.spans
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
        func attributes(_ c: CodeSpan) -> [String: String] {
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

    /// A notice's content for XLIFF content: the plain text and its codes in Jeju's types. `originalData` gives
    /// links their URL; codes of other tools map by `type`/`subType` (unknown paired codes become emphasis,
    /// unknown placeholders line breaks). Markers are transparent.
    public static func notice(xliff content: Segment, originalData: [(id: String, value: String)] = []) -> Segment {
        var codes: [CodeSpan] = []
        var open: [String: Int] = [:]
        var paired: [Int] = []
        func kind(_ c: InlineCode, placeholder: Bool) -> CodeSpan.Kind {
            c.type.flatMap { CodeSpan.Kind(rawValue: $0) } ?? (placeholder ? .lineBreak : .emphasis)
        }
        func url(_ c: InlineCode) -> String? {
            guard let ref = c.attributes["dataRefEnd"],
                let v = originalData.first(where: { $0.id == ref })?.value, v.hasPrefix("]("), v.hasSuffix(")")
            else { return nil }
            return String(v.dropFirst(2).dropLast())
        }
        func span(_ c: InlineCode, continuesToNext: Bool = false) -> CodeSpan {
            let k = kind(c, placeholder: false)
            return CodeSpan(
                id: c.id ?? "", kind: k, start: c.offset, end: c.offset, data: k == .link ? url(c) : nil,
                continuesToNext: continuesToNext)
        }
        let offset = content.text.unicodeScalars.count
        for case .code(let element, let c) in content.xliffPieces() {
            let id = c.id ?? ""
            switch (element, c.role) {
            case ("ph", _):
                codes.append(CodeSpan(id: id, kind: kind(c, placeholder: true), start: c.offset, end: c.offset))
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
                        CodeSpan(id: id, kind: .emphasis, start: 0, end: c.offset, continuesFromPrevious: true))
                }
            default: break
            }
        }
        for (_, i) in open { codes[i].end = offset }
        codes.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        return Segment(text: content.text, spans: codes)
    }

    /// The memory (TMX) segment for a notice's `content`.
    public static func tmx(_ content: Segment) -> Segment {
        let text = content.text, codes = content.spans
        var out: [InlineCode] = []
        for c in codes.sorted(by: { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }) {
            let (open, close) = native(c)
            let type = c.kind.rawValue
            let attrs = ["x": c.id, "type": type]
            if c.isPlaceholder {
                out.append(
                    .init(
                        role: .standalone, id: c.id, type: type, attributes: attrs, native: [.text(open)],
                        offset: c.start))
                continue
            }
            // A span cut by a sentence boundary: `<it pos>` on the side inside the sentence (none when it passes
            // through).
            func isolated(_ role: InlineCode.Role, pos: String, native: String, at offset: Int) -> InlineCode {
                InlineCode(
                    role: role, id: c.id, isolated: true, type: type,
                    attributes: ["x": c.id, "pos": pos, "type": type],
                    native: [.text(native)], offset: offset)
            }
            if c.continuesFromPrevious {
                if !c.continuesToNext { out.append(isolated(.closing, pos: "end", native: close, at: c.end)) }
                continue
            }
            if c.continuesToNext {
                out.append(isolated(.opening, pos: "begin", native: open, at: c.start))
                continue
            }
            out.append(
                .init(
                    role: .opening, id: c.id, type: type, attributes: ["i": c.id, "x": c.id, "type": type],
                    native: [.text(open)], offset: c.start))
            out.append(.init(role: .closing, id: c.id, attributes: ["i": c.id], native: [.text(close)], offset: c.end))
        }
        // Codes at one offset: ends before starts, so spans that touch do not look nested.
        func rank(_ c: InlineCode) -> Int {
            switch (c.role, c.isolated) {
            case (.closing, false): 0
            case (_, true): 1
            case (.standalone, _): 2
            case (.opening, false): 3
            }
        }
        out = out.enumerated().sorted { a, b in
            if a.element.offset != b.element.offset { return a.element.offset < b.element.offset }
            let ka = rank(a.element), kb = rank(b.element)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
        return Segment(text: text, codes: out)
    }

    /// The Markdown a code stands for: its opening and closing native data.
    static func native(_ c: CodeSpan) -> (String, String) {
        switch c.kind {
        case .emphasis: ("*", "*")
        case .strong: ("**", "**")
        case .code: ("`", "`")
        case .link: ("[", "](\(c.data ?? ""))")
        case .lineBreak: ("<br>", "")
        }
    }

    /// A notice's content for a memory segment. Codes written by Jeju come back with their ids and kinds; codes
    /// of other tools become spans or placeholders by their TMX kind (`<hi>` is emphasis).
    public static func notice(tmx segment: Segment) -> Segment {
        var codes: [CodeSpan] = []
        var open: [String: Int] = [:]
        var highlights: [Int] = []
        var next = 1
        func kind(_ c: InlineCode, default d: CodeSpan.Kind) -> CodeSpan.Kind {
            c.type.flatMap { CodeSpan.Kind(rawValue: $0) } ?? d
        }
        func fresh(_ c: InlineCode) -> String {
            if let x = c.attributes["x"] ?? c.attributes["i"] { return x }
            defer { next += 1 }
            return "t\(next)"
        }
        func link(_ c: InlineCode) -> String? {
            let t = c.nativeText
            return t.hasPrefix("](") && t.hasSuffix(")") ? String(t.dropFirst(2).dropLast()) : nil
        }
        for c in segment.codes {
            switch (c.role, c.isolated) {
            case (.standalone, _):
                codes.append(.init(id: fresh(c), kind: .lineBreak, start: c.offset, end: c.offset))
            case (.opening, true):
                codes.append(
                    .init(
                        id: fresh(c), kind: kind(c, default: .emphasis), start: c.offset,
                        end: segment.text.unicodeScalars.count, continuesToNext: true))
            case (.closing, true):
                codes.append(
                    .init(
                        id: fresh(c), kind: kind(c, default: .emphasis), start: 0, end: c.offset,
                        continuesFromPrevious: true))
            case (.opening, false):
                // `<hi>` pairs by nesting, the others by id.
                if c.tag == "hi" { highlights.append(codes.count) } else { open[c.id ?? ""] = codes.count }
                codes.append(.init(id: fresh(c), kind: kind(c, default: .emphasis), start: c.offset, end: c.offset))
            case (.closing, false):
                let index = c.tag == "hi" ? highlights.popLast() : open.removeValue(forKey: c.id ?? "")
                if let i = index {
                    codes[i].end = c.offset
                    if codes[i].kind == .link { codes[i].data = link(c) }
                }
            }
        }
        codes.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        return Segment(text: segment.text, spans: codes)
    }
}
