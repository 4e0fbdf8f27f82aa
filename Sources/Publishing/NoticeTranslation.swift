import ICU

/// Everything translated of one document (a notice or the UI messages) into one locale.
///
/// Lookups go by source text, so a translation follows its sentence wherever the sentence is, and a sentence
/// whose source changed since it was translated finds nothing (its old target is never shown).
public struct NoticeTranslation: Sendable {
    /// The units in document order.
    public let units: [TranslatedUnit]
    private let bySource: [String: TranslatedSegment]
    private let byUnitID: [String: Int]

    /// Indexes `units`. When two segments share a source text, the first with a target wins.
    public init(units: [TranslatedUnit]) {
        self.units = units
        var bySource: [String: TranslatedSegment] = [:]
        var byUnitID: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            if byUnitID[unit.id] == nil { byUnitID[unit.id] = index }
            for segment in unit.segments {
                let key = Self.key(segment.source)
                if let old = bySource[key], old.target != nil { continue }
                bySource[key] = segment
            }
        }
        self.bySource = bySource
        self.byUnitID = byUnitID
    }

    /// The translation of the sentence `source`, preferring the segment at the same place (`unit`, `segment`
    /// index), else any segment with that source.
    public func segment(forSource source: String, unit: Int? = nil, segment: Int? = nil) -> TranslatedSegment? {
        if let unit, let segment, units.indices.contains(unit), units[unit].segments.indices.contains(segment) {
            let candidate = units[unit].segments[segment]
            if candidate.source == source || Self.key(candidate.source) == Self.key(source) { return candidate }
        }
        return bySource[Self.key(source)]
    }

    /// The unit with id `id` (UI messages are keyed this way).
    public func unit(withID id: String) -> TranslatedUnit? { byUnitID[id].map { units[$0] } }

    /// Source texts compare in NFC, so a file written normalized still matches a notice that is not.
    static func key(_ text: String) -> String {
        Normalizer.isNormalized(text, .nfc) ? text : Normalizer.normalize(text, .nfc)
    }
}
