import Inline

/// One code of a notice's `Segment` read as a range: an opening code with its closing one, or a standalone code.
///
/// Derived from a segment's codes when asked for, never stored. Segment and unit ids hash these ranges, and the
/// XLIFF, TMX and HTML shapes of a notice's codes were defined over them, so reading a segment's codes this way
/// keeps every id and every output byte for byte what it was.
package struct CodeSpan: Hashable, Sendable {
    /// Jeju's types of code.
    package enum Kind: String, Hashable, Sendable {
        // The raw values are `InlineCode`'s type constants.
        case emphasis
        case strong
        case link
        case code
        case lineBreak = "line-break"
    }

    /// The id shared by the opening and the closing code.
    package var id: String
    /// The type.
    package var kind: Kind
    /// Where the span starts (the opening code's offset; 0 when it began in an earlier segment).
    package var start: Int
    /// Where it ends (the closing code's offset; the text's end when it ends in a later segment).
    package var end: Int
    /// A link's URL.
    package var data: String?
    /// Whether the span began in an earlier segment (its closing code is isolated).
    package var continuesFromPrevious: Bool
    /// Whether the span ends in a later segment (its opening code is isolated).
    package var continuesToNext: Bool

    /// A span of `kind` from `start` to `end`.
    package init(
        id: String, kind: Kind, start: Int, end: Int, data: String? = nil, continuesFromPrevious: Bool = false,
        continuesToNext: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.start = start
        self.end = end
        self.data = data
        self.continuesFromPrevious = continuesFromPrevious
        self.continuesToNext = continuesToNext
    }

    /// Whether this is a standalone code.
    package var isPlaceholder: Bool { kind == .lineBreak }
}

extension Segment {
    /// The attribute of a notice's link codes that holds the URL.
    public static let urlAttribute = "url"

    /// A notice segment of `text` with codes for `spans` (ordered by start, outer spans first): a span becomes an
    /// opening and a closing code; one cut by a sentence boundary, an isolated code on the side inside the text;
    /// one passing through the whole text, an isolated opening code at its start and an isolated closing code at
    /// its end. At one offset, closing codes (innermost first) come before standalone ones and empty spans (in
    /// span order), then opening codes (outermost first).
    package init(text: String, spans: [CodeSpan]) {
        self.init(text: text)
        guard !spans.isEmpty else { return }
        // The codes, and where each goes: sorting the small keys moves no code.
        var made: [InlineCode] = []
        var keyed: [(offset: Int, rank: Int, order: Int, index: Int)] = []
        made.reserveCapacity(spans.count * 2)
        keyed.reserveCapacity(spans.count * 2)
        func add(_ offset: Int, _ rank: Int, _ order: Int, _ code: InlineCode) {
            keyed.append((offset, rank, order, made.count))
            made.append(code)
        }
        for (n, s) in spans.enumerated() {
            let attributes = s.data.map { [Self.urlAttribute: $0] } ?? [:]
            func code(_ role: InlineCode.Role, isolated: Bool = false, at offset: Int) -> InlineCode {
                InlineCode(
                    role: role, id: s.id, isolated: isolated, type: s.kind.rawValue, attributes: attributes,
                    offset: offset)
            }
            if s.isPlaceholder {
                add(s.start, 2, 2 * n, code(.standalone, at: s.start))
                continue
            }
            if s.continuesToNext { add(s.start, 3, n, code(.opening, isolated: true, at: s.start)) }
            if s.continuesFromPrevious { add(s.end, 1, n, code(.closing, isolated: true, at: s.end)) }
            if s.continuesToNext || s.continuesFromPrevious { continue }
            if s.start == s.end {
                // An empty span stands among the standalone codes at its offset, in span order, as they were read.
                add(s.start, 2, 2 * n, code(.opening, at: s.start))
                add(s.end, 2, 2 * n + 1, code(.closing, at: s.end))
                continue
            }
            add(s.start, 4, 2 * n, code(.opening, at: s.start))
            add(s.end, 0, -n, code(.closing, at: s.end))
        }
        keyed.sort { ($0.offset, $0.rank, $0.order) < ($1.offset, $1.rank, $1.order) }
        codes = keyed.map { made[$0.index] }
    }

