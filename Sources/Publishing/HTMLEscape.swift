import Foundation

/// Escaping for HTML text and attribute values: every string that did not come from a template goes through it.
public enum HTMLEscape {
    /// `text` with `& < > " '` replaced by character references, safe in element content and in quoted
    /// attribute values alike. Control characters other than tab and line feed are dropped (HTML forbids them).
    public static func escape(_ text: String) -> String {
        var needs = false
        for b in text.utf8
        where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || (b < 0x20 && b != 0x09 && b != 0x0A)
            || b == 0x7F
        {
            needs = true
            break
        }
        guard needs else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for b in text.utf8 {
            switch b {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A: out.append(b)
            case 0..<0x20, 0x7F: continue
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A link target from a source notice, or nil when it is not one a page may carry: only `http`, `https` and
    /// `mailto` URLs and relative references (no `javascript:`, `data:` or other schemes).
    public static func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return nil
        }
        if let colon = trimmed.firstIndex(of: ":") {
            let scheme = trimmed[..<colon]
            let isScheme = scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            if isScheme && !scheme.contains("/") {
                return ["http", "https", "mailto"].contains(scheme.lowercased()) ? trimmed : nil
            }
        }
        return trimmed
    }
}
