import ICU

/// Splits segment text into the tokens fuzzy matching compares: ICU word-break tokens (words, numbers,
/// ideographs; not spaces or punctuation), each normalised with NFKC case folding, numbers replaced by one
/// placeholder token so that a changed number costs a small penalty instead of an edit.
///
/// Not thread-safe (one ICU break iterator); use one tokenizer per thread.
public final class SegmentTokenizer {
    /// The tokens of one text.
    public struct Tokens: Sendable, Equatable {
        /// Normalised word tokens in order; every number is `SegmentTokenizer.numberToken`.
        public var words: [String]
        /// The numbers as written, NFKC-normalised (so `１２` is `12`), in order.
        public var numbers: [String]
        /// The text with every token removed and NFKC case folding applied: what is left are spaces and
        /// punctuation; with the same words, two texts that differ here differ in case, spacing or punctuation.
        public var skeleton: String
    }

    /// The token that stands for any number.
    public static let numberToken = "\u{1}#"

    private let iterator: BreakIterator

    /// A tokenizer for text in `language` (BCP 47).
    public init(language: String) throws(ICUError) {
        iterator = try BreakIterator(.word, locale: LanguageTag(language).icuLocale)
    }

    /// The tokens of `text`.
    public func tokens(_ text: String) -> Tokens {
        let units = Array(text.utf16)
        iterator.setText(units)
        var words: [String] = []
        var numbers: [String] = []
        var skeleton: [UInt16] = []
        var start = 0
        iterator.forEachBoundary { offset, status in
            let piece = units[start..<offset]
            if status >= 100 && status < 200 {
                words.append(Self.numberToken)
                numbers.append(String(decoding: Normalizer.normalize(units: Array(piece), .nfkc), as: UTF16.self))
            } else if status >= 100 {
                words.append(Self.fold(piece))
            } else {
                skeleton.append(contentsOf: piece)
            }
            start = offset
            return true
        }
        let folded = skeleton.allSatisfy { $0 < 0x80 } ? skeleton : Normalizer.normalize(units: skeleton, .nfkcCasefold)
        return Tokens(words: words, numbers: numbers, skeleton: String(decoding: folded, as: UTF16.self))
    }

    /// The numbers of `text` with their Unicode-scalar ranges and NFKC values.
    public func numberSpans(_ text: String) -> [(Range<Int>, String)] {
        let units = Array(text.utf16)
        iterator.setText(units)
        var out: [(Range<Int>, String)] = []
        var start = 0, scalarStart = 0
        iterator.forEachBoundary { offset, status in
            var scalars = 0
            var i = start
            while i < offset {
                i += UTF16.isLeadSurrogate(units[i]) && i + 1 < offset ? 2 : 1
                scalars += 1
            }
            if status >= 100 && status < 200 {
                let value = String(
                    decoding: Normalizer.normalize(units: Array(units[start..<offset]), .nfkc), as: UTF16.self)
                out.append((scalarStart..<(scalarStart + scalars), value))
            }
            scalarStart += scalars
            start = offset
            return true
        }
        return out
    }

    /// NFKC case folding with an ASCII fast path (ASCII is stable under NFKC; its folding is lower case).
    static func fold(_ piece: ArraySlice<UInt16>) -> String {
        var ascii = true
        for u in piece where u >= 0x80 { ascii = false; break }
        if ascii {
            var bytes = [UInt8]()
            bytes.reserveCapacity(piece.count)
            for u in piece { bytes.append(u >= 0x41 && u <= 0x5A ? UInt8(u + 0x20) : UInt8(u)) }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: Normalizer.normalize(units: Array(piece), .nfkcCasefold), as: UTF16.self)
    }
}
