/// One inline code of a `Segment`: the start or end of a paired code, or a standalone one (TMX `bpt`, `ept`,
/// `it`, `ph`, `ut`, either side of `hi`).
///
/// `role`, `id`, `isolated` and `type` are what every format understands; `tag` and `attributes` keep what only
/// the format that wrote the code knows, so that it writes the code back byte for byte. A reader sets both from
/// the same markup; whoever edits one must keep the other in step.
public struct InlineCode: Hashable, Sendable {
    /// Where a code stands relative to the content it marks.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        /// The start of a paired code (TMX `bpt`, `it pos="begin"`, `hi`).
        case opening
        /// The end of a paired code (TMX `ept`, `it pos="end"`, `</hi>`).
        case closing
        /// A code on its own (TMX `ph`, `ut`).
        case standalone
    }

    /// A piece of a code's native data.
    public indirect enum Native: Hashable, Sendable {
        /// Native code text.
        case text(String)
        /// A sub-flow (TMX `<sub>`): translatable text inside the code, with its attributes.
        case sub(attributes: [String: String], Segment)
    }

    /// The semantic type of Jeju's own emphasis (`*text*`).
    public static let emphasis = "emphasis"
    /// The semantic type of strong text (`**text**`).
    public static let strong = "strong"
    /// The semantic type of a link (`[text](url)`).
    public static let link = "link"
    /// The semantic type of a code span (`` `code` ``), whose text is not translated.
    public static let code = "code"
    /// The semantic type of a hard line break.
    public static let lineBreak = "line-break"

    /// Opening, closing or standalone.
    public var role: Role
    /// What pairs an opening code with its closing one (TMX `i`), or names a code (TMX `x`); nil if nothing does.
    public var id: String?
    /// Whether the code's partner is outside the segment (TMX `it`).
    public var isolated: Bool
    /// What the code stands for: one of Jeju's types (`emphasis`, `strong`, `link`, `code`, `line-break`) or a
    /// format's own (TMX `bold`, `lb`, …); nil if unknown.
    public var type: String?
    /// The format's element for the code when `role` and `isolated` do not say it (TMX `ut`, `hi`); nil for the
    /// usual one.
    public var tag: String?
    /// The format's attributes (TMX `i`, `x`, `type`, `pos`, `assoc`…), by name, as read.
    public var attributes: [String: String]
    /// The native code data: text and sub-flows (empty for a TMX `hi`).
    public var native: [Native]
    /// Where the code sits in the segment text, in Unicode scalars.
    public var offset: Int

    /// A code.
    public init(
        role: Role, id: String? = nil, isolated: Bool = false, type: String? = nil, tag: String? = nil,
        attributes: [String: String] = [:], native: [Native] = [], offset: Int
    ) {
        self.role = role
        self.id = id
        self.isolated = isolated
        self.type = type
        self.tag = tag
        self.attributes = attributes
        self.native = native
        self.offset = offset
    }

    /// The native code as one string (sub-flows included as their text), for display and comparison.
    public var nativeText: String {
        native.map { part in
            switch part {
            case .text(let t): t
            case .sub(_, let segment): segment.text
            }
        }.joined()
    }
}
