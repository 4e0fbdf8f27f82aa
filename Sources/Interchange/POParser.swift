import Foundation
import JejuSupport

/// Reads GNU gettext PO files into `POSyntaxEntry` values with line numbers, collecting every syntax error with its
/// line and column rather than stopping at the first (as `msgfmt` does).
///
/// The parser works on the raw bytes: PO syntax is ASCII, and the strings are decoded as UTF-8 when the header
/// says `charset=UTF-8` (or says nothing), otherwise byte-for-byte as Latin-1 — enough to check placeholders,
/// and nothing is lost because the parser never writes. Line ends may be LF or CRLF.
public struct POParser {
    /// A parsed file.
    public struct Result: Sendable {
        /// The entries in file order, obsolete ones included.
        public var entries: [POSyntaxEntry]
        /// Syntax errors, in file order.
        public var errors: [Diagnostic]
        /// The charset named by the header's Content-Type, lowercased, if any.
        public var charset: String?

        /// The header entry (empty msgid without context), if any.
        public var header: POSyntaxEntry? { entries.first { $0.isHeader } }

        /// The header's fields (`Name: value` lines) in order.
        public var headerFields: [(name: String, value: String)] {
            guard let text = header?.translations.first?.text else { return [] }
            return text.split(separator: "\n").compactMap { line -> (name: String, value: String)? in
                let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else { return nil }
                return (
                    String(parts[0]).trimmingCharacters(in: .whitespaces),
                    String(parts[1]).trimmingCharacters(in: .whitespaces)
                )
            }
        }
    }

    let path: String
    var errors: [Diagnostic] = []
    var entries: [POSyntaxEntry] = []
    var current = POSyntaxEntry()
    /// What the last keyword was, for continuation lines: the field being extended.
    var open: OpenField = .none
    var latin1 = false

    enum OpenField: Equatable {
        case none, context, id, pluralID, translation(Int), previousContext, previousID, previousPluralID
    }

    init(path: String) { self.path = path }

