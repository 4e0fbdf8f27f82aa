/// One piece of a `<source>` or `<target>`: text, an inline code, or an annotation marker.
///
/// Characters XML cannot carry travel as `<cp hex="…"/>`: the reader puts them into `text`, the writer turns
/// them back into `<cp>`.
public indirect enum XLIFFInline: Sendable, Equatable, Hashable {
    /// Text.
    case text(String)
    /// `<ph/>`: a standalone code (a line break, an image).
    case placeholder(XLIFFCode)
    /// `<pc>…</pc>`: a paired code around content (emphasis, a link).
    case paired(XLIFFCode, [XLIFFInline])
    /// `<sc/>`: the start of a code whose end is elsewhere (another segment of the unit, or outside it).
    case start(XLIFFCode)
    /// `<ec/>`: the end of a code; `id` holds its `startRef` (or its own `id` when isolated).
    case end(XLIFFCode)
    /// `<mrk>…</mrk>`: an annotation over content (a term, a comment, `translate="no"`).
    case marker(XLIFFCode, [XLIFFInline])
    /// `<sm/>`: the start of an annotation that spans segments.
    case markerStart(XLIFFCode)
    /// `<em/>`: the end of an annotation; `id` holds its `startRef`.
    case markerEnd(XLIFFCode)
}

extension Array where Element == XLIFFInline {
    /// The text without any markup (the content of paired codes and markers included).
    public var plainText: String {
        var out = ""
        func walk(_ items: [XLIFFInline]) {
            for item in items {
                switch item {
                case .text(let t): out += t
                case .paired(_, let c), .marker(_, let c): walk(c)
                default: break
                }
            }
        }
        walk(self)
        return out
    }

    /// Whether there is neither text nor code.
    public var isBlank: Bool { allSatisfy { if case .text(let t) = $0 { t.isEmpty } else { false } } }

    /// The codes (not markers), in document order, each with its element name: `ph`, `pc`, `sc`, `ec`.
    public var codes: [(element: String, code: XLIFFCode)] {
        var out: [(String, XLIFFCode)] = []
        func walk(_ items: [XLIFFInline]) {
            for item in items {
                switch item {
                case .placeholder(let c): out.append(("ph", c))
                case .paired(let c, let inner): out.append(("pc", c)); walk(inner)
                case .start(let c): out.append(("sc", c))
                case .end(let c): out.append(("ec", c))
                case .marker(_, let inner): walk(inner)
                default: break
                }
            }
        }
        walk(self)
        return out
    }
}
