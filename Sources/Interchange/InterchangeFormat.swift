import Foundation
import JejuSupport

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

    /// The format of a returned file (`FileFormat.detect`, the one sniffer every command uses): XLIFF 2 or 1.2,
    /// PO, or a CSV table. Nil for anything else.
    public static func detect(_ text: String, path: String) -> InterchangeFormat? {
        switch FileFormat.detect(Data(text.utf8), path: path) {
        case .xliff2?: .xliff2
        case .xliff12?: .xliff12
        case .po?: .po
        case .csv?: .csv
        case .tmx?, .tbx?, .srx?, .tsv?, nil: nil
        }
    }
}
