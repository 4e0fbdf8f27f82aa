/// The translations of one block of a notice, or of one UI message (XLIFF `<unit>`).
public struct TranslatedUnit: Sendable, Equatable {
    /// The unit's id (for UI messages, the message key).
    public var id: String
    /// Its segments in order.
    public var segments: [TranslatedSegment]

    /// Creates a unit.
    public init(id: String, segments: [TranslatedSegment]) {
        self.id = id
        self.segments = segments
    }
}
