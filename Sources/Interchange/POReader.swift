import Foundation
import JejuSupport

/// Reads GNU gettext PO files into `POFile`, with the line of every entry and every error.
///
/// The syntax is read by `POParser` (comments `#`, `#.`, `#:`, `#,`, `#|`, `msgctxt`, `msgid`, `msgid_plural`,
/// `msgstr`, `msgstr[n]`, continued strings, C escapes, obsolete `#~` entries), which `jeju validate` uses too;
/// this reader refuses what that parser reports, at its line and column, and a duplicate (msgctxt, msgid).
public enum POReader {
    /// Parses PO text (already decoded); `path` names the file in messages.
    public static func read(_ text: String, path: String) throws(Diagnostic) -> POFile {
        let result = POParser.parse(text: text, path: path)
        if let first = result.errors.first { throw first }
        var file = POFile()
        var seen = Set<String>()
        for e in result.entries {
            guard let id = e.id else {
                throw Diagnostic(
                    rule: "po.msgid", path: path, line: e.line, column: 1, message: "an entry without msgid")
            }
            let entry = POEntry(
                translatorComments: e.translatorComments, extractedComments: e.extractedComments,
                references: e.references.flatMap { $0.split(separator: " ").map(String.init) },
                flags: e.flags, previousContext: e.previousContext?.text, previousID: e.previousID?.text,
                context: e.context?.text, id: id.text, idPlural: e.pluralID?.text,
                translations: e.translations.map(\.text),
                isObsolete: e.isObsolete, line: e.line)
            if entry.isHeader && !entry.isObsolete && file.header.isEmpty && file.entries.isEmpty {
                file.headerComments = entry.translatorComments
                for field in (entry.translations.first ?? "").split(separator: "\n") {
                    guard let colon = field.firstIndex(of: ":") else { continue }
                    file.header.append(
                        (
                            String(field[..<colon]),
                            String(field[field.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                        ))
                }
                continue
            }
            if !entry.isObsolete {
                let key = (entry.context ?? "\u{4}") + "\u{0}" + entry.id
                guard seen.insert(key).inserted else {
                    throw Diagnostic(
                        rule: "po.duplicate", path: path, line: entry.line, column: 1,
                        message:
                            "duplicate message definition (msgctxt \(entry.context.map { "\"\($0)\"" } ?? "none"), msgid \"\(entry.id)\")"
                    )
                }
            }
            file.entries.append(entry)
        }
        return file
    }
}
