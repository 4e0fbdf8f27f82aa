import Inline

/// One suggestion from the memory.
public struct Match: Sendable, Codable, Equatable {
    /// Where the unit comes from.
    public struct Origin: Sendable, Codable, Equatable, Hashable {
        /// The memory file, relative to the project root.
        public var file: String
        /// The unit's `tuid`, if it has one.
        public var tuid: String?
        /// The unit's 1-based position in the file.
        public var unit: Int
    }

    /// A change made to the suggested target because the query differs from the unit's source.
    public struct Adaptation: Sendable, Codable, Equatable {
        /// `number` or `code`.
        public var kind: String
        /// What the unit's target had.
        public var from: String
        /// What the suggestion has instead.
        public var to: String
    }

    /// The final score (0…101) and how it was reached.
    public var score: FuzzyScore
    /// The unit's source segment.
    public var source: Segment
    /// The unit's target segment, as stored.
    public var target: Segment
    /// The target with numbers and codes adapted to the query (equal to `target` when nothing changed).
    public var adaptedTarget: Segment
    /// The adaptations made.
    public var adaptations: [Adaptation]
    /// Where the unit comes from.
    public var origin: Origin
    /// The unit's context (`x-jeju-context`), if any.
    public var context: String?
}

// JSON carries a segment as its TMX markup, which only this module reads and writes; the model itself stays
// free of any one format.
extension Segment: Codable {
    enum CodingKeys: String, CodingKey { case text, markup }

    /// Encodes the plain text and the TMX markup (codes included).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(TMXWriter.markup(self), forKey: .markup)
    }

    /// Decodes from the markup.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let markup = try c.decode(String.self, forKey: .markup)
        do {
            self = try TMXReader.segment(markup: markup)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .markup, in: c, debugDescription: error.description)
        }
    }
}
