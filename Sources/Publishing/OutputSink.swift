import Foundation
import JejuSupport

/// Where a build's files go: a staging folder on disk, or memory in tests. Paths are relative, with `/`.
/// `write` may be called from several threads at once (for different paths).
public protocol OutputSink: Sendable {
    /// Stores `data` at `path`.
    func write(_ data: Data, to path: String) throws(Diagnostic)

    /// Stores at `path` the same bytes `data` already written at `existing` (a file system may share them).
    func write(_ data: Data, to path: String, sameAs existing: String) throws(Diagnostic)
}

extension OutputSink {
    /// Writes the bytes again.
    public func write(_ data: Data, to path: String, sameAs existing: String) throws(Diagnostic) {
        try write(data, to: path)
    }
}
