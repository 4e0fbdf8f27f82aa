import Foundation

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

    /// Recognises the kind from the content: the root element of an XML document (and, for XLIFF, its version
    /// or namespace); anything else with a `.po`/`.pot` extension, or starting like a PO file, is PO.
    /// Returns nil when nothing matches.
    public static func detect(_ data: Data, path: String) -> DocumentKind? {
        let ext = (path as NSString).pathExtension.lowercased()
        if DocumentKind.po.extensions.contains(ext) { return .po }
        guard let root = rootElement(data) else {
            return looksLikePO(data) ? .po : nil
        }
        let name = root.name.split(separator: ":").last.map(String.init) ?? root.name
        switch name {
        case "xliff":
            if root.tag.contains("urn:oasis:names:tc:xliff:document:1.") { return .xliff12 }
            if root.tag.contains("urn:oasis:names:tc:xliff:document:2.") { return .xliff2 }
            if let v = root.tag.range(of: "version=") {
                let after = root.tag[v.upperBound...].dropFirst()
                return after.hasPrefix("1.") ? .xliff12 : .xliff2
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
                           !(j >= 2 && bytes[j - 1] == UInt8(ascii: "-") && bytes[j - 2] == UInt8(ascii: "-")) {
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
