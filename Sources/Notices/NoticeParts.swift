import JejuSupport

/// A notice's body cut at blank lines into parts whose blocks, one part after the other, are the blocks of the whole
/// body: each part is read on its own, on any thread and in any order, from the notice's mapped pages or a copy of
/// its bytes. Only a body in which a blank line ends every block can be read so: plain text, and Markdown in which no
/// line may open a code fence (`NoticeReader.parts`). `NoticePartsTests` holds the parts to the blocks `stream` gives.
public struct NoticeParts: Sendable {
    /// The notice without its body.
    public let notice: Notice
    /// The block handed over before the body's first block, if the notice has one (a Markdown notice's title).
    public let lead: Block?
    /// The error to report when no part holds a block (a notice with no body), before anything is written.
    public let empty: Diagnostic?
    /// The line the first part starts on.
    public let firstLine: Int
    private let bytes: TextBytes
    /// Each part's bytes in the notice: from a line's start to a line's end, the next part starting on the line after.
    private let spans: [Range<Int>]
    private let read: @Sendable (SourceLines, (Block) throws(Diagnostic) -> Void) throws(Diagnostic) -> Void

    /// The parts `spans` of `bytes`, the first starting on line `firstLine`.
    init(
        notice: Notice, lead: Block?, empty: Diagnostic?, bytes: TextBytes, firstLine: Int, spans: [Range<Int>],
        read: @escaping @Sendable (SourceLines, (Block) throws(Diagnostic) -> Void) throws(Diagnostic) -> Void
    ) {
        self.notice = notice
        self.lead = lead
        self.empty = empty
        self.firstLine = firstLine
        self.bytes = bytes
        self.spans = spans
        self.read = read
    }

    /// How many parts there are.
    public var count: Int { spans.count }

    /// Hands each block of part `k` to `body`, its line counted from the part's first line (1), and returns how many
    /// lines the part holds: a part is read without the lines before it, and a caller reading the parts in order
    /// adds up the lines of those before (the first starts on `firstLine`).
    @discardableResult
    public func blocks(_ k: Int, _ body: (Block) throws(Diagnostic) -> Void) throws(Diagnostic) -> Int {
        let part = SourceLines(bytes.part(spans[k]))
        try read(part, body)
        // An empty line last in the part is one its lines leave out, as they leave out a final LF's.
        let emptyLast = part.bytes.withUnsafeBufferPointer { SourceLines.textEnd($0) < $0.count }
        return emptyLast ? part.count + 1 : max(part.count, 1)
    }

    /// Every part's blocks in order on this thread, their lines counted in the whole notice, the lead block first
    /// when any part holds a block: what `NoticeReader.stream` hands over for the notice.
    public func blocksInOrder() throws(Diagnostic) -> [Block] {
        var blocks: [Block] = []
        var before = firstLine - 1
        for k in 0..<count {
            before += try self.blocks(k) { block throws(Diagnostic) in
                var block = block
                block.line += before
                blocks.append(block)
            }
        }
        if !blocks.isEmpty, let lead { blocks.insert(lead, at: 0) }
        return blocks
    }

    /// Whether part `k` holds any block.
    public func holdsBlock(_ k: Int) -> Bool {
        var any = false
        try? blocks(k) { _ throws(Diagnostic) in any = true }
        return any
    }
}
