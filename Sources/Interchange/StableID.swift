import ICU
import Inline
import Notices

/// Unit and segment ids derived from content, so they survive edits elsewhere in a notice: the same text gets
/// the same id on every run, wherever it moves. An id is a letter, eight hex digits of a 32-bit FNV-1a hash of
/// the normalised text (NFC, white space runs as one space, trimmed) with its inline codes, and — for the n-th
/// occurrence of the same text in one file (n > 1) — `-n`. A hash collision is harmless: it is just another
/// occurrence.
public struct StableID: Sendable {
    private var seen: [String: Int] = [:]
    private let prefix: String

    /// An id generator for one file: `u` for units, `s` for segments.
    public init(prefix: String) { self.prefix = prefix }

    /// The id for the next occurrence of `content` (a notice's text with its codes).
    public mutating func next(_ content: Segment) -> String {
        let base = prefix + Self.hash(Self.key(content))
        let n = (seen[base] ?? 0) + 1
        seen[base] = n
        return n == 1 ? base : "\(base)-\(n)"
    }

    /// The id for the next occurrence of `text`, which has no codes.
    public mutating func next(_ text: String) -> String { next(Segment(text: text)) }

    /// The normalised form the hash is taken of: the text, then each code as the span it marks, in the order of
    /// `CodeSpan` (the form every id written so far was made from).
    public static func key(_ content: Segment) -> String {
        var out = ""
        var space = false
        for u in Normalizer.nfc(content.text).unicodeScalars {
            if u.properties.isWhitespace { space = !out.isEmpty; continue }
            if space { out += " "; space = false }
            out.unicodeScalars.append(u)
        }
        for c in content.spans { out += "\u{1}\(c.kind.rawValue):\(c.start)-\(c.end):\(c.data ?? "")" }
        return out
    }

    /// The normalised form of `text`, which has no codes.
    public static func key(_ text: String) -> String { key(Segment(text: text)) }

    /// Eight lowercase hex digits of the 32-bit FNV-1a hash of the UTF-8 bytes.
    public static func hash(_ s: String) -> String {
        var h: UInt32 = 0x811C_9DC5
        for b in s.utf8 {
            h ^= UInt32(b)
            h = h &* 0x0100_0193
        }
        return String(String(h, radix: 16).leftPadded(8))
    }
}
