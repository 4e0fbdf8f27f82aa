import Notices

/// One sentence of a block: its text (white space at the ends trimmed) and the inline codes inside it.
public struct SourceSegment: Sendable, Equatable, Codable {
    /// The sentence text, inline markup removed.
    public var text: String
    /// Inline codes, positions relative to `text` in Unicode scalars.
    public var codes: [InlineSpan]
    /// Where the sentence starts in its block's text, in Unicode scalars.
    public var start: Int

    /// Creates a segment.
    public init(text: String, codes: [InlineSpan], start: Int) {
        self.text = text
        self.codes = codes
        self.start = start
    }
}
