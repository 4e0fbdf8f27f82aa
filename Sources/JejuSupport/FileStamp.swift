import Foundation

/// A file's size and modification time: what tells a cache (the memory index, the build's QA results) that the
/// file may have changed since it was read, without reading it.
public enum FileStamp {
    /// The size (-1 when the file cannot be read) and modification time in seconds since 1970.
    public static func of(_ url: URL) -> (size: Int64, mtime: Double) {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: url.path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return (size, mtime)
    }
}
