/// One attribute as written in a start tag (value with references decoded and normalised as XML 1.0 says).
public struct XMLAttribute: Equatable, Sendable {
    /// The qualified name as written (`xml:lang`).
    public var name: String
    /// The value, references decoded and white space normalised.
    public var value: String

    /// An attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// What the scanner found next.
public enum XMLEvent {
    /// A start tag; `empty` for `<x/>` (no end event follows).
    case start(name: String, attributes: [XMLAttribute], empty: Bool, offset: Int)
    /// An end tag (names are already checked against the open start tag).
    case end(name: String, offset: Int)
    /// Character data (references, CDATA and line ends decoded).
    case text(String, offset: Int)
    /// After the root element closed and only comments, PIs and spaces followed.
    case endOfDocument
}

/// A pull scanner for XML 1.0 over UTF-8 bytes, written for memories of a million units: one pass, no tree, no
/// per-byte position bookkeeping (line and column are computed from the byte offset only when reporting).
///
/// It checks well-formedness (tag nesting, attribute syntax and uniqueness, references, XML characters, one root,
/// nothing after it) and refuses what Jeju never honours: entity declarations (so no expansion bombs and no
/// external entities) and any reference to an undeclared entity. The DTD named by a DOCTYPE is never read.
/// The caller must keep `bytes` alive and unchanged while scanning.
public struct XMLScanner {
    /// The document's bytes (UTF-8).
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The file's path, for diagnostics.
    public let path: String
    private(set) var pos = 0
    private var open: [String] = []
    private var rootSeen = false
    private var rootClosed = false
    /// The prefixes each open element declares (`xmlns:p`), and how many open elements declare each.
    private var prefixScopes: [[String]] = []
    private var declaredPrefixes: [String: Int] = [:]

    /// A scanner at the start of `bytes`, read from `path`.
    public init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// The current byte offset (for callers that keep the byte range of a subtree).
    public var offset: Int { pos }

    /// Depth of open elements.
    public var depth: Int { open.count }

    /// The rules XML input breaks, for a caller to tell a refusal on principle from a broken file.
    public enum Rule {
        /// Not well-formed XML (XML 1.0 and Namespaces in XML).
        public static let wellFormed = "xml.well-formed"
        /// An entity declaration or a reference to an undeclared entity: refused whatever the file (no expansion,
        /// no external entities).
        public static let entity = "xml.entity"
        /// A prefix used without its namespace declaration.
        public static let namespace = "xml.namespace"
        /// Elements nested deeper than `Limits.xmlDepth`.
        public static let depth = "limits.xml-depth"
    }

    /// A diagnostic at byte `offset`, breaking `rule` (not well-formed by default).
    public func error(_ message: String, at offset: Int, rule: String = Rule.wellFormed) -> Diagnostic {
        let (line, column) = XMLScanner.position(of: offset, in: bytes)
        return Diagnostic(rule: rule, path: path, line: line, column: column, message: message)
    }

    /// 1-based line and column (in Unicode scalars) of byte `offset`.
    public static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 10 { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }

    @inline(__always) private func byte(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
    }

    private func startsWith(_ s: StaticString, at i: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        return true
    }

    private mutating func skipSpaces() {
        while pos < bytes.count, Self.isSpace(bytes[pos]) { pos += 1 }
    }

    /// The next event.
    public mutating func next() throws(Diagnostic) -> XMLEvent {
        while true {
            if pos >= bytes.count {
                if rootClosed { return .endOfDocument }
                if let name = open.last {
                    throw error("the element <\(name)> is not closed before the end of the file", at: pos)
                }
                throw error(
                    rootSeen ? "not well-formed XML: unexpected end" : "not well-formed XML: no root element", at: pos)
            }
            let b = bytes[pos]
            if b == UInt8(ascii: "<") {
                let next = byte(pos + 1)
                if next == UInt8(ascii: "/") { return try endTag() }
                if next == UInt8(ascii: "?") { try skipProcessingInstruction(); continue }
                if next == UInt8(ascii: "!") {
                    if startsWith("<!--", at: pos) { try skipComment(); continue }
                    if startsWith("<![CDATA[", at: pos) {
                        guard !open.isEmpty else {
                            throw error("not well-formed XML: CDATA outside the root element", at: pos)
                        }
                        return try cdata()
                    }
                    if startsWith("<!DOCTYPE", at: pos) { try doctype(); continue }
                    throw error("not well-formed XML: unexpected '<!'", at: pos)
                }
                return try startTag()
            }
            // Character data.
            let start = pos
            if open.isEmpty {
                skipSpaces()
                if pos == start {
                    throw error(
                        rootClosed
                            ? "not well-formed XML: extra content after the end of the document"
                            : "not well-formed XML: text before the root element", at: pos)
                }
                continue
            }
            return .text(try characterData(), offset: start)
        }
    }

