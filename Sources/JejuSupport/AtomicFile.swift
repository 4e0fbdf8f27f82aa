import Foundation

/// Writes files so that readers see either the old content or the new, never a half-written file.
///
/// The data goes to a temporary file in the same folder, is flushed to disk (`fsync`), then renamed over the
/// target (rename is atomic within a file system). Missing parent folders are created.
public enum AtomicFile {
    /// Writes `data` to `url` atomically. Throws a `Diagnostic` naming the path on failure.
    public static func write(_ data: Data, to url: URL) throws(Diagnostic) {
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try writeFlushed(data, to: temp, reporting: url)
        guard rename(temp.path, url.path) == 0 else {
            let error = errno
            unlink(temp.path)
            throw Diagnostic(
                rule: "io.write", path: url.path, message: "cannot write: \(String(cString: strerror(error)))")
        }
        syncFolder(folder)
    }

    /// Writes `data` to `temp` (created or truncated) and flushes it to disk; errors name `target`. Missing parent
    /// folders are created. On failure the temporary file is removed.
    static func writeFlushed(
        _ data: some ContiguousBytes, to temp: URL, reporting target: URL, flushing: Bool = true
    ) throws(Diagnostic) {
        let folder = temp.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(
                rule: "io.create-folder", path: folder.path,
                message: "cannot create folder: \(error.localizedDescription)")
        }
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw Diagnostic(
                rule: "io.write", path: target.path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        var ok = writeAll(data, to: fd)
        var error = errno
        if ok && flushing && fsync(fd) != 0 { ok = false; error = errno }
        close(fd)
        guard ok else {
            unlink(temp.path)
            throw Diagnostic(
                rule: "io.write", path: target.path, message: "cannot write: \(String(cString: strerror(error)))")
        }
    }

    /// Flushes a folder's entries (a rename in it) to disk; best effort.
    public static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Writes all of `data` to the open file `fd`, however many `write` calls it takes; false on an error (see
    /// `errno`).
    public static func writeAll(_ data: some ContiguousBytes, to fd: Int32) -> Bool {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let n = Foundation.write(fd, base + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }

    /// Writes `text` as UTF-8 to `url` atomically.
    public static func write(_ text: String, to url: URL) throws(Diagnostic) {
        try write(Data(text.utf8), to: url)
    }

    /// Writes `data` only if the file does not already hold exactly those bytes; returns whether it wrote.
    @discardableResult
    public static func writeIfChanged(_ data: Data, to url: URL) throws(Diagnostic) -> Bool {
        if let old = try? Data(contentsOf: url), old == data { return false }
        try write(data, to: url)
        return true
    }
}
