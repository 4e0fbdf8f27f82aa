/// The content of a TMX `<seg>`: its plain text and its inline codes, kept apart so that matching works on the
/// text while the codes come back intact.
///
/// Each code sits at a Unicode-scalar offset into `text`; codes at the same offset keep their document order.
/// `<hi>` (highlighted text) is a pair of codes, `.highlightStart` and `.highlightEnd`, around text that belongs
/// to the segment.
public struct Segment: Hashable, Sendable {
    /// The text without codes (TMX character data, references decoded).
    public var text: String
    /// The inline codes in document order.
    public var codes: [InlineCode]

    /// A segment of `text` with `codes`.
    public init(text: String, codes: [InlineCode] = []) {
        self.text = text
        self.codes = codes
    }

    /// Whether the segment has neither text nor codes.
    public var isEmpty: Bool { text.isEmpty && codes.isEmpty }
}

/// One inline code of a segment (TMX 1.4b level 2): `bpt`, `ept`, `it`, `ph`, `ut`, or either side of `hi`.
public struct InlineCode: Hashable, Sendable {
    /// The kind of code.
    public enum Kind: String, Sendable, CaseIterable {
        /// Begin of a paired native code.
        case bpt
        /// End of a paired native code.
        case ept
        /// An isolated code whose partner is outside the segment.
        case it
        /// A standalone placeholder.
        case ph
        /// Unknown native code (deprecated in 1.4b, still read and written).
        case ut
        /// Start of `<hi>`: highlighted segment text follows.
        case highlightStart = "hi"
        /// End of `<hi>`.
        case highlightEnd = "/hi"
    }

    /// The kind.
    public var kind: Kind
    /// The attributes (`i`, `x`, `type`, `pos`, `assoc`…), by name.
    public var attributes: [String: String]
    /// The native code data: text, and `<sub>` sub-flows (empty for `hi`).
    public var content: [CodeContent]
    /// Where the code sits in the segment text, in Unicode scalars.
    public var offset: Int

    /// A code.
    public init(kind: Kind, attributes: [String: String] = [:], content: [CodeContent] = [], offset: Int) {
        self.kind = kind
        self.attributes = attributes
        self.content = content
        self.offset = offset
    }

    /// The native code as one string (sub-flows included as their text), for display and comparison.
    public var nativeText: String {
        content.map { part in
            switch part {
            case .text(let t): t
            case .sub(_, let segment): segment.text
            }
        }.joined()
    }

    /// What identifies a code for matching and adaptation: kind, pairing id and native data.
    var signature: String { "\(kind.rawValue)|\(attributes["type"] ?? "")|\(nativeText)" }
}

/// A piece of an inline code's native data.
public indirect enum CodeContent: Hashable, Sendable {
    /// Native code text.
    case text(String)
    /// A `<sub>` sub-flow: translatable text inside the code, with its attributes.
    case sub(attributes: [String: String], Segment)
}
