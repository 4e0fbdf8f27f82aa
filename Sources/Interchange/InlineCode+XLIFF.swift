import Inline
import ICU

/// How XLIFF's inline elements map onto the one inline model.
///
/// | XLIFF 2 | role | `tag` |
/// |---|---|---|
/// | `<ph/>` | standalone | nil |
/// | `<pc>`, `</pc>` | opening, closing (one `id`) | nil |
/// | `<sc/>`, `<ec/>` (a code cut by a segment boundary, or isolated) | opening, closing | `sc`, `ec` |
/// | `<mrk>`, `</mrk>` (an annotation) | opening, closing | `mrk` |
/// | `<sm/>`, `<em/>` | opening, closing | `sm`, `em` |
///
/// `id` is the element's `id` (an `<ec>`'s or `<em>`'s `startRef`); `attributes` are the others (`type`,
/// `subType`, `canCopy`, `dataRef…`, …) as read, and are written back sorted by name after the id, as Jeju
/// always writes them. XLIFF 1.2's `<x/>`, `<g>`, `<bx/>`/`<bpt>` and `<ex/>`/`<ept>` read as `ph`, `pc`, `sc`
/// and `ec`.
extension InlineCode {
    /// The XLIFF 2 elements of inline content.
    static let xliffElements: Set<String> = ["ph", "pc", "sc", "ec", "mrk", "sm", "em"]

    /// A code as XLIFF writes it: `element` (`ph`, `pc`, `sc`, `ec`, `mrk`, `sm`, `em`); `closing` says which end
    /// of a `<pc>` or `<mrk>` it is.
    public init(
        xliffElement element: String, closing: Bool = false, id: String, attributes: [String: String] = [:], offset: Int
    ) {
        let role: Role
        switch element {
        case "ph": role = .standalone
        case "ec", "em": role = .closing
        case "sc", "sm": role = .opening
        default: role = closing ? .closing : .opening
        }
        self.init(
            role: role, id: id, isolated: attributes["isolated"] == "yes", type: Self.semanticType(xliff: attributes),
            tag: element == "ph" || element == "pc" ? nil : element, attributes: attributes, offset: offset)
    }

    /// Jeju's semantic type for an XLIFF code's `type` and `subType`; the `type` itself when Jeju has none.
    static func semanticType(xliff attributes: [String: String]) -> String? {
        switch (attributes["type"], attributes["subType"]) {
        case (_, "xlf:i"), (_, "xlf:u"): InlineCode.emphasis
        case (_, "xlf:b"): InlineCode.strong
        case (_, "xlf:lb"), (_, "xlf:pb"): InlineCode.lineBreak
        case (_, "jeju:code"), (_, "xlf:var"): InlineCode.code
        case ("link", _): InlineCode.link
        case (let type, _): type
        }
    }

    /// The XLIFF 2 element the code is written as.
    public var xliffElement: String {
        if let tag, Self.xliffElements.contains(tag) { return tag }
        switch role {
        case .standalone: return "ph"
        case .opening: return isolated ? "sc" : "pc"
        case .closing: return isolated ? "ec" : "pc"
        }
    }

    /// Whether the code is an annotation marker (`<mrk>`, `<sm/>`, `<em/>`) rather than a code: its text is the
    /// segment's, and formats without markers drop it.
    public var isXLIFFMarker: Bool { xliffElement == "mrk" || xliffElement == "sm" || xliffElement == "em" }

    /// The XLIFF `type` (`fmt`, `ui`, `link`…; for markers `term`, `comment`…).
    public var xliffType: String? { attributes["type"] }
    /// The XLIFF `subType` (`xlf:b`, `xlf:lb`, `jeju:code`…).
    public var subType: String? { attributes["subType"] }
    /// `canCopy` (default yes).
    public var canCopy: Bool { attributes["canCopy"] != "no" }
    /// `canDelete` (default yes).
    public var canDelete: Bool { attributes["canDelete"] != "no" }
    /// `canReorder` (default yes; `firstNo` counts as no for this code).
    public var canReorder: Bool { attributes["canReorder"].map { $0 == "yes" } ?? true }
}

extension Segment {
    /// The XLIFF codes of the segment (not markers), in document order, a `<pc>` once (its opening).
    public var xliffCodes: [InlineCode] {
        codes.filter { !$0.isXLIFFMarker && !($0.xliffElement == "pc" && $0.role == .closing) }
    }

    /// The segment as XLIFF writes it: text runs and elements in document order. A `<pc>` or `<mrk>` whose
    /// partner is missing or not nested is written as `<sc/>`/`<ec/>` or `<sm/>`/`<em/>`, so the markup is
    /// always well formed.
    package func xliffPieces() -> [XLIFFPiece] {
        // Most segments have no codes: their one piece is their text.
        if codes.isEmpty { return text.isEmpty ? [] : [.text(text)] }
        let partners = Self.xliffPartners(codes)
        var out: [XLIFFPiece] = []
        let scalars = Array(text.unicodeScalars)
        var position = 0
        func run(to offset: Int) {
            let end = max(position, min(offset, scalars.count))
            if end > position { out.append(.text(String(scalars: scalars[position..<end]))) }
            position = end
        }
        for (i, c) in codes.enumerated() {
            run(to: c.offset)
            var element = c.xliffElement
            if element == "pc" || element == "mrk", partners[i] == nil {
                element = element == "pc" ? (c.role == .opening ? "sc" : "ec") : (c.role == .opening ? "sm" : "em")
            }
            out.append(.code(element, c))
        }
        run(to: scalars.count)
        return out
    }

    /// For each `<pc>` or `<mrk>` end, the index of its other end when the two nest properly.
    static func xliffPartners(_ codes: [InlineCode]) -> [Int: Int] {
        var partners: [Int: Int] = [:]
        var stack: [Int] = []
        for (i, c) in codes.enumerated() {
            let element = c.xliffElement
            guard element == "pc" || element == "mrk" else { continue }
            if c.role == .opening {
                stack.append(i)
            } else if let top = stack.last, codes[top].id == c.id, codes[top].xliffElement == element {
                stack.removeLast()
                partners[top] = i
                partners[i] = top
            }
        }
        return partners
    }
}

/// One piece of XLIFF inline markup to write: a run of text, or a code as `element` (for `pc` and `mrk`, its
/// role says which end).
package enum XLIFFPiece {
    case text(String)
    case code(String, InlineCode)
}
