/// Writes PO files deterministically, in the layout gettext tools write: header first, comments in the order
/// `#`, `#.`, `#:`, `#,`, `#|`, strings with C escapes, multi-line strings split after each `\n`.
public enum POWriter {
    /// The file as text.
    public static func string(_ file: POFile) -> String {
        var out = ""
        for c in file.headerComments { out += c.isEmpty ? "#\n" : "# \(c)\n" }
        out += "msgid \"\"\n"
        out += "msgstr \"\"\n"
        for (name, value) in file.header { out += "\"\(escape("\(name): \(value)\n"))\"\n" }
        for e in file.entries {
            out += "\n"
            let p = e.isObsolete ? "#~ " : ""
            for c in e.translatorComments { out += c.isEmpty ? "#\n" : "# \(c)\n" }
            for c in e.extractedComments { out += "#. \(c)\n" }
            if !e.references.isEmpty { out += "#: \(e.references.joined(separator: " "))\n" }
            if !e.flags.isEmpty { out += "#, \(e.flags.joined(separator: ", "))\n" }
            if let c = e.previousContext { out += lines("#| msgctxt", c) }
            if let i = e.previousID { out += lines("#| msgid", i) }
            if let c = e.context { out += lines(p + "msgctxt", c) }
            out += lines(p + "msgid", e.id)
            if let pl = e.idPlural {
                out += lines(p + "msgid_plural", pl)
                for (n, t) in e.translations.enumerated() { out += lines(p + "msgstr[\(n)]", t) }
            } else {
                out += lines(p + "msgstr", e.translations.first ?? "")
            }
        }
        return out
    }

    /// `keyword "…"`, or `keyword ""` and one line per `\n`-terminated piece.
    static func lines(_ keyword: String, _ value: String) -> String {
        let prefix = keyword.hasPrefix("#|") ? "#| " : keyword.hasPrefix("#~") ? "#~ " : ""
        var pieces: [String] = []
        var piece = ""
        for ch in value {
            piece.append(ch)
            if ch == "\n" { pieces.append(piece); piece = "" }
        }
        if !piece.isEmpty { pieces.append(piece) }
        if pieces.count <= 1 { return "\(keyword) \"\(escape(value))\"\n" }
        return "\(keyword) \"\"\n" + pieces.map { "\(prefix)\"\(escape($0))\"\n" }.joined()
    }

    /// C escapes for a PO string.
    public static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\" + String(u.value, radix: 8).leftPadded(3)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
