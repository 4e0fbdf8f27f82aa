import Inline

/// One sentence of a localized notice: its source, and its translation when one is published.
public struct LocalizedSegment: Sendable, Equatable {
    /// The segment's id in the translation file, when it came from one.
    public var id: String?
    /// The English sentence.
    public var source: String
    /// The source's inline codes in Jeju's types (offsets in Unicode scalars of `source`).
    public var sourceCodes: [InlineCode]
    /// The translation when it is at least the build's minimum state; nil means the page shows `source`.
    public var target: String?
    /// The target's inline codes, taken from the source by id (a translation can move markup, not invent it).
    public var targetCodes: [InlineCode]
    /// The translation's state (`.initial` when there is none).
    public var state: TranslationState
    /// The white space between the previous sentence and this one in the source block.
    public var leadingSpace: String
    /// The source's words (ICU word-break tokens), which weigh the sentence in completeness.
    public var words: Int

    /// Creates a segment.
    public init(
        id: String? = nil, source: String, sourceCodes: [InlineCode] = [], target: String?,
        targetCodes: [InlineCode] = [], state: TranslationState, leadingSpace: String = "", words: Int = 1
    ) {
        self.id = id
        self.source = source
        self.sourceCodes = sourceCodes
        self.target = target
        self.targetCodes = targetCodes
        self.state = state
        self.leadingSpace = leadingSpace
        self.words = words
    }

    /// Whether the page shows the English source in place of a translation.
    public var isFallback: Bool { target == nil }

    /// What the page shows: the translation, else the source.
    public var displayText: String { target ?? source }
}
