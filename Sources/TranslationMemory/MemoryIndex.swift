import Foundation
import GRDB
import ICU
import JejuSupport

/// The lookup index over a locale's memories, kept in `.jeju/tm-index.sqlite` (SQLite through GRDB) and loaded
/// into memory for lookups.
///
/// The TMX files are the truth; the index is rebuilt per file whenever a file's size or modification time
/// changed and its content hash differs, so deleting `.jeju/` loses nothing. Each file is (re)indexed in one
/// SQLite transaction: an interrupted run leaves the previous state, which the next run detects and repairs.
public final class MemoryIndex {
    /// The memories this index covers.
    public let files: MemoryFiles
    /// The source language (the project's).
    public let sourceLanguage: String
    let database: DatabaseQueue
    let databasePath: String
    var vocabulary: [String: UInt32] = [:]
    var vocabularyLoaded = false
    var indexed: [IndexedFile] = []
    /// Files left in the index file (`Loading.onDemand`), by their place in `indexed`, where a placeholder
    /// without units stands for each.
    var stored: [Int: StoredFile] = [:]
    let loading: Loading
    /// How many times a lookup read the part of a stored file it needed (for tests).
    var partsRead = 0
    let sourceTokenizer: SegmentTokenizer
    let targetTokenizer: SegmentTokenizer
    var fileBytes: [String: Data] = [:]
    var scratch: [Int32] = []
    var stamps: [[UInt32]] = []
    var stamp: UInt32 = 0
    /// What recent lookups found (`MemoryIndex.Recent`); forgotten whenever a file's index changes.
    var recent = Recent()

    /// Progress of a long (re)index: a phase name and a fraction 0…1.
    public typealias Progress = (String, Double) -> Void

    /// How an index is read when it is opened.
    public enum Loading: Sendable {
        /// Every file's index is read into memory: for many lookups.
        case whole
        /// Each lookup reads the postings and units it needs from the index file: for one lookup, or a few,
        /// in a large memory. A query of common words loads the file whole, once.
        case onDemand
    }

    /// The number of indexed units (those with both a source and a target variant).
    public var unitCount: Int { indexed.indices.reduce(0) { $0 + (stored[$1]?.count ?? indexed[$1].count) } }

    /// What was (re)indexed when opening: relative paths.
    public private(set) var rebuilt: [String] = []

    /// The index file.
    public static func url(for project: Project) -> URL {
        project.root.appendingPathComponent(".jeju").appendingPathComponent("tm-index.sqlite")
    }