    private mutating func skipComment() throws(Diagnostic) {
        let start = pos
        pos += 4
        while pos + 2 < bytes.count {
            if bytes[pos] == UInt8(ascii: "-") && bytes[pos + 1] == UInt8(ascii: "-") {
                guard bytes[pos + 2] == UInt8(ascii: ">") else {
                    throw error("not well-formed XML: '--' inside a comment", at: pos)
                }
                pos += 3
                return
            }
            pos += 1
        }
        throw error("not well-formed XML: a comment that is not closed", at: start)
    }

    private mutating func skipProcessingInstruction() throws(Diagnostic) {
        let start = pos
        pos += 2
        let target = try name()
        if target.lowercased() == "xml" {
            // The XML declaration: only at the very start, and with its version (XML 1.0 §2.8).
            guard start == 0 else {
                throw error(
                    "not well-formed XML: an XML declaration ('<?xml …?>') is allowed only at the start of the file",
                    at: start)
            }
            guard
                startsWith(" version", at: pos) || startsWith("\tversion", at: pos) || startsWith("\nversion", at: pos)
                    || startsWith("\rversion", at: pos)
            else {
                throw error(
                    "not well-formed XML: the XML declaration has no version ('<?xml version=\"1.0\"?>')", at: start)
            }
        } else if pos < bytes.count, !Self.isSpace(bytes[pos]), !startsWith("?>", at: pos) {
            throw error("not well-formed XML: a malformed processing instruction", at: start)
        }
        while pos + 1 < bytes.count {
            if bytes[pos] == UInt8(ascii: "?") && bytes[pos + 1] == UInt8(ascii: ">") { pos += 2; return }
            pos += 1
        }
        throw error("not well-formed XML: a processing instruction that is not closed", at: start)
    }

    private mutating func doctype() throws(Diagnostic) {
        let start = pos
        if rootSeen { throw error("not well-formed XML: DOCTYPE after the root element", at: pos) }
        pos += 9
        var quote: UInt8 = 0
        var inSubset = false
        while pos < bytes.count {
            let b = bytes[pos]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "[") {
                inSubset = true
            } else if b == UInt8(ascii: "]") {
                inSubset = false
            } else if inSubset && startsWith("<!ENTITY", at: pos) {
                throw error(
                    "entity declarations are not accepted (Jeju never expands internal or external entities)", at: pos,
                    rule: Rule.entity)
            } else if b == UInt8(ascii: ">") && !inSubset {
                pos += 1
                return
            }
            pos += 1
        }
        throw error("not well-formed XML: a DOCTYPE that is not closed", at: start)
    }

