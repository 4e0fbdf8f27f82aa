import Foundation
import JejuSupport
import TranslationMemory

/// Reads one TMX memory on its own thread and hands its units to `COPY` as text rows in chunks, so that a
/// memory of any size is sent without being held whole: at most `slots` chunks wait at a time.
final class UnitStream: @unchecked Sendable {
    /// What reading found, once the stream has ended.
    struct Outcome {
        var header = TMXHeader()
        var version = "1.4"
        var units = 0
        var skipped = 0
        var error: Diagnostic?
    }

    let chunks: AsyncStream<[UInt8]>
    private let continuation: AsyncStream<[UInt8]>.Continuation
    private let slots = DispatchSemaphore(value: 4)
    private let lock = NSLock()
    private var stopped = false
    private var result = Outcome()
    private var readBytes = 0
    private let totalBytes: Int

    /// Starts reading `data` (the memory `memory` of `locale`) on a new thread.
    init(data: Data, path: String, memory: String, locale: String, sourceLanguage: String, originFile: String) {
        totalBytes = max(data.count, 1)
        (chunks, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .unbounded)
        continuation.onTermination = { [weak self] _ in self?.stop() }
        let thread = Thread { [self] in
            self.produce(
                data: data, path: path, memory: memory, locale: locale, sourceLanguage: sourceLanguage,
                originFile: originFile)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Called by the consumer after it has sent a chunk.
    func sent() { slots.signal() }

    /// How much of the memory has been read, 0…1.
    var fractionRead: Double { lock.withLock { Double(readBytes) / Double(totalBytes) } }

    /// What reading found (valid after `chunks` ended).
    var outcome: Outcome { lock.withLock { result } }

    private func stop() {
        lock.withLock { stopped = true }
        for _ in 0..<8 { slots.signal() }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func produce(
        data: Data, path: String, memory: String, locale: String, sourceLanguage: String, originFile: String
    ) {
        var outcome = Outcome()
        defer {
            lock.withLock { result = outcome }
            continuation.finish()
        }
        let scorer: MatchScorer
        do { scorer = try MatchScorer(sourceLanguage: sourceLanguage, locale: locale) } catch {
            outcome.error = error; return
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var ordinal = 0
        func flush() throws(Diagnostic) {
            if buffer.isEmpty { return }
            slots.wait()
            if isStopped { throw Diagnostic(rule: "tm.push-stopped", path: path, message: "the upload was stopped") }
            continuation.yield(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        do {
            let document = try TMXReader.read(data, path: path) { unit, range throws(Diagnostic) in
                ordinal += 1
                if ordinal % 4096 == 0 { lock.withLock { readBytes = range.upperBound } }
                guard let s = unit.variant(in: sourceLanguage), let t = unit.variant(in: locale) else {
                    outcome.skipped += 1
                    return
                }
                outcome.units += 1
                let tokens = scorer.indexTokens(s.segment.text)
                CopyText.row(
                    [
                        .text(locale), .text(memory), .text(String(ordinal)), .text(unit.id),
                        .text(s.segment.text), .text(TMXWriter.markup(s.segment)),
                        .text(t.segment.text), .text(TMXWriter.markup(t.segment)),
                        .text(unit.context), .text(TMXWriter.markup(unit)), .array(tokens),
                        .array(TokenOccurrences.of(tokens)), .text(String(tokens.count)),
                        .text(originFile),
                    ], into: &buffer)
                if buffer.count >= 1 << 20 { try flush() }
            }
            try flush()
            outcome.header = document.header
            outcome.version = document.version
        } catch {
            outcome.error = error
        }
    }
}
