/// Text with inline codes: the one inline model every format reads into and writes from (a TMX `<seg>`, a
/// sentence of a notice, an XLIFF `<source>`), after Okapi's text fragment.
///
/// The text is what a translator reads and what matching compares; the codes are kept apart, each at a
/// Unicode-scalar offset into `text`, so that they come back intact. Codes at the same offset keep their
/// document order. The codes are one flat array: a paired code is an `.opening` and a `.closing` code with one
/// `id`, never a tree, so reading and writing stay linear.
public struct Segment: Hashable, Sendable {
    /// The text without codes (character data, references decoded).
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

    /// The segment with each run of text between codes replaced by `transform` of it (to normalise it, say): the
    /// codes keep their order and stay between the same runs, their offsets moved by what the runs gained or lost.
    public func mapText(_ transform: (String) -> String) -> Segment {
        if codes.isEmpty { return Segment(text: transform(text)) }
        let scalars = Array(text.unicodeScalars)
        var out = Segment(text: "", codes: codes)
        var position = 0
        var written = 0
        func run(to end: Int) {
            let end = max(position, min(end, scalars.count))
            if end > position {
                let mapped = transform(String(String.UnicodeScalarView(scalars[position..<end])))
                out.text += mapped
                written += mapped.unicodeScalars.count
            }
            position = end
        }
        for i in codes.indices {
            run(to: codes[i].offset)
            out.codes[i].offset = written
        }
        run(to: scalars.count)
        return out
    }
}
