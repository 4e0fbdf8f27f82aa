import Notices

/// One block of a localized notice (title, heading, paragraph, quotation, list item or code).
public struct LocalizedBlock: Sendable, Equatable {
    /// The block's kind.
    public var kind: Block.Kind
    /// Heading level for headings.
    public var level: Int?
    /// List marker for list items ("-", "1.").
    public var marker: String?
    /// The sentences; a code block has one segment holding its text verbatim.
    public var segments: [LocalizedSegment]

    /// Creates a block.
    public init(kind: Block.Kind, level: Int? = nil, marker: String? = nil, segments: [LocalizedSegment]) {
        self.kind = kind
        self.level = level
        self.marker = marker
        self.segments = segments
    }

    /// The text shown, sentences joined with the source's spacing.
    public var displayText: String {
        segments.enumerated().map { ($0.offset == 0 ? "" : $0.element.leadingSpace) + $0.element.displayText }.joined()
    }
}
