import Foundation

/// A file's size and modification time: what tells a cache (the memory index, the build's QA results) that the
/// file may have changed since it was read, without reading it.
public enum FileStamp {
    /// The size (-1 when the file cannot be read) and modification time in seconds since 1970, from one
    /// `stat(2)` (a build asks it of every translation file).
    public static func of(_ url: URL) -> (size: Int64, mtime: Double) { of(path: url.path) }

    /// `of` for a path.
    public static func of(path: String) -> (size: Int64, mtime: Double) {
        var s = stat()
        guard stat(path, &s) == 0 else { return (-1, 0) }
        return (Int64(s.st_size), Double(s.st_mtim.tv_sec) + Double(s.st_mtim.tv_nsec) / 1_000_000_000)
    }
}
