import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One writer at a time: an advisory lock on `.jeju/lock` in the project.
///
/// Commands that change the project (extract, merge, imports, clean, build) hold it exclusively; commands that only
/// read it (check, stats, lookups, exports) hold it shared, so they see the project either before a writer's
/// change or after it, never in between. The lock is `flock(2)`: the kernel releases it when the process ends, so a
/// killed writer never leaves the project locked. Taking it also finishes what a killed writer committed
/// (`FileTransaction.recover`).
public final class ProjectLock {
    /// How a command uses the project.
    public enum Access: Sendable {
        /// Reads only: many at once, none while a writer works.
        case read
        /// Changes files: alone.
        case write
    }

    /// The lock file.
    public let url: URL
    private var fd: Int32

    /// `.jeju/lock` in the project at `root`.
    public static func url(root: URL) -> URL { root.appendingPathComponent(".jeju").appendingPathComponent("lock") }

    /// Takes the lock of the project at `root`. When another process holds it, calls `waiting` once with a line
    /// saying who holds it, then waits up to `wait` seconds; after that, throws (exit 2 in the commands).
    /// `command` is recorded in the lock file while a writer holds it, for the message other processes print.
    public static func acquire(
        root: URL, access: Access, command: String, wait: Double, waiting: (String) -> Void = { _ in }
    ) throws(Diagnostic) -> ProjectLock {
        let url = Self.url(root: root)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let error = errno
            // A project on a read-only disk cannot change under a reader: reading needs no lock there.
            if access == .read && (error == EROFS || error == EACCES) { return ProjectLock(url: url, fd: -1) }
            throw Diagnostic(
                rule: "lock.open", path: ".jeju/lock",
                message: "cannot open the project lock: \(String(cString: strerror(error)))")
        }
        let lock = ProjectLock(url: url, fd: fd)
        try lock.take(access == .write ? LOCK_EX : LOCK_SH, wait: wait, waiting: waiting)
        if access == .write {
            try FileTransaction.recover(root: root)
            lock.record("pid \(getpid()): \(command)")
        } else if FileTransaction.hasPendingCommit(root: root) {
            // A writer was killed after committing: finish its work before reading (needs the lock alone).
            try lock.take(LOCK_EX, wait: wait, waiting: waiting)
            try FileTransaction.recover(root: root)
            try lock.take(LOCK_SH, wait: wait, waiting: waiting)
        }
        return lock
    }

    private init(url: URL, fd: Int32) {
        self.url = url
        self.fd = fd
    }

    private func take(_ operation: Int32, wait: Double, waiting: (String) -> Void) throws(Diagnostic) {
        if flock(fd, operation | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else {
            throw Diagnostic(
                rule: "lock.lock", path: url.path,
                message: "cannot lock the project: \(String(cString: strerror(errno)))")
        }
        let holder = self.holder()
        waiting("waiting for the project lock (.jeju/lock), held by \(holder)")
        let deadline = Date().addingTimeInterval(max(0, wait))
        while Date() < deadline {
            usleep(20_000)
            if flock(fd, operation | LOCK_NB) == 0 { return }
        }
        throw Diagnostic(
            rule: "lock.busy", path: ".jeju/lock",
            message:
                "the project is locked by \(holder); gave up after \(Self.seconds(wait)) (--wait SECONDS waits longer)")
    }

    private static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : String(format: "%.1f s", s)
    }

    /// What the lock file says about its holder, or "another jeju process".
    private func holder() -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = pread(fd, &buffer, buffer.count, 0)
        let text =
            n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return text.isEmpty ? "another jeju command" : text
    }

    private func record(_ text: String) {
        _ = ftruncate(fd, 0)
        let bytes = Array((text + "\n").utf8)
        _ = pwrite(fd, bytes, bytes.count, 0)
    }

    /// Releases the lock (also done when the object goes away or the process ends).
    public func release() {
        guard fd >= 0 else { return }
        // A writer leaves the holder line empty again, so a later reader's waiters do not name a finished writer.
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0, flock(fd, LOCK_EX | LOCK_NB) == 0 { _ = ftruncate(fd, 0) }
        close(fd)
        fd = -1
    }

    deinit { release() }
}
