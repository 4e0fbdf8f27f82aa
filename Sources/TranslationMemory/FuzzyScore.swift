import ICU

/// Jeju's match score (documented in the README), in one place so that the indexed lookup and the exhaustive scan
/// can only agree.
///
/// base = ⌊100 × (L − d) / L⌋ where d is the Levenshtein distance between the query's and the unit's word
/// tokens (SegmentTokenizer: ICU word tokens, NFKC case-folded, numbers as one placeholder) and L = max(n, m)
/// (base = 100 when both have no token). Then, subtracted:
/// - 1 per number that differs (rank by rank, plus one per extra or missing number), since it is adapted;
/// - 2 per inline code that differs (kind, rank by rank, plus extra or missing codes);
/// - 1 when the words are the same but case, spacing or punctuation differ (the skeletons differ);
/// - the memory's own penalty (imported memories, as OmegaT does).
/// Score 100 means the same text, numbers and codes; 101 adds the same context (`x-jeju-context`).
public struct FuzzyScore: Sendable, Equatable, Codable {
    /// The token score before penalties.
    public var base: Int
    /// Points taken off for differing numbers.
    public var numberPenalty: Int
    /// Points taken off for differing inline codes.
    public var codePenalty: Int
    /// Points taken off for a case-, spacing- or punctuation-only difference.
    public var formattingPenalty: Int
    /// The memory's penalty.
    public var memoryPenalty: Int
    /// Whether the unit's context equals the query's and the text is an exact match (score 101).
    public var inContext: Bool

    /// The final score: 0…101.
    public var value: Int {
        let exact = base == 100 && numberPenalty == 0 && codePenalty == 0 && formattingPenalty == 0
        let raw = (exact && inContext ? 101 : base) - numberPenalty - codePenalty - formattingPenalty - memoryPenalty
        return max(0, raw)
    }

    /// Per number that differs.
    public static let perNumber = 1
    /// Per code that differs.
    public static let perCode = 2
    /// For a case/spacing/punctuation-only difference.
    public static let formatting = 1

    /// ⌊100 × (L − d) / L⌋.
    public static func base(distance d: Int, queryLength n: Int, matchLength m: Int) -> Int {
        let l = max(n, m)
        return l == 0 ? 100 : 100 * (l - d) / l
    }

    /// The largest distance d with base(d) ≥ threshold, for L tokens: d ≤ ⌊L × (100 − t) / 100⌋.
    public static func maximumDistance(length l: Int, threshold t: Int) -> Int {
        t <= 0 ? l : l * (100 - min(t, 100)) / 100
    }

    /// How many elements differ between two sequences, rank by rank, plus the difference in length.
    static func rankDifferences<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        var n = abs(a.count - b.count)
        for i in 0..<min(a.count, b.count) where a[i] != b[i] { n += 1 }
        return n
    }
}

extension FuzzyScore {
    /// The score `candidate` gets as a match for `query`, both plain text (no codes, no context, no memory
    /// penalty), tokenized by `tokenizer`: the same measure as a memory lookup, for comparing two sentences
    /// (which old sentence a changed one replaces).
    public static func plainText(_ query: String, _ candidate: String, tokenizer: SegmentTokenizer) -> FuzzyScore {
        let q = tokenizer.tokens(Normalizer.nfc(query)), c = tokenizer.tokens(Normalizer.nfc(candidate))
        var vocabulary = TokenVocabulary()
        let a = q.words.map { vocabulary.id($0) }, b = c.words.map { vocabulary.id($0) }
        var scratch: [Int32] = []
        let bound = max(a.count, b.count)
        let d = a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in Levenshtein.distance(x, y, bound: bound, scratch: &scratch) ?? bound }
        }
        let base = Self.base(distance: d, queryLength: a.count, matchLength: b.count)
        let sameWords = base == 100 && a.count == b.count
        return FuzzyScore(
            base: base, numberPenalty: rankDifferences(q.numbers, c.numbers) * perNumber, codePenalty: 0,
            formattingPenalty: sameWords && q.skeleton != c.skeleton ? formatting : 0, memoryPenalty: 0,
            inContext: false)
    }
}
