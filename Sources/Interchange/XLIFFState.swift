/// The state of a segment's translation (XLIFF 2.1 core `state`), in the order a translation moves through.
public enum XLIFFState: String, Sendable, Codable, CaseIterable, Comparable {
    /// Not translated yet, or needing translation again (the default when a segment has no `state`).
    case initial
    /// Translated, not yet reviewed.
    case translated
    /// Reviewed.
    case reviewed
    /// Final: signed off.
    case final

    private var rank: Int {
        switch self {
        case .initial: 0
        case .translated: 1
        case .reviewed: 2
        case .final: 3
        }
    }

    /// Orders initial < translated < reviewed < final.
    public static func < (a: XLIFFState, b: XLIFFState) -> Bool { a.rank < b.rank }
}
