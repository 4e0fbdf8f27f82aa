import JejuSupport

/// A notice's body cut at blank lines into parts whose blocks, one part after the other, are the blocks of the whole
/// body: each part is read from its own copy of its bytes, on any thread and in any order. Only a body in which a
/// blank line ends every block can be read so: plain text, and Markdown in which no line may open a code fence
/// (`NoticeReader.parts`). `NoticePartsTests` holds the parts to the blocks `stream` gives.
public struct NoticeParts: Sendable {
    /// The notice without its body.
    public let notice: Notice
    /// The block handed over before the body's first block, if the notice has one (a Markdown notice's title).
    public let lead: Block?
    /// The error to report when no part holds a block (a notice with no body), before anything is written.
    public let empty: Diagnostic?
    private let bytes: [UInt8]
    /// Each part's lines in the notice, and their bytes.
    private let spans: [(lines: ClosedRange<Int>, bytes: Range<Int>)]
    private let read: @Sendable (SourceLines, (Block) throws(Diagnostic) -> Void) throws(Diagnostic) -> Void

    init(
        notice: Notice, lead: Block?, empty: Diagnostic?, lines: SourceLines, parts: [ClosedRange<Int>],
        read: @escaping @Sendable (SourceLines, (Block) throws(Diagnostic) -> Void) throws(Diagnostic) -> Void
    ) {
        self.notice = notice
        self.lead = lead
        self.empty = empty
        bytes = lines.bytes
        spans = parts.map { ($0, lines.range($0.lowerBound).lowerBound..<lines.range($0.upperBound).upperBound) }
        self.read = read
    }

    /// How many parts there are.
    public var count: Int { spans.count }

    /// The last line of part `k`.
    public func lastLine(_ k: Int) -> Int { spans[k].lines.upperBound }

    /// Hands each block of part `k` to `body`, its line counted in the whole notice.
    public func blocks(_ k: Int, _ body: (Block) throws(Diagnostic) -> Void) throws(Diagnostic) {
        let (lines, range) = spans[k]
        let part = SourceLines(Array(bytes[range]))
        try read(part) { block throws(Diagnostic) in
            var block = block
            block.line += lines.lowerBound - 1
            try body(block)
        }
    }

    /// Whether part `k` holds any block.
    public func holdsBlock(_ k: Int) -> Bool {
        var any = false
        try? blocks(k) { _ throws(Diagnostic) in any = true }
        return any
    }
}
