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

    /// Indentation strings by depth, made once (a writer of thousands of files asks for them at every line).
    private static let indents = (0..<24).map { String(repeating: "  ", count: $0) }

    /// Appends the current indentation; pieces are appended to `output` one by one rather than interpolated into
    /// a string of their own first.
    private mutating func appendIndent() {
        let depth = open.count
        output += depth < Self.indents.count ? Self.indents[depth] : String(repeating: indentUnit, count: depth)
    }

    private static func append(_ attributes: KeyValuePairs<String, String?>, to out: inout String) {
        for (k, v) in attributes {
            guard let v else { continue }
            out += " "
            out += k
            out += "=\""
            out += XMLEscape.attribute(v)
            out += "\""
        }
    }

    private static func append(_ attributes: [(String, String)], to out: inout String) {
        for (k, v) in attributes {
            out += " "
            out += k
            out += "=\""
            out += XMLEscape.attribute(v)
            out += "\""
        }
    }

    /// Appends `<name attributes`.
    private mutating func appendStart(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        appendIndent()
        output += "<"
        output += name
        Self.append(attributes, to: &output)
    }

    /// Opens an element on its own line; nil attribute values are left out.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        appendStart(name, attributes)
        output += ">\n"
        open.append(name)
    }

    /// Opens an element with attributes from an ordered list.
    public mutating func start(_ name: String, attributes: [(String, String)]) {
        appendIndent()
        output += "<"
        output += name
        Self.append(attributes, to: &output)
        output += ">\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    public mutating func end() {
        guard let name = open.popLast() else { return }
        appendIndent()
        output += "</"
        output += name
        output += ">\n"
    }

    /// Writes `<name attrs>text</name>` on one line (an empty element when `text` is nil).
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String?) {
        appendStart(name, attributes)
        if let text {
            output += ">"
            output += XMLEscape.text(text)
            output += "</"
            output += name
            output += ">\n"
        } else {
            output += "/>\n"
        }
    }

    /// Writes `<name attrs>` + already-escaped inline markup + `</name>` on one line (for mixed content such as
    /// XLIFF segments whose inline codes the caller serialises).
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], markup: String) {
        appendStart(name, attributes)
        output += ">"
        output += markup
        output += "</"
        output += name
        output += ">\n"
    }

    /// Writes a raw line at the current indentation (a comment or processing instruction the caller built).
    public mutating func raw(_ line: String) {
        appendIndent()
        output += line
        output += "\n"
    }

    /// Closes every open element and returns the document.
    public mutating func finish() -> String {
        while !open.isEmpty { end() }
        return output
    }
}

/// XML escaping, the one implementation every writer of XML in Jeju uses (TBX, XLIFF, TMX, SRX).
public enum XMLEscape {
    /// Escapes `&`, `<`, `>` for element content, and a carriage return as `&#13;` (a parser would otherwise read
    /// it as a line feed). A character XML 1.0 cannot carry is replaced by `disallowed(c)`, U+FFFD by default.
    /// Text with nothing to escape is returned as it is, without copying.
    public static func text(_ s: String, disallowed: (Unicode.Scalar) -> String = { _ in "\u{FFFD}" }) -> String {
        escape(s, attribute: false, disallowed: disallowed)
    }

    /// Escapes for a double-quoted attribute value (also `"`, tab and line ends, so they survive normalisation).
    public static func attribute(_ s: String) -> String {
        escape(s, attribute: true, disallowed: { _ in "\u{FFFD}" })
    }

    private static func escape(_ s: String, attribute: Bool, disallowed: (Unicode.Scalar) -> String) -> String {
        // Most text needs nothing: one pass over the bytes finds out. Past ASCII only U+FFFE and U+FFFF are not
        // allowed (a String holds no surrogates), and their UTF-8 begins with 0xEF.
        var plain = true
        for b in s.utf8
        where b == 0x26 || b == 0x3C || b == 0x3E || b == 0xEF || (b < 0x20 && (attribute || (b != 0x0A && b != 0x09)))
            || (attribute && b == 0x22)
        {
            plain = false
            break
        }
        if plain { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default:
                if isAllowed(u) { out.unicodeScalars.append(u) } else { out += disallowed(u) }
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
