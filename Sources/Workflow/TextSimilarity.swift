import ICU

/// How alike two sentences are, for finding which old sentence a changed one replaces: 100 × (1 − d / max(n, m))
/// over ICU word tokens (case-folded), d their edit distance.
public struct TextSimilarity {
    let locale: String

    /// Similarity for texts in `locale`.
    public init(locale: String) { self.locale = locale }

    /// The tokens compared: ICU words, NFKC case-folded, white space left out.
    func tokens(_ s: String) -> [String] {
        let words = (try? BreakIterator.words(in: s, locale: locale)) ?? s.split(separator: " ").map(String.init)
        return words.map { Normalizer.normalize($0, .nfkcCasefold) }.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The similarity 0…100.
    public func score(_ a: String, _ b: String) -> Int {
        let x = tokens(a), y = tokens(b)
        let n = max(x.count, y.count)
        guard n > 0 else { return 100 }
        var previous = Array(0...y.count), current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            current[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        let d = x.isEmpty ? y.count : previous[y.count]
        return max(0, 100 * (n - d) / n)
    }
}
