import Inline

/// One block of a notice: the unit a translator works on (XLIFF `<unit>`), split later into sentences.
public struct Block: Sendable, Equatable {
    /// What kind of block this is.
    public enum Kind: String, Sendable {
        /// The notice's title.
        case title
        /// A Markdown heading (see `level`).
        case heading
        /// A paragraph.
        case paragraph
        /// A paragraph that is a quotation (Markdown `>`, or page text wholly in quotation marks).
        case quotation
        /// One item of a bulleted or numbered list (see `marker`).
        case listItem = "list-item"
        /// A fenced code block: kept verbatim, never translated or segmented.
        case code
    }

    /// The kind.
    public var kind: Kind
    /// The text with its inline codes: Jeju's types (`InlineCode.emphasis`, `strong`, `link`, `code`,
    /// `lineBreak`), a link's URL in the attribute `url`, each span an opening and a closing code of one id.
    public var content: Segment
    /// 1-based line where the block starts in the source file.
    public var line: Int
    /// Heading level 1–6 for `.heading`.
    public var level: Int?
    /// The list marker for `.listItem` as written ("-", "*", "1.", "2)").
    public var marker: String?

    /// Creates a block.
    public init(kind: Kind, content: Segment, line: Int, level: Int? = nil, marker: String? = nil) {
        self.kind = kind
        self.content = content
        self.line = line
        self.level = level
        self.marker = marker
    }

    /// Whether the block's text is for translation (code blocks are not).
    public var isTranslatable: Bool { kind != .code }
}
