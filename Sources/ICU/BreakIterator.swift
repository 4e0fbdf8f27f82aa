internal import CICU

/// An ICU break iterator (UAX #29 / CLDR rules) over one text at a time.
///
/// Owns the ICU handle and a private copy of the text, because ICU keeps only a pointer to it.
/// Not thread-safe: use one iterator per thread.
public final class BreakIterator {
    /// What kind of boundaries to find.
    public enum Kind: Int32, Sendable {
        /// Grapheme clusters.
        case character = 0
        /// Words (with rule statuses telling words from spaces and punctuation).
        case word = 1
        /// Line-break opportunities.
        case line = 2
        /// Sentences.
        case sentence = 3
    }

    /// A boundary with the ICU rule status that produced it.
    public struct Boundary: Equatable, Sendable {
        /// UTF-16 offset of the boundary.
        public let offset: Int
        /// ICU rule status: for sentences `0..<100` terminator (.?!), `100..<200` separator (paragraph end);
        /// for words `0..<100` none (spaces, punctuation), `100..<200` number, `200..<300` letter,
        /// `300..<400` kana, `400..<500` ideographic.
        public let ruleStatus: Int32
    }

    /// The ICU locale id the iterator was opened with (e.g. `en@ss=standard`).
    public let locale: String
    /// The kind of boundaries.
    public let kind: Kind
    private let handle: OpaquePointer
    private var buffer: UnsafeMutableBufferPointer<UInt16>

    /// Opens an iterator. `locale` is an ICU locale id; add `@ss=standard` for CLDR sentence-break suppressions.
    public init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let raw = jeju_break_open(kind.rawValue, locale, &status) else {
            throw ICUError(status: status, operation: "opening a \(kind) break iterator for '\(locale)'")
        }
        try ICUError.check(status, "opening a break iterator")
        self.handle = OpaquePointer(raw)
        self.locale = locale
        self.kind = kind
        self.buffer = UnsafeMutableBufferPointer.allocate(capacity: 1)
        self.buffer[0] = 0
        jeju_break_set_text(UnsafeMutableRawPointer(handle), buffer.baseAddress, 0, &status)
    }

    deinit {
        jeju_break_close(UnsafeMutableRawPointer(handle))
        buffer.deallocate()
    }

    /// Sets the text to iterate over (copied).
    public func setText(_ units: some Collection<UInt16>) {
        if buffer.count < units.count {
            buffer.deallocate()
            buffer = UnsafeMutableBufferPointer.allocate(capacity: max(units.count, 16))
        }
        _ = buffer.initialize(fromContentsOf: units)
        var status: Int32 = 0
        // ICU only fails here for a null iterator, which `init` rules out.
        jeju_break_set_text(UnsafeMutableRawPointer(handle), buffer.baseAddress, Int32(units.count), &status)
    }

    /// Every boundary of the current text after its start, with its rule status, in order.
    public func boundaries() -> [Boundary] {
        var result: [Boundary] = []
        let it = UnsafeMutableRawPointer(handle)
        _ = jeju_break_first(it)
        while true {
            let b = jeju_break_next(it)
            if b < 0 { break }
            result.append(Boundary(offset: Int(b), ruleStatus: jeju_break_rule_status(it)))
        }
        return result
    }

    /// Calls `body` for each boundary offset after the start; stops early when `body` returns false.
    /// The allocation-free path for hot loops.
    public func forEachBoundary(_ body: (_ offset: Int, _ ruleStatus: Int32) -> Bool) {
        let it = UnsafeMutableRawPointer(handle)
        _ = jeju_break_first(it)
        while true {
            let b = jeju_break_next(it)
            if b < 0 || !body(Int(b), jeju_break_rule_status(it)) { return }
        }
    }

    /// Whether `offset` is a boundary of the current text.
    public func isBoundary(_ offset: Int) -> Bool {
        jeju_break_is_boundary(UnsafeMutableRawPointer(handle), Int32(offset))
    }
}

extension BreakIterator {
    /// The word-like tokens of `string` (words, numbers, ideographs; not spaces or punctuation), by ICU word breaks.
    public static func words(in string: String, locale: String) throws(ICUError) -> [String] {
        let it = try BreakIterator(.word, locale: locale)
        let text = UTF16Text(string)
        it.setText(text.units)
        var start = 0
        var words: [String] = []
        it.forEachBoundary { offset, status in
            if status >= 100 { words.append(text.string(start..<offset)) }
            start = offset
            return true
        }
        return words
    }
}

/// Counts the word-like tokens of texts (words, numbers, ideographs; not spaces or punctuation) by ICU word
/// breaks, with one iterator for many texts. Not thread-safe.
public final class WordCounter {
    private let iterator: BreakIterator

    /// A counter for `locale` (an ICU locale id).
    public init(locale: String) throws(ICUError) { iterator = try BreakIterator(.word, locale: locale) }

    /// The number of word-like tokens in `text`.
    public func count(_ text: String) -> Int {
        iterator.setText(Array(text.utf16))
        var n = 0
        iterator.forEachBoundary { _, status in
            if status >= 100 { n += 1 }
            return true
        }
        return n
    }
}
