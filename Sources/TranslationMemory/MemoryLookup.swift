import Inline
import JejuSupport

/// Where `jeju extract` finds its matches: the embedded index (`MemoryIndex`) or the shared server
/// (`MemoryServer.ServerLookup` through a blocking adapter). Both give the same matches with the same scores for
/// the same units: the candidate filter differs, the score (`MatchScorer`) is one.
public protocol MemoryLookup: AnyObject {
    /// The matches for `query` scoring at least `minimum`, best first, at most `maximum`.
    func matches(for query: Segment, context: String?, minimum: Int, maximum: Int?) throws(Diagnostic) -> [Match]
}

extension MemoryIndex: MemoryLookup {
    /// The index's `lookup`.
    public func matches(for query: Segment, context: String?, minimum: Int, maximum: Int?) throws(Diagnostic) -> [Match]
    {
        try lookup(query, context: context, minimum: minimum, maximum: maximum)
    }
}
