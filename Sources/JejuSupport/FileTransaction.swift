import Foundation

import CJejuSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A write that spans several files, all or nothing, also across `kill -9` and power loss.
///
/// Each new file is written in full beside its target and flushed (`stage`; files written by `prepareIfChanged`
/// are flushed together, before the journal, by `commit`). `commit` then writes the journal
/// `.jeju/journal` — the list of renames still to do — atomically, performs the renames, and removes the journal.
/// Before the journal exists nothing visible has changed; once it exists the change is decided, and a process
/// killed halfway through the renames leaves the journal behind for the next command to finish (`recover`, run
/// when the project lock is taken). Renames are idempotent, so recovery can itself be interrupted and rerun.
public struct FileTransaction {
    /// The project root (where `.jeju/journal` lives).
    public let root: URL
    private var staged: [(temp: URL, target: URL)] = []
    /// The targets staged, by path: an extract stages thousands of files, and staging one again replaces it.
    private var stagedPaths: Set<String> = []
    /// Staged files written without being flushed (`prepareIfChanged`): `commit` flushes them all at once.
    private var unflushed: [URL] = []

    /// A transaction over files of the project at `root`.
    public init(root: URL) { self.root = root }

    /// The journal of the project at `root`.
    public static func journalURL(root: URL) -> URL {
        root.appendingPathComponent(".jeju").appendingPathComponent("journal")
    }

    /// The files staged so far.
    public var targets: [URL] { staged.map(\.target) }

    /// Whether nothing was staged.
    public var isEmpty: Bool { staged.isEmpty }

    /// Writes `data` in full beside `url` and flushes it; `url` itself changes only on `commit`. Staging the
    /// same target again replaces the earlier data.
    public mutating func stage(_ data: some ContiguousBytes, to url: URL) throws(Diagnostic) {
        record(try Self.write(data, beside: url, flushing: true))
    }

