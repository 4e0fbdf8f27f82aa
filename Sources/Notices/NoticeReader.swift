import Foundation
import ICU
import JejuSupport

/// Reads notice files: recognises the format, then hands the text to the reader for it.
public enum NoticeReader {
    /// Reads `text` (already decoded; see `TextFile`) from `path`.
    ///
    /// - Markdown is recognised by its YAML front matter (`---` on the first line);
    /// - page text by a `Date : YYYY.MM.DD` line after the title;
    /// - anything else is refused with a diagnostic (never guessed at), unless `plain` is set, in which case the
    ///   text is read as paragraphs separated by blank lines.
    ///
    /// `id` defaults to the file name without its extension.
    public static func read(_ text: String, path: String, id: String? = nil, plain: Bool = false) throws(Diagnostic)
        -> Notice
    {
        try read(utf8: Array(text.utf8), path: path, id: id, plain: plain)
    }

    /// Reads a notice from its UTF-8 bytes (as `TextFile.readUTF8` gives them), as `read` does.
    public static func read(utf8 bytes: [UInt8], path: String, id: String? = nil, plain: Bool = false)
        throws(Diagnostic) -> Notice
    {
        var blocks: [Block] = []
        var notice = try stream(utf8: bytes, path: path, id: id, plain: plain) { block throws(Diagnostic) in
            blocks.append(block)
        }
        if notice.title != nil { blocks.removeFirst() }
        notice.body = blocks
        return notice
    }

    /// Reads a notice from its UTF-8 bytes and hands its blocks to `body` one at a time, in reading order (the
    /// title first), keeping none: what a command that writes as it reads needs, in memory bounded by one block.
    /// Returns the notice without its body (title, date, views, chrome).
    ///
    /// Everything that can be wrong with the notice is found before the first block is handed over, so a bad
    /// notice produces no blocks at all; an error `body` throws ends the reading.
    public static func stream(
        utf8 bytes: [UInt8], path: String, id: String? = nil, plain: Bool = false,
        _ body: (Block) throws(Diagnostic) -> Void
    ) throws(Diagnostic) -> Notice {
        try stream(utf8: TextBytes(bytes), path: path, id: id, plain: plain, body)
    }

    /// `stream` of bytes where they are (a mapped file's, say).
    public static func stream(
        utf8 bytes: TextBytes, path: String, id: String? = nil, plain: Bool = false,
        _ body: (Block) throws(Diagnostic) -> Void
    ) throws(Diagnostic) -> Notice {
        let noticeID = id ?? defaultID(for: path)
        let lines = try nonEmptyLines(bytes, path: path)
        if plain { return try PlainReader.read(lines, path: path, id: noticeID, body) }
        if lines.line(1).trimmingCharacters(in: .whitespaces) == "---" {
            return try MarkdownReader.read(lines, path: path, id: noticeID, body)
        }
        if PageTextReader.looksLikePageText(lines) {
            return try PageTextReader.read(lines, path: path, id: noticeID, body)
        }
        let first = lines.firstContentLine ?? 1
        throw Diagnostic(
            rule: "notice.format", path: path, line: first, column: 1,
            message: """
                not a notice Jeju can read: expected Markdown starting with YAML front matter ('---'), or page text with \
                a title followed by a 'Date : YYYY.MM.DD' line; use --plain to read paragraphs separated by blank lines
                """)
    }

    /// The notice read in parts that can be read on several threads (`NoticeParts`), cut at blank lines about
    /// `partBytes` apart: plain text, and Markdown in which no line may open a code fence. Nil for any other notice,
    /// which `stream` reads; the same errors as `stream` for what is read before the body.
    public static func parts(
        utf8 bytes: TextBytes, path: String, id: String? = nil, plain: Bool = false, partBytes: Int
    )
        throws(Diagnostic) -> NoticeParts?
    {
        guard
            plain
                || bytes.withUnsafeBufferPointer({
                    SourceLines.firstLine(of: $0).trimmingCharacters(in: .whitespaces) == "---"
                })
        else { return nil }
        let noticeID = id ?? defaultID(for: path)
        guard bytes.withUnsafeBufferPointer(SourceLines.anyContent) else { throw empty(path) }
        if plain { return PlainReader.parts(bytes, path: path, id: noticeID, partBytes: partBytes) }
        return try MarkdownReader.parts(bytes, path: path, id: noticeID, partBytes: partBytes)
    }

    /// `parts` of bytes in an array.
    public static func parts(utf8 bytes: [UInt8], path: String, id: String? = nil, plain: Bool = false, partBytes: Int)
        throws(Diagnostic) -> NoticeParts?
    {
        try parts(utf8: TextBytes(bytes), path: path, id: id, plain: plain, partBytes: partBytes)
    }