    /// The segment's codes read as spans, ordered by start, then outer spans first (spans that began in an earlier
    /// segment before those that begin here). An opening code without a closing one runs to the end of the text,
    /// a closing code without an opening one from its start; codes without a type read as emphasis (paired) or
    /// line breaks (standalone).
    package var spans: [CodeSpan] {
        guard !codes.isEmpty else { return [] }
        var counted: Int?
        func length() -> Int {
            if let counted { return counted }
            let n = text.unicodeScalars.count
            counted = n
            return n
        }
        var out: [(span: CodeSpan, before: Bool)] = []
        out.reserveCapacity(codes.count)
        // The spans still open, innermost last (few at a time: a search from the end beats a table).
        var open: [(id: String, index: Int)] = []
        // Closing codes met before their opening one: a span whose end the reader put before its start (a hard
        // break trimming the space it began after), read back as it was made.
        var early: [(id: String, offset: Int, kind: CodeSpan.Kind, url: String?)] = []
        for c in codes {
            let id = c.id ?? ""
            let kind =
                c.type.flatMap(CodeSpan.Kind.init(rawValue:)) ?? (c.role == .standalone ? .lineBreak : .emphasis)
            let url = c.attributes[Self.urlAttribute]
            switch c.role {
            case .standalone:
                out.append((CodeSpan(id: id, kind: kind, start: c.offset, end: c.offset, data: url), false))
            case .opening:
                if !c.isolated, let e = early.firstIndex(where: { $0.id == id }) {
                    let end = early.remove(at: e)
                    out.append((CodeSpan(id: id, kind: kind, start: c.offset, end: end.offset, data: url), false))
                    continue
                }
                open.append((id, out.count))
                out.append(
                    (
                        CodeSpan(
                            id: id, kind: kind, start: c.offset, end: c.isolated ? length() : c.offset, data: url,
                            continuesToNext: c.isolated), false
                    ))
            case .closing:
                if let k = open.lastIndex(where: { $0.id == id }) {
                    let i = open.remove(at: k).index
                    out[i].span.end = max(c.offset, out[i].span.start)
                    if out[i].span.continuesToNext {
                        // An isolated opening code and an isolated closing one: a span passing through the text.
                        out[i].span.continuesFromPrevious = c.isolated
                        out[i].span.continuesToNext = c.isolated
                        out[i].before = c.isolated
                    }
                } else if !c.isolated && !early.contains(where: { $0.id == id }) {
                    early.append((id, c.offset, kind, url))
                } else {
                    out.append(
                        (
                            CodeSpan(
                                id: id, kind: kind, start: 0, end: c.offset, data: url, continuesFromPrevious: true),
                            true
                        ))
                }
            }
        }
        // A closing code no opening one followed began before the text.
        for c in early {
            out.append(
                (
                    CodeSpan(id: c.id, kind: c.kind, start: 0, end: c.offset, data: c.url, continuesFromPrevious: true),
                    true
                ))
        }
        func precedes(_ x: (span: CodeSpan, before: Bool), _ y: (span: CodeSpan, before: Bool)) -> Bool {
            if x.span.start != y.span.start { return x.span.start < y.span.start }
            if x.span.end != y.span.end { return x.span.end > y.span.end }
            return x.before && !y.before
        }
        // Codes in document order mostly give the spans in order already.
        if zip(out, out.dropFirst()).allSatisfy({ !precedes($1, $0) }) { return out.map(\.span) }
        return out.enumerated().sorted { a, b in
            if precedes(a.element, b.element) { return true }
            if precedes(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element.span)
    }
}
