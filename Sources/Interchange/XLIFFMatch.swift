import Inline

/// An `mtc:match` (Translation Candidates module): a suggested translation for one segment, from memory or an
/// earlier version of the segment.
public struct XLIFFMatch: Sendable, Equatable, Hashable {
    /// `id`.
    public var id: String?
    /// `ref`: `#` and the id of the segment the match is for (required by the module).
    public var ref: String
    /// `similarity` 0–100: how close the match's source is to the segment's.
    public var similarity: Double?
    /// `matchQuality` 0–100.
    public var matchQuality: Double?
    /// `origin`: where the match comes from (memory file and unit).
    public var origin: String?
    /// `type`: `tm`, `mt`, `icm` (in-context), `idm`, `te`, `am`, `ebm`, `other`.
    public var type: String?
    /// `subType` (`jeju:previous` for a segment's translation before its source changed).
    public var subType: String?
    /// `mda:metadata` of the match.
    public var metadata: XLIFFMetadata?
    /// The match's source.
    public var source: Segment
    /// The suggested target.
    public var target: Segment

    /// Creates a match.
    public init(
        id: String? = nil, ref: String, similarity: Double? = nil, matchQuality: Double? = nil, origin: String? = nil,
        type: String? = nil, subType: String? = nil, metadata: XLIFFMetadata? = nil,
        source: Segment, target: Segment
    ) {
        self.id = id
        self.ref = ref
        self.similarity = similarity
        self.matchQuality = matchQuality
        self.origin = origin
        self.type = type
        self.subType = subType
        self.metadata = metadata
        self.source = source
        self.target = target
    }

    /// The id of the segment this match is for (`ref` without its `#`).
    public var segmentID: String { ref.hasPrefix("#") ? String(ref.dropFirst()) : ref }
}