    /// Parses PO bytes named `path` in errors.
    public static func parse(_ data: Data, path: String) -> Result {
        var bytes = [UInt8](data)
        var parser = POParser(path: path)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            parser.errors.append(
                Diagnostic(
                    rule: "po.bom", path: path, line: 1, column: 1,
                    message:
                        "the file starts with a byte-order mark, which msgfmt does not accept; save it as UTF-8 without BOM"
                ))
            bytes.removeFirst(3)
        }
        let charset = Self.charset(in: bytes)
        parser.latin1 = !(charset.map { $0 == "utf-8" || $0 == "utf8" || $0 == "charset" } ?? true)
        return parser.run(bytes, charset: charset)
    }

    /// Parses PO text already decoded (whatever its header's charset said), e.g. by `DeclaredEncoding`.
    public static func parse(text: String, path: String) -> Result {
        let bytes = Array(text.utf8)
        return POParser(path: path).run(bytes, charset: Self.charset(in: bytes))
    }

    private func run(_ bytes: [UInt8], charset: String?) -> Result {
        var parser = self
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            lineNumber += 1
            var line = Array(bytes[start..<end])
            if line.last == 13 { line.removeLast() }
            if !(end == bytes.count && line.isEmpty) { parser.parseLine(line, lineNumber) }
            start = end + 1
        }
        parser.finishEntry(at: lineNumber)
        return Result(entries: parser.entries, errors: parser.errors, charset: charset)
    }

    /// The charset from a `Content-Type: …; charset=X` line anywhere near the top.
    static func charset(in bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes.prefix(8192), as: UTF8.self)
        guard let r = text.range(of: "charset=") else { return nil }
        let value = text[r.upperBound...].prefix { !"\\\" \n;".contains($0) }
        return value.isEmpty ? nil : value.lowercased()
    }

    mutating func error(_ line: Int, _ column: Int, _ message: String) {
        errors.append(Diagnostic(rule: "po.syntax", path: path, line: line, column: column, message: message))
    }

    mutating func finishEntry(at line: Int) {
        let hasContent = current.id != nil || current.context != nil || !current.translations.isEmpty
        if hasContent {
            if current.id == nil {
                error(
                    current.translations.first?.line ?? current.context?.line ?? line, 1,
                    "syntax error: msgstr without a msgid before it")
            } else if current.translations.isEmpty {
                error(current.id?.line ?? line, 1, "missing 'msgstr' section after this msgid")
            }
            entries.append(current)
        }
        current = POSyntaxEntry()
        open = .none
    }

    mutating func parseLine(_ raw: [UInt8], _ n: Int) {
        var line = raw[...]
        var obsolete = false
        if line.starts(with: Array("#~".utf8)) {
            obsolete = true
            line = line.dropFirst(2)
            while line.first == 32 || line.first == 9 { line = line.dropFirst() }
            if line.isEmpty { return }
        }
        // Leading white space is allowed before keywords and strings.
        var indent = 0
        while let f = line.first, f == 32 || f == 9 { line = line.dropFirst(); indent += 1 }
        let column = raw.count - line.count + 1
        guard let first = line.first else { return }  // a blank line
        if obsolete && !current.isObsolete && (current.id != nil || !current.translations.isEmpty) {
            finishEntry(at: n)
        }
        if first == UInt8(ascii: "#") && !obsolete {
            comment(line, n)
            return
        }
        if obsolete && first == UInt8(ascii: "|") {
            // `#~| msgid "…"`: the previous msgid of an obsolete entry.
            current.isObsolete = true
            comment([UInt8(ascii: "#")] + line, n)
            return
        }
        if first == UInt8(ascii: "\"") {
            guard open != .none else {
                error(n, column, "syntax error: a string continuation without a keyword before it")
                return
            }
            guard let text = string(line, n, column) else { return }
            append(text)
            return
        }
        // A keyword.
        let word = line.prefix { $0 != 32 && $0 != 9 && $0 != UInt8(ascii: "\"") }
        let keyword = String(decoding: word, as: UTF8.self)
        var rest = line.dropFirst(word.count)
        while let f = rest.first, f == 32 || f == 9 { rest = rest.dropFirst() }
        let stringColumn = raw.count - rest.count + 1
        if obsolete { current.isObsolete = true }
        switch keyword {
        case "msgctxt":
            if current.id != nil || !current.translations.isEmpty { finishEntry(at: n) }
            if obsolete { current.isObsolete = true }
            if current.line == 0 { current.line = n }
            let text = string(rest, n, stringColumn) ?? ""
            current.context = .init(text: text, line: n)
            open = .context
        case "msgid":
            if current.id != nil || !current.translations.isEmpty { finishEntry(at: n) }
            if obsolete { current.isObsolete = true }
            if current.line == 0 { current.line = n }
            let text = string(rest, n, stringColumn) ?? ""
            current.id = .init(text: text, line: n)
            open = .id
        case "msgid_plural":
            guard current.id != nil, current.translations.isEmpty, current.pluralID == nil else {
                error(n, column, "syntax error: msgid_plural must follow a msgid")
                return
            }
            let text = string(rest, n, stringColumn) ?? ""
            current.pluralID = .init(text: text, line: n)
            open = .pluralID
        case "msgstr":
            guard current.id != nil || current.context != nil else {
                error(n, column, "syntax error: msgstr without a msgid before it")
                return
            }
            if current.pluralID != nil {
                error(n, column, "an entry with msgid_plural needs msgstr[0], msgstr[1]…, not msgstr")
            }
            if !current.translations.isEmpty { error(n, column, "syntax error: a second msgstr in one entry") }
            let text = string(rest, n, stringColumn) ?? ""
            current.translations.append(.init(text: text, line: n))
            open = .translation(current.translations.count - 1)
        default:
            if keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let index = Int(keyword.dropFirst(7).dropLast()) {
                guard current.id != nil else {
                    error(n, column, "syntax error: msgstr[\(index)] without a msgid before it")
                    return
                }
                if current.pluralID == nil {
                    error(n, column, "msgstr[\(index)] is used, but the entry has no msgid_plural")
                }
                if index != current.translations.count {
                    error(n, column, "msgstr[\(index)] is out of order: expected msgstr[\(current.translations.count)]")
                }
                current.isPlural = true
                let text = string(rest, n, stringColumn) ?? ""
                current.translations.append(.init(text: text, line: n))
                open = .translation(current.translations.count - 1)
            } else {
                error(n, column, "syntax error: '\(keyword.prefix(20))' is not a PO keyword")
                open = .none
            }
        }
    }

    mutating func comment(_ line: ArraySlice<UInt8>, _ n: Int) {
        if current.id != nil && !current.translations.isEmpty { finishEntry(at: n) }
        if current.line == 0 { current.line = n }
        let kind = line.dropFirst().first
        let body = decode(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        switch kind {
        case UInt8(ascii: "."): current.extractedComments.append(body); open = .none
        case UInt8(ascii: ":"): current.references.append(body); open = .none
        case UInt8(ascii: ","):
            current.flags += body.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            open = .none
        case UInt8(ascii: "|"):
            var rest = line.dropFirst(2)
            while let f = rest.first, f == 32 || f == 9 { rest = rest.dropFirst() }
            let column = 3 + (line.count - 2 - rest.count) + 1
            if rest.first == UInt8(ascii: "\"") {
                guard open == .previousContext || open == .previousID || open == .previousPluralID,
                    let text = string(rest, n, column)
                else {
                    error(n, column, "syntax error: a '#|' continuation without a previous keyword")
                    return
                }
                append(text)
                return
            }
            let word = rest.prefix { $0 != 32 && $0 != 9 && $0 != UInt8(ascii: "\"") }
            var value = rest.dropFirst(word.count)
            while let f = value.first, f == 32 || f == 9 { value = value.dropFirst() }
            let keyword = String(decoding: word, as: UTF8.self)
            guard let text = string(value, n, column + word.count + 1) else { return }
            switch keyword {
            case "msgctxt": current.previousContext = .init(text: text, line: n); open = .previousContext
            case "msgid": current.previousID = .init(text: text, line: n); open = .previousID
            case "msgid_plural": current.previousPluralID = .init(text: text, line: n); open = .previousPluralID
            default:
                error(
                    n, column,
                    "syntax error: '#| \(keyword)' is not a previous-field keyword (msgctxt, msgid, msgid_plural)")
            }
        default:
            current.translatorComments.append(body)
            open = .none
        }
    }

    mutating func append(_ text: String) {
        switch open {
        case .none: break
        case .context: current.context?.text += text
        case .id: current.id?.text += text
        case .pluralID: current.pluralID?.text += text
        case .translation(let i) where i < current.translations.count: current.translations[i].text += text
        case .translation: break
        case .previousContext: current.previousContext?.text += text
        case .previousID: current.previousID?.text += text
        case .previousPluralID: current.previousPluralID?.text += text
        }
    }

    func decode(_ bytes: ArraySlice<UInt8>) -> String {
        latin1 ? String(bytes.map { Character(Unicode.Scalar($0)) }) : String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes one quoted string that must fill the rest of the line; nil (with an error) when malformed.
    mutating func string(_ s: ArraySlice<UInt8>, _ n: Int, _ column: Int) -> String? {
        guard s.first == UInt8(ascii: "\"") else {
            error(n, column, "syntax error: a quoted string is expected here")
            return nil
        }
        var out: [UInt8] = []
        var i = s.index(after: s.startIndex)
        while i < s.endIndex {
            let b = s[i]
            if b == UInt8(ascii: "\"") {
                var j = s.index(after: i)
                while j < s.endIndex, s[j] == 32 || s[j] == 9 { j += 1 }
                if j < s.endIndex {
                    error(n, column + (j - s.startIndex), "syntax error: text after the closing quote")
                    return nil
                }
                return decode(out[...])
            }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < s.endIndex else { break }
                switch s[i] {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "a"): out.append(7)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "v"): out.append(11)
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "?"), UInt8(ascii: "'"): out.append(s[i])
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = 0, k = 0
                    while k < 3, i < s.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(s[i]) {
                        value = value * 8 + Int(s[i] - UInt8(ascii: "0"))
                        i += 1
                        k += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: value))
                    continue
                case UInt8(ascii: "x"):
                    var value = 0, k = 0
                    i += 1
                    while i < s.endIndex, let d = Int(String(UnicodeScalar(s[i])), radix: 16) {
                        value = value * 16 + d
                        i += 1
                        k += 1
                    }
                    if k == 0 {
                        error(n, column + (i - s.startIndex), "invalid escape sequence '\\x' without hex digits")
                    }
                    out.append(UInt8(truncatingIfNeeded: value))
                    continue
                default:
                    error(
                        n, column + (i - s.startIndex) - 1,
                        "invalid control sequence '\\\(Character(Unicode.Scalar(s[i])))'")
                }
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        error(n, column, "end-of-line within string (a closing quote is missing)")
        return nil
    }
}
