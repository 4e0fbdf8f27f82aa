import Inline

/// One sentence of a block: its text (white space at the ends trimmed) with the inline codes inside it.
public struct SourceSegment: Sendable, Equatable {
    /// The sentence with its codes, offsets relative to its text; a span cut by a sentence boundary is an isolated
    /// code on the side inside the sentence.
    public var content: Segment
    /// Where the sentence starts in its block's text, in Unicode scalars.
    public var start: Int

    /// Creates a segment.
    public init(content: Segment, start: Int) {
        self.content = content
        self.start = start
    }

    /// The sentence text, inline markup removed.
    public var text: String { content.text }
}
