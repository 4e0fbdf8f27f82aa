import Foundation
import JejuSupport

/// A build's files kept in memory, by path.
public final class MemoryOutput: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: Data] = [:]

    /// An empty output.
    public init() {}

    /// Stores `data` at `path`.
    public func write(_ data: Data, to path: String) throws(Diagnostic) {
        lock.lock()
        storage[path] = data
        lock.unlock()
    }

    /// Every file written, by path.
    public var files: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }

    /// The text of the file at `path`, if written.
    public func text(_ path: String) -> String? { files[path].map { String(decoding: $0, as: UTF8.self) } }
}
