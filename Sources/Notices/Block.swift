/// One block of a notice: the unit a translator works on (XLIFF `<unit>`), split later into sentences.
public struct Block: Sendable, Equatable, Codable {
    /// What kind of block this is.
    public enum Kind: String, Sendable, Codable {
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
    /// The text with its inline codes.
    public var content: InlineText
    /// 1-based line where the block starts in the source file.
    public var line: Int
    /// Heading level 1–6 for `.heading`.
    public var level: Int?
    /// The list marker for `.listItem` as written ("-", "*", "1.", "2)").
    public var marker: String?

    /// Creates a block.
    public init(kind: Kind, content: InlineText, line: Int, level: Int? = nil, marker: String? = nil) {
        self.kind = kind
        self.content = content
        self.line = line
        self.level = level
        self.marker = marker
    }

    /// Whether the block's text is for translation (code blocks are not).
    public var isTranslatable: Bool { kind != .code }
}

/// Text with inline codes: the plain text a translator reads, and the markup (emphasis, links, code spans) as
/// spans over it, so the markup travels with the text it covers.
public struct InlineText: Sendable, Equatable, Codable {
    /// The plain text, markup removed.
    public var text: String
    /// The inline codes, ordered by start; spans nest properly (never overlap partially).
    public var codes: [InlineSpan]

    /// Creates inline text.
    public init(_ text: String, codes: [InlineSpan] = []) {
        self.text = text
        self.codes = codes
    }
}

/// An inline code: a span of markup over part of the text (XLIFF `<pc>`, `<mrk>`) or a standalone placeholder
/// (XLIFF `<ph>`). Positions count Unicode scalars in the text they belong to.
public struct InlineSpan: Sendable, Hashable, Codable {
    /// What the code stands for.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `*emphasis*`.
        case emphasis
        /// `**strong**`.
        case strong
        /// `[text](url)`; the URL is in `data`.
        case link
        /// `` `code` ``: literal text inside, not to be translated.
        case code
        /// A hard line break (placeholder).
        case lineBreak = "line-break"
    }

    /// An id unique within its block ("1", "2", …), stable for the same markup.
    public var id: String
    /// The kind.
    public var kind: Kind
    /// Start of the span (Unicode scalar offset).
    public var start: Int
    /// End of the span (exclusive); equal to `start` for a placeholder.
    public var end: Int
    /// Extra data: the URL of a link.
    public var data: String?
    /// For a span cut by a segment boundary: whether it began in an earlier segment / ends in a later one.
    public var continuesFromPrevious: Bool
    /// See `continuesFromPrevious`.
    public var continuesToNext: Bool

    /// Creates a code.
    public init(
        id: String, kind: Kind, start: Int, end: Int, data: String? = nil,
        continuesFromPrevious: Bool = false, continuesToNext: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.start = start
        self.end = end
        self.data = data
        self.continuesFromPrevious = continuesFromPrevious
        self.continuesToNext = continuesToNext
    }

    /// Whether this is a standalone placeholder rather than a span.
    public var isPlaceholder: Bool { kind == .lineBreak }
}
