import Notices
import TranslationMemory

/// Converts between Jeju's inline text and memory (TMX) segments: a span becomes `<bpt i x type>`/`<ept i>`
/// around its text (`<it pos>` when cut by a sentence boundary), a line break `<ph x type>`, each carrying the
/// Markdown it stands for as native data, so matching sees the codes and adaptation can move them.
public enum MemorySegment {
    /// The memory segment for `text` with `codes`.
    public static func segment(_ text: String, codes: [Notices.InlineSpan]) -> TranslationMemory.Segment {
        var out: [TranslationMemory.InlineCode] = []
        for c in codes.sorted(by: { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }) {
            let (open, close) = native(c)
            let attrs = ["x": c.id, "type": c.kind.rawValue]
            if c.isPlaceholder {
                out.append(.init(kind: .ph, attributes: attrs, content: [.text(open)], offset: c.start))
                continue
            }
            if c.continuesFromPrevious {
                if !c.continuesToNext {
                    out.append(
                        .init(
                            kind: .it, attributes: ["x": c.id, "pos": "end", "type": c.kind.rawValue],
                            content: [.text(close)], offset: c.end))
                }
                continue
            }
            if c.continuesToNext {
                out.append(
                    .init(
                        kind: .it, attributes: ["x": c.id, "pos": "begin", "type": c.kind.rawValue],
                        content: [.text(open)], offset: c.start))
                continue
            }
            out.append(
                .init(
                    kind: .bpt, attributes: ["i": c.id, "x": c.id, "type": c.kind.rawValue], content: [.text(open)],
                    offset: c.start))
            out.append(.init(kind: .ept, attributes: ["i": c.id], content: [.text(close)], offset: c.end))
        }
        // Codes at one offset: ends before starts, so spans that touch do not look nested.
        let order: [TranslationMemory.InlineCode.Kind: Int] = [.ept: 0, .it: 1, .ph: 2, .bpt: 3]
        out = out.enumerated().sorted { a, b in
            if a.element.offset != b.element.offset { return a.element.offset < b.element.offset }
            let ka = order[a.element.kind] ?? 4, kb = order[b.element.kind] ?? 4
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
        return TranslationMemory.Segment(text: text, codes: out)
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
    public static func inlineText(_ segment: TranslationMemory.Segment) -> InlineText {
        var codes: [Notices.InlineSpan] = []
        var open: [String: Int] = [:]
        var next = 1
        func kind(_ c: TranslationMemory.InlineCode, default d: Notices.InlineSpan.Kind) -> Notices.InlineSpan.Kind {
            c.attributes["type"].flatMap { Notices.InlineSpan.Kind(rawValue: $0) } ?? d
        }
        func fresh(_ c: TranslationMemory.InlineCode) -> String {
            if let x = c.attributes["x"] ?? c.attributes["i"] { return x }
            defer { next += 1 }
            return "t\(next)"
        }
        func link(_ c: TranslationMemory.InlineCode) -> String? {
            let t = c.nativeText
            return t.hasPrefix("](") && t.hasSuffix(")") ? String(t.dropFirst(2).dropLast()) : nil
        }
        for c in segment.codes {
            switch c.kind {
            case .bpt, .highlightStart:
                let key = c.kind == .bpt ? (c.attributes["i"] ?? "") : "hi\(open.count)"
                open[key] = codes.count
                codes.append(.init(id: fresh(c), kind: kind(c, default: .emphasis), start: c.offset, end: c.offset))
            case .ept, .highlightEnd:
                let key = c.kind == .ept ? (c.attributes["i"] ?? "") : "hi\(open.count - 1)"
                if let i = open.removeValue(forKey: key) {
                    codes[i].end = c.offset
                    if codes[i].kind == .link { codes[i].data = link(c) }
                }
            case .it:
                let k = kind(c, default: .emphasis)
                if c.attributes["pos"] == "end" {
                    codes.append(.init(id: fresh(c), kind: k, start: 0, end: c.offset, continuesFromPrevious: true))
                } else {
                    codes.append(
                        .init(
                            id: fresh(c), kind: k, start: c.offset, end: segment.text.unicodeScalars.count,
                            continuesToNext: true))
                }
            case .ph, .ut:
                codes.append(.init(id: fresh(c), kind: .lineBreak, start: c.offset, end: c.offset))
            }
        }
        codes.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        return InlineText(segment.text, codes: codes)
    }
}