    /// The lines of a notice's bytes; refuses a notice with none that holds anything but white space.
    private static func nonEmptyLines(_ bytes: TextBytes, path: String) throws(Diagnostic) -> SourceLines {
        let lines = SourceLines(bytes)
        guard lines.firstContentLine != nil else { throw empty(path) }
        return lines
    }

    private static func empty(_ path: String) -> Diagnostic {
        Diagnostic(rule: "notice.empty", path: path, line: 1, column: 1, message: "the notice is empty")
    }

    /// Reads a project's notice: as `read`, and its id (file name or front-matter `id`) must serve as an XLIFF file
    /// id, a file name and a URL path — ASCII letters, digits, '.', '_' and '-', starting with a letter or digit.
    public static func readProjectNotice(_ text: String, path: String) throws(Diagnostic) -> Notice {
        let notice = try read(text, path: path)
        guard isValidID(notice.id) else {
            throw Diagnostic(
                rule: "notice.id", path: path, line: 1, column: 1,
                message: """
                    the notice id '\(notice.id)' cannot name its translation files and pages: use ASCII letters, digits, \
                    '.', '_' and '-' (rename the file, or give 'id:' in the front matter)
                    """)
        }
        return notice
    }

    /// Whether `id` is a valid notice id (see `readProjectNotice`).
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCII,
            first.properties.isAlphabetic || ("0"..."9").contains(first),
            id.utf8.count <= 200
        else { return false }
        return id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
        }
    }

    /// Reads the notice file at `path` (or standard input for `-`).
    public static func read(contentsOf path: String, plain: Bool = false) throws(Diagnostic) -> Notice {
        try read(TextFile.read(path), path: path, plain: plain)
    }

    /// The file name without folder and extension; `stdin` for `-`.
    public static func defaultID(for path: String) -> String {
        if path == "-" { return "stdin" }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "notice" : name
    }
}

/// The lines of a source file, 1-based, as ranges of its UTF-8 bytes (no line is copied until asked for), with
/// helpers the readers share.
struct SourceLines {
    let bytes: TextBytes
    /// Where each line starts; line n ends before the LF that starts line n + 1 (or at the end of the text).
    private let starts: [Int]
    /// Where the last line ends.
    private let end: Int

    init(_ text: String) { self.init(Array(text.utf8)) }

    /// Lines split at LF, as `String.split(separator: "\n")` splits them: an LF after a CR is one character with it
    /// and splits nothing.
    init(_ bytes: [UInt8]) { self.init(TextBytes(bytes)) }

    /// The lines of bytes where they are (a mapped file's, say).
    init(_ bytes: TextBytes) {
        self.bytes = bytes
        var starts: [Int] = bytes.isEmpty ? [] : [0]
        // A final LF ends the last line rather than starting an empty one (`nextLineStart`, `textEnd`).
        end = bytes.withUnsafeBufferPointer { b in
            var start = 0
            while let next = Self.nextLineStart(b, after: start) {
                starts.append(next)
                start = next
            }
            return Self.textEnd(b)
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// The first line of `b` as `SourceLines(b).line(1)` reads it, without splitting the rest.
    static func firstLine(of b: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[..<lineEnd(b, from: 0)]), as: UTF8.self)
    }

    /// Where the line after the one holding byte `i` starts: after the first LF at or after `i` that no CR comes right
    /// before. Nil when that line is the last (a final LF ends it rather than starting another).
    static func nextLineStart(_ b: UnsafeBufferPointer<UInt8>, after i: Int) -> Int? {
        guard let base = b.baseAddress else { return nil }
        var i = i
        while i < b.count, let hit = memchr(base + i, 10, b.count - i) {
            let lf = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if lf == 0 || b[lf - 1] != 13 { return lf + 1 < b.count ? lf + 1 : nil }
            i = lf + 1
        }
        return nil
    }

