import Inline

/// One translated segment as the quality checks see it: source and target text with their inline codes.
public struct QAInput: Sendable, Hashable {
    /// The segment's id (XLIFF `segment/@id`), for findings.
    public var segmentID: String
    /// Source text, inline markup removed.
    public var sourceText: String
    /// Source inline codes in Jeju's types (a notice's codes, see `Block.content`), offsets in Unicode scalars of
    /// `sourceText`.
    public var sourceCodes: [InlineCode]
    /// Target text, inline markup removed.
    public var targetText: String
    /// Target inline codes in Jeju's types, offsets in Unicode scalars of `targetText`.
    public var targetCodes: [InlineCode]
    /// BCP 47 tag of the source language.
    public var sourceLocale: String
    /// BCP 47 tag of the target language.
    public var targetLocale: String
    /// Whether source and target are ICU MessageFormat patterns (UI messages) rather than prose.
    public var isMessageFormat: Bool
    /// Ids of source codes that must keep their order in the target (XLIFF `canReorder="no"`); empty when the
    /// translator may move every code.
    public var fixedOrderCodeIDs: Set<String>
    /// Findings the translator or reviewer suppressed for this segment, with their reasons (recorded in the
    /// XLIFF as `<note category="jeju:qa-suppress">`).
    public var suppressions: [QASuppression]

    /// Creates an input.
    public init(
        segmentID: String, sourceText: String, sourceCodes: [InlineCode] = [], targetText: String,
        targetCodes: [InlineCode] = [], sourceLocale: String, targetLocale: String, isMessageFormat: Bool = false,
        fixedOrderCodeIDs: Set<String> = [], suppressions: [QASuppression] = []
    ) {
        self.segmentID = segmentID
        self.sourceText = sourceText
        self.sourceCodes = sourceCodes
        self.targetText = targetText
        self.targetCodes = targetCodes
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
        self.isMessageFormat = isMessageFormat
        self.fixedOrderCodeIDs = fixedOrderCodeIDs
        self.suppressions = suppressions
    }
}