    private mutating func name() throws(Diagnostic) -> String {
        let start = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if Self.isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
                || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "?")
            {
                break
            }
            pos += 1
        }
        guard pos > start else { throw error("not well-formed XML: a name is missing", at: pos) }
        let first = bytes[start]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || (first >= 0x30 && first <= 0x39) {
            throw error(
                "not well-formed XML: a name cannot start with '\(Character(Unicode.Scalar(first)))'", at: start)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
    }

    private mutating func startTag() throws(Diagnostic) -> XMLEvent {
        let start = pos
        if rootClosed { throw error("not well-formed XML: extra content after the end of the document", at: pos) }
        pos += 1
        let tag = try name()
        var attributes: [XMLAttribute] = []
        while true {
            let hadSpace = pos < bytes.count && Self.isSpace(bytes[pos])
            skipSpaces()
            guard pos < bytes.count else {
                throw error("not well-formed XML: the start tag <\(tag)> is not closed", at: start)
            }
            let b = bytes[pos]
            if b == UInt8(ascii: ">") { pos += 1; break }
            if b == UInt8(ascii: "/") {
                guard byte(pos + 1) == UInt8(ascii: ">") else {
                    throw error("not well-formed XML: '>' is missing", at: pos)
                }
                pos += 2
                _ = try checkPrefixes(tag, attributes, at: start)
                rootSeen = true
                if open.isEmpty { rootClosed = true }
                return .start(name: tag, attributes: attributes, empty: true, offset: start)
            }
            guard hadSpace else { throw error("not well-formed XML: a space is missing before an attribute", at: pos) }
            let attrStart = pos
            let attrName = try name()
            skipSpaces()
            guard byte(pos) == UInt8(ascii: "=") else {
                throw error("not well-formed XML: the attribute '\(attrName)' has no value", at: attrStart)
            }
            pos += 1
            skipSpaces()
            let value = try attributeValue()
            if attributes.contains(where: { $0.name == attrName }) {
                throw error("not well-formed XML: the attribute '\(attrName)' is given twice", at: attrStart)
            }
            attributes.append(XMLAttribute(name: attrName, value: value))
            if attributes.count > Limits.xmlAttributes {
                throw error(
                    "<\(tag)> has more than \(Limits.xmlAttributes) attributes, the limit for one element",
                    at: attrStart)
            }
        }
        rootSeen = true
        if open.count >= Limits.xmlDepth {
            throw error(
                "elements nest more than \(Limits.xmlDepth) levels deep, the limit for XML", at: start, rule: Rule.depth
            )
        }
        let declared = try checkPrefixes(tag, attributes, at: start)
        open.append(tag)
        prefixScopes.append(declared)
        for p in declared { declaredPrefixes[p, default: 0] += 1 }
        return .start(name: tag, attributes: attributes, empty: false, offset: start)
    }

    private mutating func endTag() throws(Diagnostic) -> XMLEvent {
        let start = pos
        pos += 2
        let tag = try name()
        skipSpaces()
        guard byte(pos) == UInt8(ascii: ">") else {
            throw error("not well-formed XML: '>' is missing in </\(tag)>", at: pos)
        }
        pos += 1
        guard let expected = open.popLast() else {
            throw error("not well-formed XML: the end tag </\(tag)> has no start tag", at: start)
        }
        guard expected == tag else {
            throw error(
                "not well-formed XML: the end tag </\(tag)> does not match the start tag <\(expected)>", at: start)
        }
        for p in prefixScopes.popLast() ?? [] {
            declaredPrefixes[p, default: 1] -= 1
            if declaredPrefixes[p] == 0 { declaredPrefixes[p] = nil }
        }
        if open.isEmpty { rootClosed = true }
        return .end(name: tag, offset: start)
    }

    /// Namespace well-formedness (Namespaces in XML 1.0, section 5): the prefix of the element's and every
    /// attribute's name is declared on this element or an open one (`xml` and `xmlns` are built in). Returns the
    /// prefixes this element declares.
    private func checkPrefixes(_ tag: String, _ attributes: [XMLAttribute], at start: Int) throws(Diagnostic)
        -> [String]
    {
        var declared: [String] = []
        for a in attributes where a.name.utf8.count > 6 && a.name.hasPrefix("xmlns:") {
            let prefix = String(a.name.dropFirst(6))
            if a.value.isEmpty && prefix != "xml" {
                throw error(
                    "not well-formed XML: the namespace prefix '\(prefix)' is bound to an empty name", at: start)
            }
            declared.append(prefix)
        }
        func check(_ name: String) throws(Diagnostic) {
            guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else { return }
            let prefix = name[..<colon]
            if prefix == "xml" || prefix == "xmlns" || declared.contains(where: { $0 == prefix })
                || declaredPrefixes[String(prefix)] != nil
            {
                return
            }
            throw error(
                "not well-formed XML: the namespace prefix '\(prefix)' of '\(name)' is not declared", at: start,
                rule: Rule.namespace)
        }
        try check(tag)
        for a in attributes { try check(a.name) }
        return declared
    }

    private mutating func attributeValue() throws(Diagnostic) -> String {
        let quote = byte(pos)
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw error("not well-formed XML: an attribute value without quotes", at: pos)
        }
        let start = pos
        pos += 1
        var out: [UInt8] = []
        var runStart = pos
        while true {
            guard pos < bytes.count else {
                throw error("not well-formed XML: an attribute value that is not closed", at: start)
            }
            let b = bytes[pos]
            if b == quote { break }
            switch b {
            case UInt8(ascii: "<"): throw error("not well-formed XML: '<' inside an attribute value", at: pos)
            case UInt8(ascii: "&"):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                try reference(into: &out)
                runStart = pos
                continue
            case 0x09, 0x0A, 0x0D:
                // Attribute-value normalisation (XML 1.0 §3.3.3): white space becomes a space; CR LF counts once.
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                out.append(0x20)
                if b == 0x0D && byte(pos + 1) == 0x0A { pos += 1 }
                pos += 1
                runStart = pos
                continue
            default:
                if b < 0x20 {
                    throw error(
                        "not well-formed XML: control character U+\(hex(UInt32(b))) in an attribute value", at: pos)
                }
            }
            pos += 1
        }
        if out.isEmpty {
            let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]), as: UTF8.self)
            pos += 1
            return s
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
        pos += 1
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func characterData() throws(Diagnostic) -> String {
        var out: [UInt8] = []
        var runStart = pos
        var plain = true
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "<") { break }
            if b == UInt8(ascii: "&") {
                if plain { out.reserveCapacity(pos - runStart + 16); plain = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                try reference(into: &out)
                runStart = pos
                continue
            }
            if b == 0x0D {
                if plain { plain = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
                out.append(0x0A)
                if byte(pos + 1) == 0x0A { pos += 1 }
                pos += 1
                runStart = pos
                continue
            }
            if b < 0x20 && b != 0x09 && b != 0x0A {
                throw error("not well-formed XML: control character U+\(hex(UInt32(b))) is not allowed in XML", at: pos)
            }
            if b == UInt8(ascii: ">") && pos >= 2 && bytes[pos - 1] == UInt8(ascii: "]")
                && bytes[pos - 2] == UInt8(ascii: "]")
            {
                throw error("not well-formed XML: ']]>' in text", at: pos - 2)
            }
            pos += 1
        }
        if plain { return String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]), as: UTF8.self) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func cdata() throws(Diagnostic) -> XMLEvent {
        let start = pos
        pos += 9
        let contentStart = pos
        while pos + 2 < bytes.count {
            if bytes[pos] == UInt8(ascii: "]") && bytes[pos + 1] == UInt8(ascii: "]")
                && bytes[pos + 2] == UInt8(ascii: ">")
            {
                var raw = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<pos]))
                pos += 3
                if raw.contains(0x0D) {
                    var fixed: [UInt8] = []
                    var i = 0
                    while i < raw.count {
                        if raw[i] == 0x0D {
                            fixed.append(0x0A); if i + 1 < raw.count && raw[i + 1] == 0x0A { i += 1 }
                        } else {
                            fixed.append(raw[i])
                        }
                        i += 1
                    }
                    raw = fixed
                }
                return .text(String(decoding: raw, as: UTF8.self), offset: start)
            }
            pos += 1
        }
        throw error("not well-formed XML: a CDATA section that is not closed", at: start)
    }

    /// Decodes `&…;` at `pos` into `out` and moves past it.
    private mutating func reference(into out: inout [UInt8]) throws(Diagnostic) {
        let start = pos
        pos += 1
        var end = pos
        while end < bytes.count, end - pos < 32, bytes[end] != UInt8(ascii: ";") {
            let b = bytes[end]
            if Self.isSpace(b) || b == UInt8(ascii: "<") || b == UInt8(ascii: "&") { break }
            end += 1
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else {
            throw error("not well-formed XML: an entity reference without its ';'", at: start)
        }
        let body = UnsafeBufferPointer(rebasing: bytes[pos..<end])
        pos = end + 1
        if body.first == UInt8(ascii: "#") {
            var value: UInt32 = 0
            var digits = body.dropFirst()
            var radix: UInt32 = 10
            if digits.first == UInt8(ascii: "x") { radix = 16; digits = digits.dropFirst() }
            guard !digits.isEmpty else { throw error("not well-formed XML: an empty character reference", at: start) }
            for d in digits {
                let v: UInt32
                switch d {
                case 0x30...0x39: v = UInt32(d - 0x30)
                case 0x61...0x66 where radix == 16: v = UInt32(d - 0x61 + 10)
                case 0x41...0x46 where radix == 16: v = UInt32(d - 0x41 + 10)
                default: throw error("not well-formed XML: a malformed character reference", at: start)
                }
                value = value * radix + v
                if value > 0x10FFFF {
                    throw error("not well-formed XML: a character reference beyond U+10FFFF", at: start)
                }
            }
            guard let scalar = Unicode.Scalar(value), XMLEscape.isAllowed(scalar) else {
                throw error(
                    "not well-formed XML: the character reference &#\(value); is a character XML does not allow",
                    at: start)
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            return
        }
        switch String(decoding: body, as: UTF8.self) {
        case "amp": out.append(UInt8(ascii: "&"))
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        case let other:
            throw error(
                "a reference to the undeclared entity '&\(other);' (Jeju expands only the five XML entities)",
                at: start,
                rule: Rule.entity)
        }
    }

    private func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
