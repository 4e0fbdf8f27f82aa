/// Word tokens numbered in order of first sight, so that edit distances compare integers rather than strings.
public struct TokenVocabulary {
    private var ids: [String: UInt32] = [:]

    /// An empty vocabulary.
    public init() {}

    /// The id of `word`, numbering it if it is new.
    public mutating func id(_ word: String) -> UInt32 {
        if let known = ids[word] { return known }
        let next = UInt32(ids.count)
        ids[word] = next
        return next
    }
}
