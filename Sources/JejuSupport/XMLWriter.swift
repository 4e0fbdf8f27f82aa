/// Writes XML deterministically: attributes in the order given, two-space indentation, LF line ends, escaping
/// of every text and attribute value, and a final newline.
public struct XMLWriter {
    /// The document so far.
    public private(set) var output = ""
    private var open: [String] = []
    private let indentUnit = "  "

    /// Starts a document with the XML declaration.
    public init(declaration: Bool = true) {
        if declaration { output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }
    }

    private var indent: String { String(repeating: indentUnit, count: open.count) }

    private static func attributeList(_ attributes: KeyValuePairs<String, String?>) -> String {
        var s = ""
        for (k, v) in attributes { if let v { s += " \(k)=\"\(XMLEscape.attribute(v))\"" } }
        return s
    }

    private static func attributeList(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XMLEscape.attribute($0.1))\"" }.joined()
    }

    /// Opens an element on its own line; nil attribute values are left out.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        output += "\(indent)<\(name)\(Self.attributeList(attributes))>\n"
        open.append(name)
    }

    /// Opens an element with attributes from an ordered list.
    public mutating func start(_ name: String, attributes: [(String, String)]) {
        output += "\(indent)<\(name)\(Self.attributeList(attributes))>\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    public mutating func end() {
        guard let name = open.popLast() else { return }
        output += "\(indent)</\(name)>\n"
    }

    /// Writes `<name attrs>text</name>` on one line (an empty element when `text` is nil).
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String?) {
        let attrs = Self.attributeList(attributes)
        if let text {
            output += "\(indent)<\(name)\(attrs)>\(XMLEscape.text(text))</\(name)>\n"
        } else {
            output += "\(indent)<\(name)\(attrs)/>\n"
        }
    }

    /// Writes `<name attrs>` + already-escaped inline markup + `</name>` on one line (for mixed content such as
    /// XLIFF segments whose inline codes the caller serialises).
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], markup: String) {
        output += "\(indent)<\(name)\(Self.attributeList(attributes))>\(markup)</\(name)>\n"
    }

    /// Writes a raw line at the current indentation (a comment or processing instruction the caller built).
    public mutating func raw(_ line: String) { output += "\(indent)\(line)\n" }

    /// Closes every open element and returns the document.
    public mutating func finish() -> String {
        while !open.isEmpty { end() }
        return output
    }
}

/// XML escaping.
public enum XMLEscape {
    /// Escapes `&`, `<`, `>` for element content; characters XML 1.0 cannot carry become U+FFFD.
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(isAllowed(u) ? u : "\u{FFFD}")
            }
        }
        return out
    }

    /// Escapes for a double-quoted attribute value (also tab and line ends, so they survive normalisation).
    public static func attribute(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(isAllowed(u) ? u : "\u{FFFD}")
            }
        }
        return out
    }

    /// Whether XML 1.0 allows the character at all.
    public static func isAllowed(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