    /// Where the line starting at byte `start` ends: at its LF, or where the last line ends.
    static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        nextLineStart(b, after: start).map { $0 - 1 } ?? textEnd(b)
    }

    /// Where the last line of `b` ends: before a final LF that no CR comes right before, or at the end.
    static func textEnd(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        return n > 0 && b[n - 1] == 10 && (n == 1 || b[n - 2] != 13) ? n - 1 : n
    }

    /// Whether any line of `bytes` holds more than white space (`firstContentLine != nil`), reading no further than
    /// the first that does.
    static func anyContent(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var start: Int? = 0
        while let s = start {
            if !isBlank(b, s..<lineEnd(b, from: s)) { return true }
            start = nextLineStart(b, after: s)
        }
        return false
    }

    /// The first lines of `bytes`, through the one after the YAML front matter's closing line (`---` or `...`, the
    /// first from line 2 on): as many as `MarkdownReader.head` reads, split as `SourceLines(bytes)` splits them. All
    /// of them when no line closes the front matter.
    static func frontMatter(of bytes: TextBytes) -> SourceLines {
        let end: Int? = bytes.withUnsafeBufferPointer { b in
            var start = 0
            while let s = nextLineStart(b, after: start) {
                start = s
                let line = String(decoding: UnsafeBufferPointer(rebasing: b[s..<lineEnd(b, from: s)]), as: UTF8.self)
                let t = line.trimmingCharacters(in: .whitespaces)
                guard t == "---" || t == "..." else { continue }
                // The line after it, with its LF: split again, the lines end there as they do in the whole text.
                return nextLineStart(b, after: s).map { nextLineStart(b, after: $0) ?? b.count }
            }
            return nil
        }
        return SourceLines(bytes[0..<(end ?? bytes.count)])
    }

    /// The text from the line starting at byte `first` to its end, cut into runs of at least `target` bytes each (the
    /// last may be shorter), each from a line's start to a line's end and each but the first starting with a blank
    /// line: the runs cover the lines in order. Only the lines around each cut are read.
    static func parts(_ b: UnsafeBufferPointer<UInt8>, from first: Int, bytes target: Int) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = first
        while true {
            // The line after the one holding the part's target end; then the next blank line from there.
            let goal = start + max(target, 1)
            var line = goal < b.count ? nextLineStart(b, after: goal) : nil
            while let s = line, !isBlank(b, s..<lineEnd(b, from: s)) { line = nextLineStart(b, after: s) }
            guard let blank = line else {
                parts.append(start..<max(start, textEnd(b)))
                return parts
            }
            parts.append(start..<(blank - 1))
            start = blank
        }
    }

    /// The bytes of line `n` (1-based, without its LF).
    func range(_ n: Int) -> Range<Int> {
        guard n >= 1 && n <= starts.count else { return 0..<0 }
        return starts[n - 1]..<(n < starts.count ? starts[n] - 1 : end)
    }

    /// The bytes of lines `r` as they stand in the text, an LF between each two: what joining their `line`s with
    /// "\n" reads.
    func withBytes<T>(_ r: ClosedRange<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let span = range(r.lowerBound).lowerBound..<range(r.upperBound).upperBound
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span])) }
    }

    /// The bytes from `offset` (within line `first`, say) to the end of line `last`, as they stand in the text.
    func withBytes<T>(from offset: Int, through last: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let span = offset..<max(offset, range(last).upperBound)
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span])) }
    }

    /// Line `n` (1-based), or "" past the end.
    func line(_ n: Int) -> String {
        let r = range(n)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// Whether line `n` is all white space (`Character.isWhitespace`), read on its bytes while they are ASCII.
    func isBlank(_ n: Int) -> Bool {
        bytes.withUnsafeBufferPointer { Self.isBlank($0, range(n)) }
    }

    /// Whether bytes `r` of `b` are all white space (`Character.isWhitespace`), read as bytes while they are ASCII.
    static func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        for i in r {
            let c = b[i]
            // A Character holding an ASCII character that is not white space is not white space: it starts there,
            // or at a non-ASCII scalar before it, which ends the fast path first.
            if c >= 0x80 {
                return String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self).allSatisfy(\.isWhitespace)
            }
            if !(c == 0x20 || (0x09...0x0D).contains(c)) { return false }
        }
        return true
    }

    var firstContentLine: Int? { nextContent(from: 1) }

    /// The next non-blank line at or after `n`.
    func nextContent(from n: Int) -> Int? {
        var i = max(n, 1)
        while i <= count { if !isBlank(i) { return i }; i += 1 }
        return nil
    }

    /// Paragraphs in `range` (runs of non-blank lines) as their first and last lines, in order.
    func forEachParagraph<E: Error>(_ range: ClosedRange<Int>, _ body: (ClosedRange<Int>) throws(E) -> Void) throws(E) {
        var start = 0
        for n in range {
            if isBlank(n) {
                if start > 0 { try body(start...(n - 1)); start = 0 }
            } else if start == 0 {
                start = n
            }
        }
        if start > 0 { try body(start...range.upperBound) }
    }

    /// Lines `lines` joined with spaces, white space collapsed: `lines.map(line).joined(separator: " ")
    /// .collapsingWhitespace`, worked out on the bytes.
    func collapsed(_ lines: ClosedRange<Int>) -> String {
        let r = range(lines.lowerBound).lowerBound..<range(lines.upperBound).upperBound
        if let fast = bytes.withUnsafeBufferPointer({ WhiteSpace.collapsing(UnsafeBufferPointer(rebasing: $0[r])) }) {
            return fast
        }
        return lines.map(line).joined(separator: " ").collapsingWhitespace
    }
}

