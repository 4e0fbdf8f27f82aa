import Inline

/// One translated sentence as a translation file holds it: the source it was made for, the target and its state.
public struct TranslatedSegment: Sendable, Equatable {
    /// The segment's id in its unit (XLIFF `<segment id>`), if the file gives one.
    public var id: String?
    /// The source text the translation was made for; a translation is used only while it still matches.
    public var source: String
    /// The target text (inline markup removed), nil when there is none.
    public var target: String?
    /// The target's inline codes in Jeju's types, offsets in Unicode scalars of `target`; ids refer to the
    /// source's codes.
    public var targetCodes: [InlineCode]
    /// The review state.
    public var state: TranslationState

    /// Creates a translated segment.
    public init(
        id: String? = nil, source: String, target: String?, targetCodes: [InlineCode] = [],
        state: TranslationState
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.targetCodes = targetCodes
        self.state = state
    }
}
