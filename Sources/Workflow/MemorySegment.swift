import Inline
import Notices
import TranslationMemory

/// Converts between Jeju's inline text and memory (TMX) segments: a span becomes `<bpt i x type>`/`<ept i>`
/// around its text (`<it pos>` when cut by a sentence boundary), a line break `<ph x type>`, each carrying the
/// Markdown it stands for as native data, so matching sees the codes and adaptation can move them.
public enum MemorySegment {
    /// The memory segment for `text` with `codes`.
    public static func segment(_ text: String, codes: [Notices.InlineSpan]) -> Inline.Segment {
        var out: [Inline.InlineCode] = []
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
            if c.continuesFromPrevious {
                if !c.continuesToNext {
                    out.append(
                        .init(
                            role: .closing, id: c.id, isolated: true, type: type,
                            attributes: ["x": c.id, "pos": "end", "type": type], native: [.text(close)],
                            offset: c.end))
                }
                continue
            }
            if c.continuesToNext {
                out.append(
                    .init(
                        role: .opening, id: c.id, isolated: true, type: type,
                        attributes: ["x": c.id, "pos": "begin", "type": type], native: [.text(open)],
                        offset: c.start))
                continue
            }
            out.append(
                .init(
                    role: .opening, id: c.id, type: type, attributes: ["i": c.id, "x": c.id, "type": type],
                    native: [.text(open)], offset: c.start))
            out.append(.init(role: .closing, id: c.id, attributes: ["i": c.id], native: [.text(close)], offset: c.end))
        }
        // Codes at one offset: ends before starts, so spans that touch do not look nested.
        func rank(_ c: Inline.InlineCode) -> Int {
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
        return Inline.Segment(text: text, codes: out)
    }

    /// The Markdown a code stands for: its opening and closing native data.
    static func native(_ c: Notices.InlineSpan) -> (String, String) {
        switch c.kind {
        case .emphasis: ("*", "*")
        case .strong: ("**", "**")
        case .code: ("`", "`")
        case .link: ("[", "](\(c.data ?? ""))")
        case .lineBreak: ("<br>", "")
        }
    }

    /// Jeju's inline text for a memory segment. Codes written by Jeju come back with their ids and kinds; codes
    /// of other tools become spans or placeholders by their TMX kind (`<hi>` is emphasis).
    public static func inlineText(_ segment: Inline.Segment) -> InlineText {
        var codes: [Notices.InlineSpan] = []
        var open: [String: Int] = [:]
        var highlights: [Int] = []
        var next = 1
        func kind(_ c: Inline.InlineCode, default d: Notices.InlineSpan.Kind) -> Notices.InlineSpan.Kind {
            c.type.flatMap { Notices.InlineSpan.Kind(rawValue: $0) } ?? d
        }
        func fresh(_ c: Inline.InlineCode) -> String {
            if let x = c.attributes["x"] ?? c.attributes["i"] { return x }
            defer { next += 1 }
            return "t\(next)"
        }
        func link(_ c: Inline.InlineCode) -> String? {
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
        return InlineText(segment.text, codes: codes)
    }
}
