import Foundation
import GRDBSQLite

/// A read-only view of the index file that reads a file's columns in parts, through SQLite's incremental blob
/// I/O (`sqlite3_blob_read`, which GRDB does not wrap). One lookup reads the postings of its rarest tokens and
/// the units they name, not the whole index: at 1,000,000 units that is kilobytes instead of 85 MB.
///
/// The connection holds one read transaction from its first read to its close, so every part it reads comes
/// from one state of the index, whatever other processes write meanwhile.
final class IndexSnapshot {
    private var connection: OpaquePointer?

    init?(path: String) {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            sqlite3_close(db)
            return nil
        }
        connection = db
        sqlite3_busy_timeout(db, 60_000)
        guard sqlite3_exec(db, "PRAGMA mmap_size = 1073741824; BEGIN", nil, nil, nil) == SQLITE_OK else {
            return nil
        }
    }

    deinit {
        sqlite3_exec(connection, "COMMIT", nil, nil, nil)
        sqlite3_close(connection)
    }

    /// The row of `path`'s index when its content hash is still `hash` (nil: changed or missing).
    func row(path: String, hash: String) -> Int64? {
        var statement: OpaquePointer?
        let sql = "SELECT f.hash, d.rowid FROM file f JOIN filedata d ON d.path = f.path WHERE f.path = ?"
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        sqlite3_bind_text(statement, 1, path, -1, transient)
        guard sqlite3_step(statement) == SQLITE_ROW, let text = sqlite3_column_text(statement, 0),
            String(cString: text) == hash
        else { return nil }
        return sqlite3_column_int64(statement, 1)
    }

    /// A column of the `filedata` row `row`, or nil when it cannot be opened.
    func column<T: FixedWidthInteger>(_ name: String, row: Int64, as: T.Type) -> StoredColumn<T>? {
        var blob: OpaquePointer?
        guard sqlite3_blob_open(connection, "main", "filedata", name, row, 0, &blob) == SQLITE_OK, let blob else {
            return nil
        }
        return StoredColumn(snapshot: self, blob: blob)
    }
}

/// One blob of fixed-width numbers, read a range at a time.
final class StoredColumn<T: FixedWidthInteger> {
    // Keeps the connection open while the blob is.
    private let snapshot: IndexSnapshot
    private let blob: OpaquePointer
    /// The number of elements.
    let count: Int

    fileprivate init(snapshot: IndexSnapshot, blob: OpaquePointer) {
        self.snapshot = snapshot
        self.blob = blob
        count = Int(sqlite3_blob_bytes(blob)) / MemoryLayout<T>.size
        // Reading the last byte walks the blob's chain of overflow pages once and leaves every page's number in
        // the blob's cache; later reads then go straight to their page instead of walking the chain again.
        var last: UInt8 = 0
        let bytes = sqlite3_blob_bytes(blob)
        if bytes > 0 { sqlite3_blob_read(blob, &last, 1, bytes - 1) }
    }

    deinit { sqlite3_blob_close(blob) }

    /// Elements `range` appended to `buffer`; false when the blob cannot be read.
    func read(_ range: Range<Int>, into buffer: inout [T]) -> Bool {
        guard !range.isEmpty else { return true }
        guard range.lowerBound >= 0, range.upperBound <= count else { return false }
        let size = MemoryLayout<T>.size
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: range.count))
        return buffer.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return sqlite3_blob_read(
                blob, base + start * size, Int32(range.count * size), Int32(range.lowerBound * size)) == SQLITE_OK
        }
    }

    /// Every element.
    func all() -> [T]? {
        var out: [T] = []
        out.reserveCapacity(count)
        return read(0..<count, into: &out) ? out : nil
    }
}

/// A file's index left in the index file: its postings' directory is read, the rest on demand. A lookup turns it
/// into the `IndexedFile` of the units it can find (`subset`).
final class StoredFile {
    let path: String
    let penalty: Int
    let count: Int
    private let postTokens: [UInt32]
    private let postStarts: [UInt32]
    private let postUnits: StoredColumn<UInt32>
    private let tokenStarts: StoredColumn<UInt32>
    private let tokens: StoredColumn<UInt32>
    private let offsets: StoredColumn<UInt64>
    private let lengths: StoredColumn<UInt32>
    private let ordinals: StoredColumn<UInt32>
    private let contexts: StoredColumn<UInt64>

