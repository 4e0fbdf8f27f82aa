import Foundation

/// The file formats Jeju reads, recognised in one place by one sniffer (`detect`) for every command: `jeju
/// validate` (`DocumentKind`), `jeju merge` (`InterchangeFormat`) and glossary imports (`TermbaseFormat`) each map
/// it to the formats they take.
public enum FileFormat: String, Sendable, CaseIterable {
    /// XLIFF 2.x (namespace `urn:oasis:names:tc:xliff:document:2.0`, or `version="2.x"`).
    case xliff2
    /// XLIFF 1.x.
    case xliff12
    /// GNU gettext PO.
    case po
    /// TMX.
    case tmx
    /// TBX v3 (`tbx`) or TBX 2008 (`martif`).
    case tbx
    /// SRX.
    case srx
    /// A CSV table (bilingual or a termbase).
    case csv
    /// A tab-separated table (OmegaT's glossaries).
    case tsv

    /// The format of a file from its content: the root element of an XML document (and, for XLIFF, its
    /// namespace or version); otherwise PO by a `.po`/`.pot` name or a first keyword `msgid`/`msgctxt`, and
    /// CSV or TSV by the name (`.csv`; `.tsv`, `.tab`). Nil when nothing matches.
    public static func detect(_ data: Data, path: String) -> FileFormat? {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "po" || ext == "pot" { return .po }
        guard let root = rootElement(data) else {
            if looksLikePO(data) { return .po }
            if ext == "csv" { return .csv }
            if ext == "tsv" || ext == "tab" { return .tsv }
            return nil
        }
        let name = root.name.split(separator: ":").last.map(String.init) ?? root.name
        switch name {
        case "xliff":
            if root.tag.contains("urn:oasis:names:tc:xliff:document:1.") { return .xliff12 }
            if root.tag.contains("urn:oasis:names:tc:xliff:document:2.") { return .xliff2 }
            // The root's own `version` (not a prefixed one such as `its:version`).
            var rest = root.tag[...]
            while let v = rest.range(of: "version") {
                if rest[..<v.lowerBound].last?.isWhitespace == true {
                    let after = rest[v.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                    return after.hasPrefix("1.") ? .xliff12 : .xliff2
                }
                rest = rest[v.upperBound...]
            }
            return .xliff2
        case "tmx": return .tmx
        case "tbx", "martif": return .tbx
        case "srx": return .srx
        default: return nil
        }
    }

    /// The first start tag after the prolog: its name and the whole tag text.
    static func rootElement(_ data: Data) -> (name: String, tag: String)? {
        let bytes = [UInt8](data.prefix(256 * 1024))
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count {
            guard let lt = bytes[i...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            // Before the first tag only white space may appear in an XML file.
            if bytes[i..<lt].contains(where: { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) }) { return nil }
            let next = lt + 1 < bytes.count ? bytes[lt + 1] : 0
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // Skip a declaration, comment or DOCTYPE (with its internal subset).
                var depth = 0
                var j = lt + 1
                while j < bytes.count {
                    if bytes[j] == UInt8(ascii: "[") { depth += 1 }
                    if bytes[j] == UInt8(ascii: "]") { depth -= 1 }
                    if bytes[j] == UInt8(ascii: ">") && depth <= 0 {
                        if next == UInt8(ascii: "!"), bytes[lt..<j].starts(with: Array("<!--".utf8)),
                            !(j >= 2 && bytes[j - 1] == UInt8(ascii: "-") && bytes[j - 2] == UInt8(ascii: "-"))
                        {
                            j += 1
                            continue
                        }
                        break
                    }
                    j += 1
                }
                i = j + 1
                continue
            }
            guard let gt = bytes[lt...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let tag = String(decoding: bytes[lt...gt], as: UTF8.self)
            let name = tag.dropFirst().prefix { !" \t\r\n/>".contains($0) }
            return (String(name), tag)
        }
        return nil
    }

    /// Whether the text starts (after comments and blank lines) with a PO keyword.
    static func looksLikePO(_ data: Data) -> Bool {
        let text = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { continue }
            return t.hasPrefix("msgid") || t.hasPrefix("msgctxt")
        }
        return false
    }
}
