import Crypto
import Foundation
import ICU
import JejuSupport
import TranslationMemory

/// Reads one TMX memory on its own thread and hands its units to `COPY` as text rows in chunks, so that a
/// memory of any size is sent without being held whole: at most `slots` chunks wait at a time. A unit whose key
/// (source, context, target) came earlier in the file is not sent again: the server's unique key would drop it
/// anyway, and a memory new on the server takes the rows straight into its table.
final class UnitStream: @unchecked Sendable {
    /// What reading found, once the stream has ended.
    struct Outcome {
        var header = TMXHeader()
        var version = "1.4"
        /// Units with both languages, repeated ones included.
        var units = 0
        /// Units sent: the first of each key.
        var sent = 0
        var skipped = 0
        /// Whether any variant of any unit is in the locale (with or without the source language beside it).
        var sawLocale = false
        var error: Diagnostic?
    }

    /// The columns of each row, in order.
    static let columns = [
        "scope", "locale", "memory", "ordinal", "tuid", "source_text", "source_markup", "target_text",
        "target_markup", "context", "tmx", "occurrences", "token_count", "origin_file", "memory_id",
        "occurrence_hashes", "unit_hash", "command",
    ]

    let chunks: AsyncStream<[UInt8]>
    private let continuation: AsyncStream<[UInt8]>.Continuation
    private let slots = DispatchSemaphore(value: 4)
    private let lock = NSLock()
    private var stopped = false
    private var result = Outcome()
    private var readBytes = 0
    private let totalBytes: Int

    /// Where the rows go and what each of them repeats.
    struct Target {
        var scope: String
        var locale: String
        var memory: String
        /// The memory's number (`tm_memory.id`).
        var memoryID: Int
        var sourceLanguage: String
        var originFile: String
        /// The command that adds the units, for their history.
        var command: String
    }

    /// Starts reading `data` on a new thread.
    init(data: Data, path: String, target: Target) {
        totalBytes = max(data.count, 1)
        (chunks, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .unbounded)
        continuation.onTermination = { [weak self] _ in self?.stop() }
        let thread = Thread { [self] in self.produce(data: data, path: path, target: target) }
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

    /// A unit's key, as the unique key `(unit_hash, locale)` has it: the MD5 of its scope and memory (each after
    /// its length in bytes and a colon, so no two run together), source markup, context (U+001E for none) and
    /// target markup, the last three joined by U+001F. Migration 3 computed it so in SQL for the units then on the
    /// server; the server tests hold what Jeju sends to that expression.
    struct Key: Hashable {
        var high: UInt64
        var low: UInt64

        /// The MD5 state after a memory's scope and path, which every key of the memory starts with.
        static func prefix(scope: String, memory: String) -> Insecure.MD5 {
            var md5 = Insecure.MD5()
            md5.update(data: Array("\(scope.utf8.count):\(scope)\(memory.utf8.count):\(memory)".utf8))
            return md5
        }

        init(prefix: Insecure.MD5, sourceMarkup: String, context: String?, targetMarkup: String) {
            var md5 = prefix
            func add(_ text: String) {
                var text = text
                text.withUTF8 { md5.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            }
            add(sourceMarkup)
            if let context { add("\u{1F}\(context)\u{1F}") } else { add("\u{1F}\u{1E}\u{1F}") }
            add(targetMarkup)
            (high, low) = md5.finalize().withUnsafeBytes { raw in
                (
                    raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                    raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                )
            }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(low) }

        /// The key as a `uuid` in `COPY`'s text: the 32 hex digits of its MD5, in order.
        func append(to out: inout [UInt8]) {
            withUnsafeBytes(of: (high, low)) { Checksum.appendHex($0, to: &out) }
        }
    }

    private func produce(data: Data, path: String, target: Target) {
        var outcome = Outcome()
        defer {
            lock.withLock { result = outcome }
            continuation.finish()
        }
        let scorer: MatchScorer
        do { scorer = try MatchScorer(sourceLanguage: target.sourceLanguage, locale: target.locale) } catch {
            outcome.error = error; return
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        // What every row repeats, escaped once.
        var scopeLocaleMemory: [UInt8] = []
        for (i, value) in [target.scope, target.locale, target.memory].enumerated() {
            if i > 0 { scopeLocaleMemory.append(0x09) }
            CopyText.field(value, into: &scopeLocaleMemory)
        }
        // The last two fields, the same in every row.
        var originAndMemory: [UInt8] = []
        CopyText.field(target.originFile, into: &originAndMemory)
        CopyText.next(String(target.memoryID), into: &originAndMemory)
        var command: [UInt8] = []
        CopyText.next(target.command, into: &command)
        let keyPrefix = Key.prefix(scope: target.scope, memory: target.memory)
        var seen = Set<Key>()
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
                if !outcome.sawLocale {
                    outcome.sawLocale = unit.variants.contains { LanguageTag.includes(target.locale, $0.language) }
                }
                guard let s = unit.variant(in: target.sourceLanguage), let t = unit.variant(in: target.locale) else {
                    outcome.skipped += 1
                    return
                }
                outcome.units += 1
                let sourceMarkup = TMXWriter.markup(s.segment), targetMarkup = TMXWriter.markup(t.segment)
                let key = Key(
                    prefix: keyPrefix, sourceMarkup: sourceMarkup, context: unit.context, targetMarkup: targetMarkup)
                guard seen.insert(key).inserted else { return }
                outcome.sent += 1
                let tokens = scorer.indexTokens(s.segment.text)
                buffer.append(contentsOf: scopeLocaleMemory)
                CopyText.next(String(ordinal), into: &buffer)
                CopyText.next(unit.id, into: &buffer)
                CopyText.next(s.segment.text, into: &buffer)
                CopyText.next(sourceMarkup, into: &buffer)
                CopyText.next(t.segment.text, into: &buffer)
                CopyText.next(targetMarkup, into: &buffer)
                CopyText.next(unit.context, into: &buffer)
                CopyText.next(TMXWriter.markup(unit), into: &buffer)
                let occurrences = TokenOccurrences.of(tokens)
                buffer.append(0x09)
                CopyText.array(occurrences, into: &buffer)
                CopyText.next(String(tokens.count), into: &buffer)
                buffer.append(0x09)
                buffer.append(contentsOf: originAndMemory)
                buffer.append(0x09)
                CopyText.integers(TokenOccurrences.hashes(occurrences), into: &buffer)
                buffer.append(0x09)
                key.append(to: &buffer)
                buffer.append(contentsOf: command)
                buffer.append(0x0A)
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