    /// Opens the index of `locale`'s memories, bringing it up to date with the files first.
    /// With `synchronising` false nothing is read or loaded (for a writer that registers files it just wrote).
    public init(
        files: MemoryFiles, progress: Progress? = nil, synchronising: Bool = true, loading: Loading = .whole
    ) throws(Diagnostic) {
        self.files = files
        self.loading = loading
        self.sourceLanguage = files.project.config.source
        let url = Self.url(for: files.project)
        databasePath = url.path
        do {
            sourceTokenizer = try SegmentTokenizer(language: files.project.config.source)
            targetTokenizer = try SegmentTokenizer(language: files.locale)
        } catch {
            throw Diagnostic(
                rule: "icu.word-break", path: files.locale, message: "cannot open ICU word breaks: \(error)")
        }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            database = try Self.openDatabase(url)
        } catch {
            throw Diagnostic(rule: "tm.index", path: url.path, message: "cannot open the memory index: \(error)")
        }
        if loading == .whole { try loadVocabulary() }
        if synchronising { try synchronise(progress: progress) }
    }

    /// Reads every token's id (before new tokens are numbered, or for many lookups).
    func loadVocabulary() throws(Diagnostic) {
        guard !vocabularyLoaded else { return }
        do {
            try database.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM token")
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    let text: String = row[1]
                    vocabulary[text] = UInt32(id)
                }
            }
        } catch {
            throw Diagnostic(
                rule: "tm.index", path: databasePath, message: "cannot read the memory index: \(error)")
        }
        vocabularyLoaded = true
    }

    /// The ids of `words` that some unit has (without reading the whole vocabulary when it is not loaded).
    func knownIDs(_ words: [String]) throws(Diagnostic) -> [String: UInt32] {
        if vocabularyLoaded { return vocabulary }
        do {
            return try database.read { db in
                var found: [String: UInt32] = [:]
                let statement = try db.makeStatement(sql: "SELECT id FROM token WHERE text = ?")
                for word in Set(words) {
                    if let id = try Int64.fetchOne(statement, arguments: [word]) { found[word] = UInt32(id) }
                }
                return found
            }
        } catch {
            throw fail(error)
        }
    }

    static let schemaVersion = 2

    /// How long a connection waits for another that holds the index (seconds).
    static let busyTimeout: TimeInterval = 60

    static func openDatabase(_ url: URL) throws -> DatabaseQueue {
        func make() throws -> DatabaseQueue {
            var config = Configuration()
            // Another process reading or refreshing the index holds it for moments: wait rather than fail.
            config.busyMode = .timeout(busyTimeout)
            config.prepareDatabase { db in
                try useWriteAheadLog(db)
                // Pages read through a memory map, not copied by read(2): loading the index is reading its blobs.
                try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            }
            let queue = try DatabaseQueue(path: url.path, configuration: config)
            try queue.write { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if version != schemaVersion {
                    for table in ["filedata", "file", "token"] { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
                    try db.execute(
                        sql: """
                            CREATE TABLE token(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
                            CREATE TABLE file(
                                path TEXT PRIMARY KEY, locale TEXT NOT NULL, size INTEGER NOT NULL, mtime REAL NOT NULL,
                                hash TEXT NOT NULL, penalty INTEGER NOT NULL, shift INTEGER NOT NULL, units INTEGER NOT NULL);
                            CREATE TABLE filedata(
                                path TEXT PRIMARY KEY REFERENCES file(path) ON DELETE CASCADE,
                                tokenStarts BLOB NOT NULL, tokens BLOB NOT NULL, offsets BLOB NOT NULL, lengths BLOB NOT NULL,
                                ordinals BLOB NOT NULL, contexts BLOB NOT NULL, postTokens BLOB NOT NULL,
                                postStarts BLOB NOT NULL, postUnits BLOB NOT NULL);
                            PRAGMA user_version = \(schemaVersion);
                            """)
                }
            }
            return queue
        }
        do {
            return try make()
        } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
            // Busy is not damage: never delete an index another process is using.
            throw error
        } catch {
            // A damaged index is only a cache: start it afresh.
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
            return try make()
        }
    }

    /// Puts the index in write-ahead-log mode, which lasts in the file: the first opener switches it.
    ///
    /// The switch needs the file to itself, and SQLite refuses it at once, without waiting through the busy
    /// timeout, while another connection has a new index open (several locales of one command, or two commands,
    /// meeting a fresh `.jeju/`). It is tried again for as long as that timeout; a connection that finds the mode
    /// already set changes nothing.
    static func useWriteAheadLog(_ db: Database) throws {
        let deadline = Date(timeIntervalSinceNow: busyTimeout)
        while true {
            do {
                if try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")?.lowercased() == "wal" { return }
                // SQLite answers with the mode it kept when it could not switch.
                if Date() >= deadline {
                    throw DatabaseError(resultCode: .SQLITE_BUSY, message: "cannot switch the index to WAL mode")
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {}
            usleep(2_000)
        }
    }

    func fail(_ error: Error) -> Diagnostic {
        if let d = error as? Diagnostic { return d }
        return Diagnostic(rule: "tm.index", path: databasePath, message: "memory index: \(error)")
    }

    /// Brings the index up to date with the files and loads it.
    func synchronise(progress: Progress?) throws(Diagnostic) {
        let project = files.project
        let urls = files.existing
        let paths = urls.map { project.relativePath($0) }
        do {
            let rows = try database.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT path, size, mtime, hash, penalty FROM file WHERE locale = ?",
                    arguments: [files.locale])
            }
            var known: [String: (size: Int64, mtime: Double, hash: String, penalty: Int)] = [:]
            for row in rows { known[row[0]] = (row[1], row[2], row[3], row[4]) }
            let snapshot = loading == .onDemand ? IndexSnapshot(path: databasePath) : nil
            /// A file whose index is current: left in the index file when reading on demand, else loaded.
            func current(_ path: String, _ s: (size: Int64, mtime: Double, hash: String, penalty: Int)) throws
                -> IndexedFile?
            {
                if let snapshot, let file = StoredFile(snapshot: snapshot, path: path, hash: s.hash, penalty: s.penalty)
                {
                    stored[indexed.count] = file
                    return IndexedFile.placeholder(path: path, penalty: s.penalty)
                }
                return try load(path)
            }
            try database.write { db in
                for (path, _) in known where !paths.contains(path) {
                    try db.execute(sql: "DELETE FROM filedata WHERE path = ?", arguments: [path])
                    try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path])
                }
            }
            indexed = []
            stored = [:]
            recent = Recent()
            for (url, path) in zip(urls, paths) {
                let (size, mtime) = FileStamp.of(url)
                if let s = known[path] {
                    if s.size == size && s.mtime == mtime, let file = try current(path, s) {
                        indexed.append(file)
                        continue
                    }
                    let data = try Self.read(url)
                    if Checksum.fast(data) == s.hash, let file = try current(path, s) {
                        try database.write { db in
                            try db.execute(
                                sql: "UPDATE file SET mtime = ?, size = ? WHERE path = ?",
                                arguments: [mtime, size, path])
                        }
                        indexed.append(file)
                        continue
                    }
                }
                indexed.append(try reindex(url, path: path, progress: progress))
                rebuilt.append(path)
            }
        } catch {
            throw fail(error)
        }
        stamps = indexed.map { [UInt32](repeating: 0, count: $0.count) }
    }

    static func read(_ url: URL) throws(Diagnostic) -> Data {
        do {
            return try TextFile.mapped(url, shown: url.path)
        } catch {
            throw Diagnostic(rule: "io.read", path: url.path, message: "cannot read: \(error.localizedDescription)")
        }
    }

    func load(_ path: String) throws -> IndexedFile? {
        try database.read { db -> IndexedFile? in
            guard let f = try Row.fetchOne(db, sql: "SELECT penalty FROM file WHERE path = ?", arguments: [path])
            else { return nil }
            // A cursor's row is not copied: each blob goes once from SQLite's buffer into its array.
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT tokenStarts, tokens, offsets, lengths, ordinals, contexts, postTokens, postStarts, postUnits
                    FROM filedata WHERE path = ?
                    """, arguments: [path])
            guard let r = try rows.next() else { return nil }
            func u32(_ i: Int) throws -> [UInt32] {
                try r.withUnsafeData(atIndex: i) { Blob.array($0 ?? Data(), as: UInt32.self) }
            }
            let penalty: Int = f[0]
            return IndexedFile(
                path: path, penalty: penalty, tokenStarts: try u32(0), tokens: try u32(1),
                offsets: try r.withUnsafeData(atIndex: 2) { Blob.array($0 ?? Data(), as: UInt64.self) },
                lengths: try u32(3), ordinals: try u32(4),
                contexts: try r.withUnsafeData(atIndex: 5) { Blob.array($0 ?? Data(), as: UInt64.self) },
                postTokens: try u32(6), postStarts: try u32(7), postUnits: try u32(8))
        }
    }

    /// The units of a document that the index covers: position, source text, byte range.
    struct UnitEntry {
        var ordinal: Int
        var source: String
        var context: String?
        var range: Range<Int>
    }

    /// Reads and indexes one file.
    private func reindex(_ url: URL, path: String, progress: Progress?) throws -> IndexedFile {
        let data = try Self.read(url)
        var entries: [UnitEntry] = []
        var ordinal = 0
        let source = sourceLanguage, locale = files.locale
        let total = Double(max(data.count, 1))
        let document = try TMXReader.read(data, path: path) { unit, range throws(Diagnostic) in
            ordinal += 1
            if ordinal % 20_000 == 0 { progress?("reading \(path)", Double(range.upperBound) / total) }
            guard let s = unit.variant(in: source), unit.variant(in: locale) != nil else { return }
            entries.append(UnitEntry(ordinal: ordinal, source: s.segment.text, context: unit.context, range: range))
        }
        let shift = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : (XMLInput.needsTranscoding(data) ? -1 : 0)
        return try store(
            entries: entries, path: path, data: data, penalty: Self.penalty(document.header), shift: shift,
            progress: progress)
    }

    static func penalty(_ header: TMXHeader) -> Int {
        Int(header.properties.first { $0.type == MemoryFiles.penaltyProperty }?.value ?? "") ?? 0
    }

    /// Tokenizes `entries` and stores the file's index in one transaction.
    func store(
        entries: [UnitEntry], path: String, data: some ContiguousBytes, penalty: Int, shift: Int, progress: Progress?
    ) throws
        -> IndexedFile
    {
        try loadVocabulary()
        var (tokenStarts, tokens, newWords) = tokenize(
            entries, progress: progress.map { p in { p("indexing \(path)", $0) } })
        try number(newWords, in: &tokens)
        let offsets = entries.map { UInt64($0.range.lowerBound) }
        let lengths = entries.map { UInt32($0.range.count) }
        let ordinals = entries.map { UInt32($0.ordinal) }
        let contexts = entries.map { IndexedFile.contextKey($0.context) }
        let file = IndexedFile.build(
            path: path, penalty: penalty, tokenStarts: tokenStarts, tokens: tokens, offsets: offsets,
            lengths: lengths, ordinals: ordinals, contexts: contexts, vocabularySize: Int(tokens.max() ?? 0) + 1)
        let url = files.project.url(path)
        let (size, mtime) = FileStamp.of(url)
        let hash = Checksum.fast(data)
        try database.write { db in
            try db.execute(sql: "DELETE FROM filedata WHERE path = ?", arguments: [path])
            try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path])
            try db.execute(
                sql: """
                    INSERT INTO file(path, locale, size, mtime, hash, penalty, shift, units) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [path, files.locale, size, mtime, hash, penalty, shift, entries.count])
            try db.execute(
                sql: """
                    INSERT INTO filedata(path, tokenStarts, tokens, offsets, lengths, ordinals, contexts, postTokens,
                        postStarts, postUnits)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    path, Blob.data(file.tokenStarts), Blob.data(file.tokens), Blob.data(file.offsets),
                    Blob.data(file.lengths), Blob.data(file.ordinals), Blob.data(file.contexts),
                    Blob.data(file.postTokens),
                    Blob.data(file.postStarts), Blob.data(file.postUnits),
                ])
        }
        fileBytes[path] = nil
        return file
    }

    /// Stores the words `tokenize` met first, with the ids they get in the index file, and gives `tokens` those
    /// ids. Another index of the project (another locale, in this process or another) may have stored words since
    /// this one read the vocabulary: a word stored meanwhile keeps its id, and a new one takes the next free id,
    /// all in one transaction.
    private func number(_ newWords: [(String, UInt32)], in tokens: inout [UInt32]) throws {
        guard !newWords.isEmpty else { return }
        let final = try database.write { db -> [UInt32: UInt32] in
            var final: [UInt32: UInt32] = [:]
            var next = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM token") ?? 0) + 1
            let find = try db.makeStatement(sql: "SELECT id FROM token WHERE text = ?")
            let insert = try db.makeStatement(sql: "INSERT INTO token(id, text) VALUES (?, ?)")
            for (word, provisional) in newWords {
                if let stored = try Int64.fetchOne(find, arguments: [word]) {
                    final[provisional] = UInt32(stored)
                } else {
                    try insert.execute(arguments: [next, word])
                    final[provisional] = UInt32(next)
                    next += 1
                }
            }
            return final
        }
        for (word, provisional) in newWords { vocabulary[word] = final[provisional] }
        // Provisional ids lie above every id this index knew, so only new words' tokens are renumbered.
        guard final.contains(where: { $0.key != $0.value }), let lowest = newWords.map(\.1).min() else { return }
        for i in tokens.indices where tokens[i] >= lowest {
            if let id = final[tokens[i]] { tokens[i] = id }
        }
    }

    /// Token ids for every entry; new words get new ids (returned for storing).
    private func tokenize(_ entries: [UnitEntry], progress: ((Double) -> Void)?) -> (
        [UInt32], [UInt32], [(String, UInt32)]
    ) {
        let workers = entries.count >= 50_000 ? 2 : 1
        let chunk = (entries.count + workers - 1) / max(workers, 1)
        // Each worker folds with its own ICU iterator and numbers its words locally; ids are merged after.
        final class Part: @unchecked Sendable {
            var starts: [UInt32] = [0]
            var tokens: [UInt32] = []
            var words: [String] = []
            var local: [String: UInt32] = [:]
        }
        /// The workers' shared input; each worker touches only its own part and tokenizer.
        final class Work: @unchecked Sendable {
            let sources: [String]
            let parts: [Part]
            let tokenizers: [SegmentTokenizer]
            let progress: ((Double) -> Void)?
            init(
                _ sources: [String], _ parts: [Part], _ tokenizers: [SegmentTokenizer], _ progress: ((Double) -> Void)?
            ) {
                self.sources = sources; self.parts = parts; self.tokenizers = tokenizers; self.progress = progress
            }
        }
        let language = sourceLanguage
        let tokenizers = (0..<workers).map { i in
            i == 0 ? sourceTokenizer : (try? SegmentTokenizer(language: language)) ?? sourceTokenizer
        }
        let work = Work(entries.map(\.source), (0..<workers).map { _ in Part() }, tokenizers, progress)
        let count = entries.count
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let part = work.parts[w]
            let tokenizer = work.tokenizers[w]
            let lower = w * chunk, upper = min(count, lower + chunk)
            guard lower < upper else { return }
            part.tokens.reserveCapacity((upper - lower) * 16)
            for i in lower..<upper {
                for word in tokenizer.tokens(work.sources[i]).words {
                    let id: UInt32
                    if let known = part.local[word] {
                        id = known
                    } else {
                        id = UInt32(part.words.count)
                        part.local[word] = id
                        part.words.append(word)
                    }
                    part.tokens.append(id)
                }
                part.starts.append(UInt32(part.tokens.count))
                if w == 0, (i - lower) % 20_000 == 0 {
                    work.progress?(Double(i - lower) / Double(max(upper - lower, 1)))
                }
            }
        }
        let parts = work.parts
        var tokenStarts: [UInt32] = [0]
        var tokens: [UInt32] = []
        tokenStarts.reserveCapacity(count + 1)
        var newWords: [(String, UInt32)] = []
        // Provisional ids for new words, above every id this index knows (`number` gives them their final ids).
        var next = (vocabulary.values.max() ?? 0) + 1
        for part in parts {
            let remap = part.words.map { word -> UInt32 in
                if let id = vocabulary[word] { return id }
                let id = next
                next += 1
                vocabulary[word] = id
                newWords.append((word, id))
                return id
            }
            let base = UInt32(tokens.count)
            for t in part.tokens { tokens.append(remap[Int(t)]) }
            for s in part.starts.dropFirst() { tokenStarts.append(base + s) }
        }
        return (tokenStarts, tokens, newWords)
    }

    /// Indexes a file just written from `document` (byte ranges from the writer), sparing a second parse.
    public func register(_ url: URL, document: TMXDocument, ranges: [Range<Int>], data: Data, progress: Progress? = nil)
        throws(Diagnostic)
    {
        var entries: [UnitEntry] = []
        for (i, unit) in document.units.enumerated() {
            guard let s = unit.variant(in: sourceLanguage), unit.variant(in: files.locale) != nil else { continue }
            entries.append(UnitEntry(ordinal: i + 1, source: s.segment.text, context: unit.context, range: ranges[i]))
        }
        try register(url, entries: entries, penalty: Self.penalty(document.header), data: data, progress: progress)
    }

    /// Indexes a file just written as `data`, given the units the index covers (a writer that streams keeps
    /// these instead of the document).
    func register(
        _ url: URL, entries: [UnitEntry], penalty: Int, data: some ContiguousBytes, progress: Progress? = nil
    ) throws(Diagnostic) {
        let path = files.project.relativePath(url)
        do {
            let file = try store(
                entries: entries, path: path, data: data, penalty: penalty, shift: 0, progress: progress)
            recent = Recent()
            if let i = indexed.firstIndex(where: { $0.path == path }) {
                indexed[i] = file
                stamps[i] = [UInt32](repeating: 0, count: file.count)
            } else {
                indexed.append(file)
                stamps.append([UInt32](repeating: 0, count: file.count))
            }
        } catch {
            throw fail(error)
        }
    }

    /// The size of the index file(s) on disk, in bytes.
    public var diskSize: Int64 {
        ["", "-wal"].reduce(Int64(0)) { sum, suffix in
            let a = (try? FileManager.default.attributesOfItem(atPath: databasePath + suffix)) ?? [:]
            return sum + ((a[.size] as? NSNumber)?.int64Value ?? 0)
        }
    }

    /// Folds the write-ahead log into the database file.
    public func checkpoint() {
        try? database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }
}