    /// Writes `data` in full beside `url` (hidden, named for this process), flushed or not.
    private static func write(_ data: some ContiguousBytes, beside url: URL, flushing: Bool) throws(Diagnostic)
        -> PreparedFile
    {
        let target = url.standardizedFileURL
        let temp = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).jeju-txn-\(getpid())")
        try AtomicFile.writeFlushed(data, to: temp, reporting: target, flushing: flushing)
        return PreparedFile(temp: temp, target: target)
    }

    /// Whether `url` holds exactly `data` (its size is asked first).
    private static func holds(_ data: Data, at url: URL) -> Bool {
        FileStamp.of(url).size == Int64(data.count) && (try? Data(contentsOf: url)) == data
    }

    /// Adds a written file to the files staged (replacing what was staged for its target).
    private mutating func record(_ file: PreparedFile) {
        if !stagedPaths.insert(file.target.path).inserted { staged.removeAll { $0.target == file.target } }
        staged.append((file.temp, file.target))
    }

    /// A file written beside its target by `prepareIfChanged`, for `adopt` to stage.
    public struct PreparedFile: Sendable {
        let temp: URL
        let target: URL
    }

    /// Writes `data` in full beside `url`, unless `url` already holds exactly those bytes (nil): the part of
    /// `stageIfChanged` that threads may run at once, each for its own target. It is not flushed file by file:
    /// `commit` flushes every prepared file at once (one `syncfs(2)` per file system) before it writes its
    /// journal, so the guarantee is `stage`'s. The file belongs to no transaction until one `adopt`s it; one that
    /// is not adopted must be `discard`ed.
    public static func prepareIfChanged(_ data: Data, to url: URL) throws(Diagnostic) -> PreparedFile? {
        holds(data, at: url) ? nil : try write(data, beside: url, flushing: false)
    }

    /// Stages a prepared file (replacing what was staged for its target).
    public mutating func adopt(_ file: PreparedFile) {
        record(file)
        unflushed.append(file.temp)
    }

    /// Flushes the prepared files: one `syncfs(2)` on each file system they are on, or, where that fails, each
    /// file with `fsync(2)`.
    private mutating func flushPrepared() throws(Diagnostic) {
        guard !unflushed.isEmpty else { return }
        let folders = Set(unflushed.map { $0.deletingLastPathComponent().path })
        var byDevice: [UInt64: String] = [:]
        for folder in folders {
            var s = stat()
            if stat(folder, &s) == 0 { byDevice[UInt64(s.st_dev)] = folder }
        }
        var synced = byDevice.count > 0
        for folder in byDevice.values {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd < 0 || jeju_syncfs(fd) != 0 { synced = false }
            if fd >= 0 { close(fd) }
        }
        if !synced {
            for url in unflushed {
                let fd = open(url.path, O_RDONLY | O_CLOEXEC)
                let ok = fd >= 0 && fsync(fd) == 0
                let error = errno
                if fd >= 0 { close(fd) }
                guard ok else {
                    abandon()
                    throw Diagnostic(
                        rule: "io.write", path: url.path, message: "cannot flush: \(String(cString: strerror(error)))")
                }
            }
        }
        unflushed = []
    }

    /// Removes a prepared file no transaction adopted.
    public static func discard(_ file: PreparedFile) { unlink(file.temp.path) }

    /// Stages `data` only when `url` does not already hold exactly those bytes; returns whether it staged.
    @discardableResult
    public mutating func stageIfChanged(_ data: Data, to url: URL) throws(Diagnostic) -> Bool {
        if Self.holds(data, at: url) { return false }
        try stage(data, to: url)
        return true
    }

    /// Makes every staged file visible: all of them, or (if this throws before the journal is written) none.
    public mutating func commit() throws(Diagnostic) {
        defer { staged = []; stagedPaths = []; unflushed = [] }
        guard !staged.isEmpty else { return }
        try flushPrepared()
        if staged.count == 1 {
            // One file: a rename is already all or nothing.
            let (temp, target) = staged[0]
            guard rename(temp.path, target.path) == 0 else {
                let error = String(cString: strerror(errno))
                unlink(temp.path)
                throw Diagnostic(rule: "io.write", path: target.path, message: "cannot write: \(error)")
            }
            AtomicFile.syncFolder(target.deletingLastPathComponent())
            return
        }
        let journal = Self.journalURL(root: root)
        let lines = staged.map { "\($0.temp.path)\t\($0.target.path)\n" }.joined()
        do {
            try AtomicFile.write(Data(("jeju-journal 1\n" + lines).utf8), to: journal)
        } catch {
            abandon()
            throw error
        }
        AtomicFile.syncFolder(journal.deletingLastPathComponent())
        try Self.replay(journal: journal)
    }

    /// Removes the staged files; nothing visible changes.
    public mutating func abandon() {
        for s in staged { unlink(s.temp.path) }
        staged = []
        stagedPaths = []
        unflushed = []
    }

    /// Whether a committed transaction waits to be finished.
    public static func hasPendingCommit(root: URL) -> Bool {
        FileManager.default.fileExists(atPath: journalURL(root: root).path)
    }

    /// Finishes a transaction a killed process committed but did not complete. Call with the project lock held
    /// exclusively.
    public static func recover(root: URL) throws(Diagnostic) {
        let journal = journalURL(root: root)
        guard FileManager.default.fileExists(atPath: journal.path) else { return }
        try replay(journal: journal)
    }

    private static func replay(journal: URL) throws(Diagnostic) {
        guard let data = try? Data(contentsOf: journal) else {
            throw Diagnostic(rule: "journal.read", path: journal.path, message: "cannot read the project's journal")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.first == "jeju-journal 1" else {
            throw Diagnostic(
                rule: "journal.format", path: journal.path, line: 1, column: 1,
                message: "not a Jeju journal; move it away after checking the files it names")
        }
        var folders = Set<String>()
        for (n, line) in lines.dropFirst().enumerated() {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw Diagnostic(
                    rule: "journal.format", path: journal.path, line: n + 2, column: 1,
                    message: "a journal line is not 'temporary<TAB>target'")
            }
            let temp = String(parts[0]), target = String(parts[1])
            // A temporary file that is gone was renamed before the interruption.
            if access(temp, F_OK) != 0 { continue }
            guard rename(temp, target) == 0 else {
                throw Diagnostic(
                    rule: "journal.finish", path: target,
                    message: "cannot finish the interrupted write: \(String(cString: strerror(errno)))")
            }
            folders.insert((target as NSString).deletingLastPathComponent)
        }
        for folder in folders { AtomicFile.syncFolder(URL(fileURLWithPath: folder)) }
        unlink(journal.path)
        AtomicFile.syncFolder(journal.deletingLastPathComponent())
    }
}
