import Foundation
import JejuSupport

/// Where a build's files go: a staging folder on disk, or memory in tests. Paths are relative, with `/`.
/// `write` may be called from several threads at once (for different paths).
public protocol OutputSink: Sendable {
    /// Stores `data` at `path`.
    func write(_ data: Data, to path: String) throws(Diagnostic)
}
