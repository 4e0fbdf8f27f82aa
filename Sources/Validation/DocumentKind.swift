import Foundation
import JejuSupport

/// The file formats `jeju validate` knows, each declaring its name and file extensions once.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    /// XLIFF 2.0/2.1/2.2 (OASIS), namespace `urn:oasis:names:tc:xliff:document:2.0`.
    case xliff2
    /// XLIFF 1.2 (OASIS), namespace `urn:oasis:names:tc:xliff:document:1.2`.
    case xliff12
    /// GNU gettext PO catalogues.
    case po
    /// TMX 1.4b translation memories.
    case tmx
    /// TBX termbases (v3 and 2008 `martif`).
    case tbx
    /// SRX 2.0 segmentation rules.
    case srx

    /// The human name used in reports.
    public var displayName: String {
        switch self {
        case .xliff2: "XLIFF 2"
        case .xliff12: "XLIFF 1.2"
        case .po: "PO"
        case .tmx: "TMX"
        case .tbx: "TBX"
        case .srx: "SRX"
        }
    }

    /// File extensions (lowercase, without the dot) usually carrying this kind.
    public var extensions: [String] {
        switch self {
        case .xliff2, .xliff12: ["xlf", "xliff"]
        case .po: ["po", "pot"]
        case .tmx: ["tmx"]
        case .tbx: ["tbx"]
        case .srx: ["srx"]
        }
    }

    /// Recognises the kind from the content (`FileFormat.detect`, the one sniffer every command uses); nil for
    /// anything `jeju validate` does not check.
    public static func detect(_ data: Data, path: String) -> DocumentKind? {
        FileFormat.detect(data, path: path).flatMap { DocumentKind(rawValue: $0.rawValue) }
    }
}