    /// Opens `path`'s columns in `snapshot`, or nil when its index there is not the one with `hash`.
    init?(snapshot: IndexSnapshot, path: String, hash: String, penalty: Int) {
        guard let row = snapshot.row(path: path, hash: hash),
            let postTokens = snapshot.column("postTokens", row: row, as: UInt32.self)?.all(),
            let postStarts = snapshot.column("postStarts", row: row, as: UInt32.self)?.all(),
            let postUnits = snapshot.column("postUnits", row: row, as: UInt32.self),
            let tokenStarts = snapshot.column("tokenStarts", row: row, as: UInt32.self),
            let tokens = snapshot.column("tokens", row: row, as: UInt32.self),
            let offsets = snapshot.column("offsets", row: row, as: UInt64.self),
            let lengths = snapshot.column("lengths", row: row, as: UInt32.self),
            let ordinals = snapshot.column("ordinals", row: row, as: UInt32.self),
            let contexts = snapshot.column("contexts", row: row, as: UInt64.self),
            postStarts.count == postTokens.count + 1, tokenStarts.count == ordinals.count + 1
        else { return nil }
        self.path = path
        self.penalty = penalty
        self.count = ordinals.count
        self.postTokens = postTokens
        self.postStarts = postStarts
        self.postUnits = postUnits
        self.tokenStarts = tokenStarts
        self.tokens = tokens
        self.offsets = offsets
        self.lengths = lengths
        self.ordinals = ordinals
        self.contexts = contexts
    }

    /// The range of `token`'s postings in `postUnits` (empty when no unit has it).
    private func postingRange(_ token: UInt32) -> Range<Int> {
        IndexedFile.postingRange(token, postTokens: postTokens, postStarts: postStarts)
    }

    /// The units a lookup of `ids` with minimum `t` can find, as an `IndexedFile` of their own: the postings of
    /// the tokens `MemoryIndex.candidates` walks (the same ones, chosen by the same document frequencies), the
    /// units in them whose length can qualify, and those units' tokens and places. nil when reading it would
    /// cost more than reading the file whole (a query of common words), or the index cannot be read.
    func subset(ids: [UInt32], minimum t: Int) -> IndexedFile? {
        let n = ids.count
        guard n > 0, t > 0 else { return nil }
        var frequencies: [UInt32: Int] = [:]
        for id in ids { frequencies[id] = postingRange(id).count }
        let walked = Array(Set(IndexedFile.walkedTokens(ids, minimum: t) { frequencies[$0] ?? 0 }))
        // At 1,000,000 units, a walk over 137,000 of them reads in 63 ms on demand and the whole file in 175 ms:
        // past a quarter of the file, reading it whole is cheaper.
        guard walked.reduce(0, { $0 + frequencies[$1, default: 0] }) <= max(count / 4, 1_000) else { return nil }
        let (lowest, highest) = IndexedFile.lengthBounds(queryLength: n, minimum: t)
        var lists: [[UInt32]] = []
        var units = Set<UInt32>()
        for token in walked {
            var list: [UInt32] = []
            guard postUnits.read(postingRange(token), into: &list) else { return nil }
            lists.append(list)
            units.formUnion(list)
        }
        var starts: [UInt32] = [0], unitTokens: [UInt32] = [], kept: [UInt32] = []
        var local: [UInt32: UInt32] = [:]
        var pair: [UInt32] = []
        var unitOffsets: [UInt64] = [], unitLengths: [UInt32] = [], unitOrdinals: [UInt32] = []
        var unitContexts: [UInt64] = []
        for u in units.sorted() {
            let i = Int(u)
            pair.removeAll(keepingCapacity: true)
            guard tokenStarts.read(i..<(i + 2), into: &pair) else { return nil }
            let m = Int(pair[1] - pair[0])
            if m < lowest || m > highest { continue }
            guard tokens.read(Int(pair[0])..<Int(pair[1]), into: &unitTokens),
                offsets.read(i..<(i + 1), into: &unitOffsets), lengths.read(i..<(i + 1), into: &unitLengths),
                ordinals.read(i..<(i + 1), into: &unitOrdinals), contexts.read(i..<(i + 1), into: &unitContexts)
            else { return nil }
            local[u] = UInt32(kept.count)
            kept.append(u)
            starts.append(UInt32(unitTokens.count))
        }
        var postTokens: [UInt32] = [], postStarts: [UInt32] = [], postUnits: [UInt32] = []
        for (token, list) in zip(walked, lists).sorted(by: { $0.0 < $1.0 }) {
            postTokens.append(token)
            postStarts.append(UInt32(postUnits.count))
            postUnits.append(contentsOf: list.compactMap { local[$0] })
        }
        postStarts.append(UInt32(postUnits.count))
        return IndexedFile(
            path: path, penalty: penalty, tokenStarts: starts, tokens: unitTokens, offsets: unitOffsets,
            lengths: unitLengths, ordinals: unitOrdinals, contexts: unitContexts, postTokens: postTokens,
            postStarts: postStarts, postUnits: postUnits, frequencies: frequencies)
    }
}
