import Foundation
import JejuSupport

/// Reads GNU gettext PO files, with the line of every entry and every error.
///
/// Follows the gettext manual's format: comments (`#`, `#.`, `#:`, `#,`, `#|`), `msgctxt`, `msgid`,
/// `msgid_plural`, `msgstr`, `msgstr[n]`, strings continued on following lines, C escapes (`\n`, `\t`, `\"`,
/// `\\`, octal and `\x` hex), obsolete entries (`#~`). What gettext's own `msgfmt` refuses is refused here too,
/// at its line and column: a keyword out of order, an unterminated string, an unknown escape, an entry without
/// `msgstr`, a duplicate of (msgctxt, msgid).
public enum POReader {
    /// Parses PO text; `path` names the file in messages.
    public static func read(_ text: String, path: String) throws(Diagnostic) -> POFile {
        var parser = Parser(path: path)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            try parser.take(line, number: i + 1)
        }
        try parser.finish(line: lines.count)
        var file = POFile()
        var seen = Set<String>()
        for e in parser.entries {
            if e.isHeader && !e.isObsolete && file.header.isEmpty && file.entries.isEmpty {
                file.headerComments = e.translatorComments
                for field in (e.translations.first ?? "").split(separator: "\n") {
                    guard let colon = field.firstIndex(of: ":") else { continue }
                    file.header.append((String(field[..<colon]), String(field[field.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
                }
                continue
            }
            if !e.isObsolete {
                let key = (e.context ?? "\u{4}") + "\u{0}" + e.id
                guard seen.insert(key).inserted else {
                    throw Diagnostic(path: path, line: e.line, column: 1, message: "duplicate message definition (msgctxt \(e.context.map { "\"\($0)\"" } ?? "none"), msgid \"\(e.id)\")")
                }
            }
            file.entries.append(e)
        }
        return file
    }

    /// The line-by-line state machine.
    struct Parser {
        enum Field { case none, previousContext, previousID, context, id, idPlural, translation(Int) }
        let path: String
        var entries: [POEntry] = []
        var current = POEntry(id: "", translations: [])
        var started = false
        var hasID = false
        var field = Field.none
        var startLine = 0

        func fail(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(path: path, line: line, column: column, message: message)
        }

        mutating func flush(line: Int) throws(Diagnostic) {
            guard started else { return }
            if hasID {
                guard !current.translations.isEmpty else { throw fail(startLine, 1, "the entry has a msgid but no msgstr") }
                if current.idPlural == nil && current.translations.count > 1 { throw fail(startLine, 1, "msgstr[n] without msgid_plural") }
                current.line = startLine
                entries.append(current)
            } else if current.context != nil || !current.translations.isEmpty {
                throw fail(startLine, 1, "the entry has no msgid")
            }
            current = POEntry(id: "", translations: [])
            started = false
            hasID = false
            field = .none
        }

        mutating func take(_ rawLine: Substring, number: Int) throws(Diagnostic) {
            var line = rawLine
            var obsolete = false
            if line.hasPrefix("#~") {
                obsolete = true
                line = line.dropFirst(2)
                // `#~|` is the previous source of an obsolete entry: a comment like `#|`.
                if line.hasPrefix("|") { line = "#" + line } else { line = line.drop { $0 == " " } }
                if line.isEmpty { return }
            }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty { try flush(line: number); return }
            if trimmed.hasPrefix("#") && (!obsolete || trimmed.hasPrefix("#|")) {
                // A comment after msgid/msgstr starts a new entry.
                if hasID && !current.translations.isEmpty { try flush(line: number) }
                if !started { started = true; startLine = number }
                let rest = trimmed.dropFirst()
                if rest.hasPrefix(".") { current.extractedComments.append(String(rest.dropFirst().drop { $0 == " " })) }
                else if rest.hasPrefix(":") { current.references += rest.dropFirst().split(separator: " ").map(String.init) }
                else if rest.hasPrefix(",") { current.flags += rest.dropFirst().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
                else if rest.hasPrefix("|") {
                    let prev = rest.dropFirst().drop { $0 == " " }
                    if prev.hasPrefix("msgctxt ") { current.previousContext = try string(prev.dropFirst(8), number); field = .previousContext }
                    else if prev.hasPrefix("msgid_plural ") { field = .none }
                    else if prev.hasPrefix("msgid ") { current.previousID = try string(prev.dropFirst(6), number); field = .previousID }
                    else if prev.hasPrefix("\"") {
                        let s = try string(prev, number)
                        switch field {
                        case .previousContext: current.previousContext = (current.previousContext ?? "") + s
                        case .previousID: current.previousID = (current.previousID ?? "") + s
                        default: break
                        }
                    }
                } else {
                    current.translatorComments.append(String(rest.hasPrefix(" ") ? rest.dropFirst() : rest))
                }
                return
            }
            if obsolete { current.isObsolete = true }
            let column = rawLine.distance(from: rawLine.startIndex, to: trimmed.startIndex) + 1
            if trimmed.hasPrefix("\"") {
                let s = try string(trimmed, number, column: column)
                switch field {
                case .context: current.context = (current.context ?? "") + s
                case .id: current.id += s
                case .idPlural: current.idPlural = (current.idPlural ?? "") + s
                case .translation(let n): current.translations[n] += s
                case .previousContext, .previousID, .none: throw fail(number, column, "a string continuation outside any msgid or msgstr")
                }
                return
            }
            guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw fail(number, column, "expected a keyword (msgctxt, msgid, msgid_plural, msgstr) and a string")
            }
            let keyword = trimmed[..<space]
            let value = trimmed[space...].drop { $0 == " " || $0 == "\t" }
            let valueColumn = column + trimmed.distance(from: trimmed.startIndex, to: value.startIndex)
            let s = try string(value, number, column: valueColumn)
            switch keyword {
            case "msgctxt":
                if hasID { try flush(line: number) }
                if !started { started = true; startLine = number }
                guard current.context == nil else { throw fail(number, column, "msgctxt given twice") }
                current.context = s
                field = .context
            case "msgid":
                if hasID { try flush(line: number) }
                if !started { started = true; startLine = number }
                current.id = s
                hasID = true
                field = .id
            case "msgid_plural":
                guard hasID, current.translations.isEmpty else { throw fail(number, column, "msgid_plural must follow msgid") }
                current.idPlural = s
                field = .idPlural
            default:
                if keyword == "msgstr" || keyword.hasPrefix("msgstr[") {
                    guard hasID else { throw fail(number, column, "msgstr without msgid") }
                    var n = 0
                    if keyword != "msgstr" {
                        guard keyword.hasSuffix("]"), let k = Int(keyword.dropFirst(7).dropLast()), k == current.translations.count else {
                            throw fail(number, column, "\(keyword): plural forms must be numbered from 0 in order")
                        }
                        guard current.idPlural != nil else { throw fail(number, column, "msgstr[\(k)] without msgid_plural") }
                        n = k
                    } else {
                        guard current.translations.isEmpty else { throw fail(number, column, "msgstr given twice") }
                        guard current.idPlural == nil else { throw fail(number, column, "a plural entry needs msgstr[0], msgstr[1]…") }
                    }
                    current.translations.append(s)
                    field = .translation(n)
                } else {
                    throw fail(number, column, "unknown keyword '\(keyword)'")
                }
            }
        }

        mutating func finish(line: Int) throws(Diagnostic) { try flush(line: line) }

        /// A quoted C string with escapes.
        func string(_ s: Substring, _ line: Int, column: Int = 1) throws(Diagnostic) -> String {
            let scalars = Array(s.unicodeScalars)
            guard scalars.first == "\"" else { throw fail(line, column, "expected a string in double quotes") }
            var out = String.UnicodeScalarView()
            var i = 1
            while i < scalars.count {
                let u = scalars[i]
                if u == "\"" {
                    let rest = scalars[(i + 1)...].drop { $0 == " " || $0 == "\t" }
                    guard rest.isEmpty else { throw fail(line, column + i + 1, "text after the closing quote") }
                    return String(out)
                }
                if u == "\\" {
                    i += 1
                    guard i < scalars.count else { break }
                    switch scalars[i] {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "a": out.append("\u{7}")
                    case "b": out.append("\u{8}")
                    case "f": out.append("\u{C}")
                    case "v": out.append("\u{B}")
                    case "x":
                        var v: UInt32 = 0, k = 0
                        while i + 1 < scalars.count, let d = UInt32(String(scalars[i + 1]), radix: 16) {
                            v = v * 16 + d; i += 1; k += 1
                        }
                        guard k > 0, let c = Unicode.Scalar(v) else { throw fail(line, column + i, "\\x without hex digits") }
                        out.append(c)
                    case "0"..."7":
                        var v: UInt32 = 0, k = 0
                        while k < 3, i < scalars.count, ("0"..."7").contains(scalars[i]) {
                            v = v * 8 + (scalars[i].value - 48); i += 1; k += 1
                        }
                        i -= 1
                        guard let c = Unicode.Scalar(v) else { throw fail(line, column + i, "a bad octal escape") }
                        out.append(c)
                    default:
                        throw fail(line, column + i - 1, "invalid escape sequence \\\(scalars[i])")
                    }
                    i += 1
                    continue
                }
                out.append(u)
                i += 1
            }
            throw fail(line, column, "the string is not closed (missing '\"')")
        }
    }
}
