/// How far a translated segment has come, as XLIFF 2.1 `state` records it; ordered, so `--min-state` compares.
public enum TranslationState: String, Sendable, Codable, Comparable, CaseIterable {
    /// Not translated yet, or its source changed since (the target, if any, is not to be published).
    case initial
    /// Translated, not reviewed.
    case translated
    /// Reviewed by a second linguist.
    case reviewed
    /// Signed off.
    case final

    private var rank: Int {
        switch self {
        case .initial: 0
        case .translated: 1
        case .reviewed: 2
        case .final: 3
        }
    }

    /// Order of progress: initial < translated < reviewed < final.
    public static func < (a: TranslationState, b: TranslationState) -> Bool { a.rank < b.rank }
}