extension String {
    /// Collapses runs of white space to single spaces and trims the ends: how a paragraph's lines join.
    var collapsingWhitespace: String {
        var copy = self
        if let fast = copy.withUTF8(WhiteSpace.collapsing) { return fast }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// White space collapsed on UTF-8 bytes, as `split(whereSeparator: \.isWhitespace).joined(separator: " ")` does it
/// on characters.
enum WhiteSpace {
    /// One step of collapsing, eight bytes at a time: copies `text[i..<i + 8]` to `out` at `o` (after the one
    /// space a pending run of white space leaves, unless at the start) and moves both on, when collapsing leaves
    /// those bytes as they are: all ASCII, none a control, and each space in them a single one between two other
    /// characters (none first when white space or the start comes before them, none last, since white space may
    /// follow). Returns false, and changes nothing, otherwise. `spaces` marks every space (and, rarely, a '!' right
    /// after one: that only sends the word down the caller's byte-by-byte path). The control test is `hasless`.
    @inline(__always)
    static func copyPlainWord(
        _ text: UnsafeBufferPointer<UInt8>, _ i: inout Int, to out: UnsafeMutableBufferPointer<UInt8>,
        _ o: inout Int, pendingSpace: inout Bool
    ) -> Bool {
        guard i + 8 <= text.count, let base = text.baseAddress, let to = out.baseAddress else { return false }
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        guard w & 0x8080_8080_8080_8080 == 0, (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 == 0 else {
            return false
        }
        let x = w ^ 0x2020_2020_2020_2020
        let spaces = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
        let first: UInt64 = pendingSpace || o == 0 ? 0x80 : 0
        guard spaces & (first | 0x8000_0000_0000_0000 | (spaces << 8)) == 0 else { return false }
        if pendingSpace && o > 0 { out[o] = 0x20; o += 1 }
        pendingSpace = false
        UnsafeMutableRawPointer(to + o).storeBytes(of: w, as: UInt64.self)
        o += 8
        i += 8
        return true
    }

    /// `text` (UTF-8; LF between lines reads as the space that joins them) with runs of white space made single
    /// spaces and the ends trimmed; nil where characters and scalars part: white space with a mark, joiner or
    /// spacing mark after it, or a prepended concatenation mark before it, is one character with it, which the
    /// caller then handles on characters.
    static func collapsing(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        let n = text.count
        var failed = false
        let collapsed = String(unsafeUninitializedCapacity: max(n, 1)) { out in
            var o = 0
            var i = 0
            var pendingSpace = false
            /// Whether the scalar before the white space run is a prepended mark (it takes the space in).
            var previousIsPrepend = false
            while i < n {
                if copyPlainWord(text, &i, to: out, &o, pendingSpace: &pendingSpace) {
                    previousIsPrepend = false
                    continue
                }
                let c = text[i]
                if c < 0x80 {
                    if c == 0x20 || (0x09...0x0D).contains(c) {
                        if previousIsPrepend { failed = true; return 0 }
                        pendingSpace = true
                        i += 1
                        continue
                    }
                    if pendingSpace && o > 0 { out[o] = 0x20; o += 1 }
                    pendingSpace = false
                    previousIsPrepend = false
                    out[o] = c
                    o += 1
                    i += 1
                    continue
                }
                let (scalar, width) = decode(text, at: i)
                if scalar.properties.isWhitespace {
                    if previousIsPrepend { failed = true; return 0 }
                    pendingSpace = true
                    previousIsPrepend = false
                    i += width
                    continue
                }
                // A mark, joiner or spacing mark right after white space belongs to its character.
                if pendingSpace && attaches(scalar) { failed = true; return 0 }
                if pendingSpace && o > 0 { out[o] = 0x20; o += 1 }
                pendingSpace = false
                previousIsPrepend = isPrepend(scalar)
                for k in 0..<width { out[o + k] = text[i + k] }
                o += width
                i += width
            }
            return o
        }
        return failed ? nil : collapsed
    }

    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let (value, width) = UTF16Text.decodeScalar(b, at: i)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// Grapheme_Cluster_Break Extend, ZWJ or SpacingMark, or more (the caller falls back to characters).
    static func attaches(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isGraphemeExtend || p.isEmojiModifier || p.generalCategory == .spacingMark || s.value == 0x200D
            || s.value == 0x0E33 || s.value == 0x0EB3
    }

    /// Grapheme_Cluster_Break Prepend, or more (the caller falls back to characters).
    static func isPrepend(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .format || s.value == 0x0D4E || (0x11000...0x11FFF).contains(s.value)
    }
}
