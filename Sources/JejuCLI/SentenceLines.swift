import Dispatch
import ICU
import JejuSupport
import Segmentation
import Synchronization

/// Writes the sentences of blocks as they are read, one per line and a blank line between blocks, on two cores.
///
/// The reading thread gathers the blocks' texts into batches. When a batch is full, a second thread starts on it
/// while the reading thread reads the next; when that one is full too, the reading thread joins the second on
/// the batch before, each taking its next slice until none is left, and writes it out in the blocks' order. Each
/// thread has its own `Segmenter`. A small input never fills a batch and is segmented on the reading thread
/// alone, with no thread started.
final class SentenceLines {
    /// Bytes of text (UTF-8) in one batch, and in one slice of it.
    static let batchBytes = 1 << 20
    static let sliceBytes = 1 << 15

    /// One batch: its texts, cut into slices taken by whichever thread is free.
    private final class Batch: @unchecked Sendable {  // a slice's output is written only by the thread that took it
        let texts: [String]
        let slices: [Range<Int>]
        var outputs: [Output]
        let next = Atomic<Int>(0)
        let finished = DispatchGroup()
        /// The second thread's segmenter, used by it alone.
        var helper: Segmenter?

        init(_ texts: [String], slices: [Range<Int>]) {
            self.texts = texts
            self.slices = slices
            outputs = Array(repeating: Output(), count: slices.count)
        }

        /// Takes slices until none is left, segmenting each with `segmenter`.
        func work(_ segmenter: Segmenter) {
            while true {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k < slices.count else { return }
                outputs[k] = SentenceLines.lines(of: texts[slices[k]], segmenter)
            }
        }
    }

    /// The lines of a run of blocks: their sentences, a blank line between blocks that have any.
    struct Output {
        var bytes: [UInt8] = []
        var wroteAny = false
    }

    private let out: BufferedOutput
    private let make: () throws(Diagnostic) -> Segmenter
    private var reader: Segmenter?
    private var helper: Segmenter?
    private let queue = DispatchQueue(label: "jeju.segment")
    private var texts: [String] = []
    private var slices: [Range<Int>] = []
    private var sliceStart = 0, sliceSize = 0, batchSize = 0
    /// The batch the second thread is working on.
    private var running: Batch?
    private var wroteAny = false

    init(to out: BufferedOutput, segmenter make: @escaping () throws(Diagnostic) -> Segmenter) {
        self.out = out
        self.make = make
    }

    /// Makes the reading thread's segmenter (called when the first block comes).
    func prepare() throws(Diagnostic) {
        if reader == nil { reader = try make() }
    }

    /// Adds one block's text.
    func add(_ text: String) throws(Diagnostic) {
        texts.append(text)
        sliceSize += text.utf8.count
        if sliceSize >= Self.sliceBytes { closeSlice() }
        if batchSize >= Self.batchBytes {
            if helper == nil { helper = try make() }
            start(takeBatch())
        }
    }

    /// Segments and writes what is left.
    func finish() {
        start(takeBatch())
        join()
    }

    private func closeSlice() {
        guard texts.count > sliceStart else { return }
        slices.append(sliceStart..<texts.count)
        sliceStart = texts.count
        batchSize += sliceSize
        sliceSize = 0
    }

    private func takeBatch() -> Batch {
        closeSlice()
        let batch = Batch(texts, slices: slices)
        texts = []
        slices = []
        sliceStart = 0
        batchSize = 0
        return batch
    }

    /// Finishes the batch before, sets the second thread on `batch` (or, with none, segments it here), and writes
    /// the batch before while the second thread works.
    private func start(_ batch: Batch) {
        let before = complete()
        guard let helper else {
            if let reader { batch.work(reader) }
            write(batch)
            return
        }
        batch.helper = helper
        running = batch
        batch.finished.enter()
        queue.async {
            if let h = batch.helper { batch.work(h) }
            batch.finished.leave()
        }
        if let before { write(before) }
    }

    /// Works on the second thread's batch beside it until it is done, and writes it.
    private func join() {
        if let batch = complete() { write(batch) }
    }

    /// The second thread's batch, done: worked on beside it until no slice is left.
    private func complete() -> Batch? {
        guard let batch = running else { return nil }
        if let reader { batch.work(reader) }
        batch.finished.wait()
        running = nil
        return batch
    }

    private func write(_ batch: Batch) {
        for o in batch.outputs where o.wroteAny {
            if wroteAny { out.append(byte: 0x0A) }
            o.bytes.withUnsafeBufferPointer { out.append(bytes: $0) }
            wroteAny = true
        }
    }

    /// The lines of `texts`. A text all in ASCII (most of an English notice) has the same offsets in UTF-16 and
    /// UTF-8, so its sentences are copied from its own bytes; any other is encoded from its UTF-16 units.
    static func lines(of texts: ArraySlice<String>, _ segmenter: Segmenter) -> Output {
        var o = Output()
        for var string in texts {
            let text = UTF16Text(string)
            let ascii = string.utf8.count == text.units.count
            var wrote = false
            string.withUTF8 { bytes in
                text.units.withUnsafeBufferPointer { units in
                    segmenter.forEachSentence(in: text) { range in
                        if !wrote && o.wroteAny { o.bytes.append(0x0A) }
                        wrote = true
                        if ascii {
                            o.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
                        } else {
                            let piece = UnsafeBufferPointer(rebasing: units[range])
                            let start = o.bytes.count
                            // At most three bytes of UTF-8 per UTF-16 code unit.
                            o.bytes.append(contentsOf: repeatElement(0, count: 3 * piece.count))
                            let n = o.bytes.withUnsafeMutableBufferPointer { b in
                                b.baseAddress.map { UTF16Text.encodeUTF8(piece, to: $0 + start) } ?? 0
                            }
                            o.bytes.removeLast(3 * piece.count - n)
                        }
                        o.bytes.append(0x0A)
                    }
                }
            }
            if wrote { o.wroteAny = true }
        }
        return o
    }
}
