import Dispatch
import ICU
import JejuSupport
import Notices
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
    /// Whether a batch has filled, so that the second thread works on the batches.
    private var twoThreads = false
    private let queue = DispatchQueue(label: "jeju.segment")
    /// The second thread's segmenter for a notice read in parts, made on that thread (`prestart`).
    private let early: Early
    private var texts: [String] = []
    private var slices: [Range<Int>] = []
    private var sliceStart = 0, sliceSize = 0, batchSize = 0
    /// The batch the second thread is working on.
    private var running: Batch?
    private var wroteAny = false

    init(to out: BufferedOutput, segmenter make: @escaping () throws(Diagnostic) -> Segmenter) {
        self.out = out
        self.make = make
        early = Early(make)
    }

    /// Makes the second thread's segmenter on that thread, while this one reads the file: for a notice about to be
    /// read in parts (`write(_:progress:)`), which sets the second thread working once the parts are known.
    func prestart() {
        let early = self.early
        queue.async { early.make() }
    }

    /// A segmenter made on the second thread: written there, and read there by the work queued after it.
    private final class Early: @unchecked Sendable {
        let maker: () throws(Diagnostic) -> Segmenter
        var segmenter: Segmenter?
        init(_ maker: @escaping () throws(Diagnostic) -> Segmenter) { self.maker = maker }
        func make() { if segmenter == nil { segmenter = try? maker() } }
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
            twoThreads = true
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
        guard twoThreads else {
            if let reader { batch.work(reader) }
            write(batch)
            return
        }
        running = batch
        batch.finished.enter()
        let early = self.early
        queue.async {
            // Should the rules not compile a second time, the reading thread takes every slice (`complete`).
            early.make()
            if let h = early.segmenter { batch.work(h) }
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
        for o in batch.outputs { write(o) }
    }

    private func write(_ o: Output) {
        guard o.wroteAny else { return }
        if wroteAny { out.append(byte: 0x0A) }
        o.bytes.withUnsafeBufferPointer { out.append(bytes: $0) }
        wroteAny = true
    }

    // MARK: A notice read in parts

    /// Bytes of a notice in one part (`NoticeParts`).
    static let partBytes = 1 << 18
    /// Parts taken and not yet written, at most: the memory held beside the file's bytes.
    static let window = 8

    /// One part's lines, whether it holds any block, and the error its reading ended with.
    private struct PartLines {
        var output = Output()
        var holdsBlock = false
        /// How many lines the part holds.
        var lines = 0
        var error: Diagnostic?
    }

    /// The parts of one notice as two threads take them. Part k's result is written by the thread that took it
    /// before it signals `done[k]`, and read by the writing thread after.
    private final class PartRun: @unchecked Sendable {
        let parts: NoticeParts
        let results: UnsafeMutableBufferPointer<PartLines>
        let done: [DispatchSemaphore]
        let next = Atomic<Int>(0)
        /// One for each part that may be taken before the writing thread has written the parts before it.
        let slots = DispatchSemaphore(value: SentenceLines.window)
        let helperDone = DispatchGroup()

        init(_ parts: NoticeParts) {
            self.parts = parts
            results = .allocate(capacity: parts.count)
            results.initialize(repeating: PartLines())
            done = (0..<parts.count).map { _ in DispatchSemaphore(value: 0) }
        }

        deinit {
            results.deinitialize()
            results.deallocate()
        }

        func take() -> Int? {
            let k = next.add(1, ordering: .relaxed).oldValue
            return k < parts.count ? k : nil
        }

        /// Reads part `k`'s blocks and segments their texts.
        func work(_ k: Int, _ segmenter: Segmenter) {
            var result = PartLines()
            do {
                let (texts, holdsBlock, lines) = try SentenceLines.texts(of: parts, k)
                result.holdsBlock = holdsBlock
                result.lines = lines
                result.output = SentenceLines.lines(of: texts[...], segmenter)
            } catch {
                result.error = error
            }
            results[k] = result
            done[k].signal()
        }

        /// The second thread: takes parts while the window has room, until none is left. Without a segmenter (the
        /// rules do not compile), it takes none, and the reading thread reports the rules' error.
        func help(_ segmenter: Segmenter?) {
            guard let segmenter else { return }
            while true {
                slots.wait()
                guard let k = take() else { break }
                work(k, segmenter)
            }
            slots.signal()
        }

        /// Lets the second thread end (no part is left for it to take) and waits for it.
        func stop() {
            next.store(parts.count, ordering: .relaxed)
            slots.signal()
            helperDone.wait()
        }
    }

    /// The texts to segment of part `k`'s blocks, and whether it holds any block.
    private static func texts(of parts: NoticeParts, _ k: Int) throws(Diagnostic) -> (
        texts: [String], holdsBlock: Bool, lines: Int
    ) {
        var texts: [String] = []
        var holdsBlock = false
        let lines = try parts.blocks(k) { block throws(Diagnostic) in
            holdsBlock = true
            if block.isTranslatable { texts.append(block.content.text) }
        }
        return (texts, holdsBlock, lines)
    }

    /// A notice of one part (most notices: a part is 256 KiB), read and written on this thread alone.
    private func writeOne(_ parts: NoticeParts, progress: (Int) -> Void) throws(Diagnostic) {
        let (texts, any, lines) = try Self.texts(of: parts, 0)
        if !any, let empty = parts.empty { throw empty }
        let segmenter = try make()
        if any, let lead = parts.lead { write(Self.lines(of: [lead.content.text][...], segmenter)) }
        write(Self.lines(of: texts[...], segmenter))
        progress(parts.firstLine - 1 + lines)
    }

    /// Reads `parts` on two cores, each thread taking the next part, reading its blocks and segmenting them, and
    /// writes each part's lines in order once it is done, the lead block's (the title's) before the first part
    /// that holds a block. The reading thread writes; while the window is full it waits for the next part to write.
    /// As with a notice streamed, the segmenter is made only for a notice with a body: with none, the notice's
    /// error is reported, not the rules'.
    func write(_ parts: NoticeParts, progress: (Int) -> Void) throws(Diagnostic) {
        if parts.count == 1 { return try writeOne(parts, progress: progress) }
        let run = PartRun(parts)
        run.helperDone.enter()
        let early = self.early
        queue.async {
            early.make()
            run.help(early.segmenter)
            run.helperDone.leave()
        }
        defer { run.stop() }
        let segmenter: Segmenter
        do {
            segmenter = try make()
        } catch {
            if let empty = parts.empty, !(0..<parts.count).contains(where: parts.holdsBlock) { throw empty }
            throw error
        }
        var lead = parts.lead.map { Self.lines(of: [$0.content.text][...], segmenter) }
        var written = 0
        var anyBlock = false
        // The last line of the parts written.
        var line = parts.firstLine - 1
        func writeNext() throws(Diagnostic) {
            let result = run.results[written]
            if let error = result.error { throw error }
            if result.holdsBlock, let l = lead {
                write(l)
                lead = nil
            }
            anyBlock = anyBlock || result.holdsBlock
            write(result.output)
            run.results[written] = PartLines()
            line += result.lines
            progress(line)
            written += 1
            run.slots.signal()
        }
        while written < parts.count {
            // Every part done in order is written first.
            if run.done[written].wait(timeout: .now()) == .success {
                try writeNext()
                continue
            }
            if run.slots.wait(timeout: .now()) == .success {
                if let k = run.take() {
                    run.work(k, segmenter)
                    continue
                }
                run.slots.signal()
            }
            // The window is full, or no part is left to take: the next part is the second thread's.
            run.done[written].wait()
            try writeNext()
        }
        if !anyBlock, let empty = parts.empty { throw empty }
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
