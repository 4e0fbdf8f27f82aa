import Foundation

/// The interchange formats Jeju reads and writes, each declared once with its name, extensions and media type.
public enum InterchangeFormat: String, Sendable, CaseIterable, Codable {
    /// XLIFF 2.1 (the canonical format).
    case xliff2 = "xliff"
    /// XLIFF 1.2, for tools without XLIFF 2.
    case xliff12
    /// GNU gettext PO, for Poedit, Weblate and the like.
    case po
    /// A bilingual table (CSV, RFC 4180) for spreadsheets, with Translate Toolkit's column names.
    case csv

    /// The name users see.
    public var displayName: String {
        switch self {
        case .xliff2: "XLIFF 2.1"
        case .xliff12: "XLIFF 1.2"
        case .po: "PO"
        case .csv: "CSV bilingual table"
        }
    }

    /// File extensions, without the dot; the first is the one Jeju writes.
    public var extensions: [String] {
        switch self {
        case .xliff2: ["xlf", "xliff"]
        case .xliff12: ["xlf", "xliff"]
        case .po: ["po", "pot"]
        case .csv: ["csv"]
        }
    }

    /// The media type.
    public var mediaType: String {
        switch self {
        case .xliff2, .xliff12: "application/xliff+xml"
        case .po: "text/x-gettext-translation"
        case .csv: "text/csv"
        }
    }

    /// The format of a file from its first bytes: XML with `<xliff version="2.x">` or `"1.x"`, else a CSV table
    /// when the name ends in `.csv`, else PO when the name ends in `.po`/`.pot` or the text looks like PO
    /// (`msgid`). Nil when none fits.
    public static func detect(_ text: String, path: String) -> InterchangeFormat? {
        let head = text.prefix(4096)
        if let r = head.range(of: "<xliff") {
            // The root's own `version` (not a prefixed one such as `its:version`).
            var rest = head[r.upperBound...].prefix(2048)
            while let v = rest.range(of: "version") {
                let before = rest[..<v.lowerBound].last
                let after = rest[v.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                if let before, before.isWhitespace {
                    if after.hasPrefix("2.") { return .xliff2 }
                    if after.hasPrefix("1.") { return .xliff12 }
                    return nil
                }
                rest = rest[v.upperBound...]
            }
            return nil
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".po") || lower.hasSuffix(".pot") || head.contains("msgid") { return .po }
        return nil
    }
}
