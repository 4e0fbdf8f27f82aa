import ICU
import JejuSupport
import TranslationMemory

/// How alike two sentences are, for finding which old sentence a changed one replaces: the memory's own score
/// (`FuzzyScore.plainText`: the memory's tokenizer, its edit distance and penalties), 0…100.
public struct TextSimilarity {
    let tokenizer: SegmentTokenizer

    /// Similarity for texts in `locale` (BCP 47); `path` names the file the sentences come from in a failure.
    public init(locale: String, path: String) throws(Diagnostic) {
        do {
            tokenizer = try SegmentTokenizer(language: locale)
        } catch {
            throw Diagnostic(
                rule: "icu.word-break", path: path, message: "cannot open ICU word breaks for '\(locale)': \(error)")
        }
    }

    /// The similarity 0…100.
    public func score(_ a: String, _ b: String) -> Int { FuzzyScore.plainText(a, b, tokenizer: tokenizer).value }
}
