import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML safely into `XElement` trees, with positions for every element and every error.
///
/// Safety (DESIGN.md decision 5): external entities are never resolved, nothing is fetched, and a document whose
/// DOCTYPE declares entities is refused outright — libxml2 through Foundation would otherwise drop their
/// references silently, losing text. Not-well-formed input becomes a `Diagnostic` with line and column.
public enum XMLReader {
    /// Parses a whole document and returns its root element.
    public static func parse(_ data: Data, path: String) throws(Diagnostic) -> XElement {
        try parse(data, path: path, splittingAt: [], onSubtree: { _ throws(Diagnostic) in })
    }

    /// Parses a document, handing each complete element whose local name is in `split` to `onSubtree` instead of
    /// attaching it to its parent: large files (memories with a million units) stream in bounded memory.
    /// Returns the root with every other element attached. `onSubtree` may throw to stop with that diagnostic.
    public static func parse(
        _ data: Data, path: String, splittingAt split: Set<String>,
        onSubtree: @escaping (XElement) throws(Diagnostic) -> Void
    ) throws(Diagnostic) -> XElement {
        try refuseEntityDeclarations(data, path: path)
        try refuseInvalidUTF8(data, path: path)
        try refuseEmptyProcessingInstructions(data, path: path)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder(path: path, split: split, onSubtree: onSubtree)
        parser.delegate = builder
        _ = parser.parse()
        if var failure = builder.failure {
            // libxml2 reports some errors (its 10 MB text limit) at a line past the end: keep positions real.
            let lines = data.reduce(into: 1) { n, b in if b == 10 { n += 1 } }
            if let line = failure.line, line > lines { failure.line = lines; failure.column = nil }
            throw failure
        }
        guard let root = builder.root else {
            throw Diagnostic(rule: "xml.well-formed", path: path, line: 1, column: 1, message: "not well-formed XML: no root element")
        }
        return root
    }

    /// Refuses bytes that are not UTF-8, with the position of the first one (libxml2 would say "the document is
    /// empty" or stop at the wrong place). Documents in UTF-16 (with a byte-order mark) are left to the parser.
    static func refuseInvalidUTF8(_ data: Data, path: String) throws(Diagnostic) {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return }
        let bytes = [UInt8](data)
        // A declaration naming another encoding (ISO-8859-1, UTF-16) is XML's own business: libxml2 converts.
        let prolog = String(decoding: bytes.prefix(200), as: UTF8.self).lowercased()
        if prolog.hasPrefix("<?xml"), let close = prolog.range(of: "?>"),
           let e = prolog.range(of: "encoding=", range: prolog.startIndex..<close.lowerBound)?.upperBound {
            let declared = String(prolog[e...].dropFirst().prefix { $0 != "\"" && $0 != "'" })
            if declared != "utf-8" && declared != "utf8" && declared != "us-ascii" && declared != "ascii" {
                // Only encodings libxml2 converts to UTF-8 itself; any other name would hand Foundation raw bytes.
                guard transcodedEncodings.contains(declared) else {
                    let (line, column) = TextFile.position(of: 0, in: bytes)
                    throw Diagnostic(rule: "xml.encoding", path: path, line: line, column: column,
                                     message: "the declared encoding '\(declared)' is not one Jeju reads (UTF-8, UTF-16, ISO-8859-1…16, windows-1250…1258)")
                }
                return
            }
        }
        guard let bad = TextFile.firstInvalidUTF8(bytes) else { return }
        let (line, column) = TextFile.position(of: bad, in: bytes)
        throw Diagnostic(rule: "input.utf8", path: path, line: line, column: column,
                         message: "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save the file as UTF-8")
    }

    /// Refuses a processing instruction with no data (`<?target?>`, and so `<?xml?>`): libxml2 hands Foundation a
    /// null pointer for its data, and Foundation's XMLParser reads it as a C string and crashes (found by fuzzing).
    /// Valid XML, but rare enough that refusing it with its position costs nothing; comments and CDATA sections
    /// are skipped. Documents in UTF-16 are read as code units.
    static func refuseEmptyProcessingInstructions(_ data: Data, path: String) throws(Diagnostic) {
        let offset: Int?
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let little = data.first == 0xFF
            let units = stride(from: 2, to: data.count - 1, by: 2).map { i -> UInt16 in
                let a = UInt16(data[data.startIndex + i]), b = UInt16(data[data.startIndex + i + 1])
                return little ? a | b << 8 : a << 8 | b
            }
            offset = emptyProcessingInstruction(in: units)
            guard let offset else { return }
            let before = String(decoding: units[..<offset], as: UTF16.self)
            let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.unicodeScalars.count ?? 0) + 1
            throw emptyProcessingInstructionDiagnostic(path: path, line: line, column: column)
        }
        let bytes = [UInt8](data)
        offset = emptyProcessingInstruction(in: bytes)
        guard let offset else { return }
        let (line, column) = TextFile.position(of: offset, in: bytes)
        throw emptyProcessingInstructionDiagnostic(path: path, line: line, column: column)
    }

    static func emptyProcessingInstructionDiagnostic(path: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(rule: "xml.processing-instruction", path: path, line: line, column: column,
                   message: "a processing instruction without data ('<?name?>') is not read by Jeju; remove it or give it data")
    }

    /// The offset of the first `<?name?>` outside comments and CDATA sections, in ASCII-compatible code units.
    static func emptyProcessingInstruction<C: RandomAccessCollection>(in units: C) -> Int? where C.Element: BinaryInteger, C.Index == Int {
        let lt: C.Element = 0x3C, q: C.Element = 0x3F, gt: C.Element = 0x3E, bang: C.Element = 0x21
        func at(_ i: Int, _ ascii: String) -> Bool {
            i + ascii.utf8.count <= units.endIndex && zip(units[i...], ascii.utf8).allSatisfy { $0 == C.Element($1) }
        }
        func find(_ ascii: String, from i: Int) -> Int? {
            var j = i
            while j < units.endIndex { if at(j, ascii) { return j }; j += 1 }
            return nil
        }
        var i = units.startIndex
        while i + 1 < units.endIndex {
            guard units[i] == lt else { i += 1; continue }
            if units[i + 1] == bang {
                if at(i, "<!--") { guard let e = find("-->", from: i + 4) else { return nil }; i = e + 3; continue }
                if at(i, "<![CDATA[") { guard let e = find("]]>", from: i + 9) else { return nil }; i = e + 3; continue }
            } else if units[i + 1] == q {
                var j = i + 2
                while j < units.endIndex, ![0x20, 0x09, 0x0A, 0x0D, 0x3F, 0x3C, 0x3E].contains(Int(units[j])) { j += 1 }
                if j > i + 2, j + 1 < units.endIndex, units[j] == q, units[j + 1] == gt { return i }
                guard let e = find("?>", from: j) else { return nil }
                i = e + 2
                continue
            }
            i += 1
        }
        return nil
    }

    /// Encodings libxml2 converts to UTF-8 before Foundation sees the text.
    static let transcodedEncodings: Set<String> = Set(
        ["utf-16", "utf-16le", "utf-16be", "utf16", "latin1", "latin-1"]
            + (1...16).map { "iso-8859-\($0)" } + (1...16).map { "iso8859-\($0)" } + (1250...1258).map { "windows-\($0)" }
            + (1250...1258).map { "cp\($0)" })

    /// Refuses `<!DOCTYPE … [ … <!ENTITY … ]>`: entity declarations are never honoured.
    static func refuseEntityDeclarations(_ data: Data, path: String) throws(Diagnostic) {
        // Only the prolog can hold a DOCTYPE: look before the first element start.
        let prolog = data.prefix(64 * 1024)
        guard let doctype = prolog.range(of: Data("<!DOCTYPE".utf8)) else { return }
        guard let entity = prolog.range(of: Data("<!ENTITY".utf8), in: doctype.upperBound..<prolog.endIndex) else { return }
        let (line, column) = TextFile.position(of: entity.lowerBound - data.startIndex, in: [UInt8](prolog))
        throw Diagnostic(rule: "xml.entity", path: path, line: line, column: column,
                         message: "entity declarations are not accepted (external and internal entities are never expanded)")
    }

    /// libxml2's error numbers that Foundation passes through, in words.
    static func describe(code: Int) -> String {
        switch code {
        case 1: "a text or value larger than the XML reader's 10 MB limit"
        case 4: "the document is empty"
        case 5: "extra content after the end of the document"
        case 9: "a character that XML does not allow"
        case 23: "an entity reference without its ';'"
        case 24, 25: "an unterminated character or entity reference"
        case 26, 27: "a reference to an undeclared entity"
        case 38: "'<' inside an attribute value"
        case 39: "an attribute value without quotes"
        case 40: "an unterminated attribute value"
        case 41: "an attribute without a value"
        case 42: "an attribute given twice"
        case 43: "a malformed comment"
        case 46: "a malformed processing instruction"
        case 63: "a CDATA section that is not closed"
        case 68: "a name is missing"
        case 73: "'>' is missing"
        case 76: "the end tag does not match the start tag"
        case 77: "an element is not closed"
        case 201: "an undeclared namespace prefix"
        default: "libxml2 error \(code)"
        }
    }
}

/// Builds the tree from XMLParser callbacks and keeps the first error with its position.
final class TreeBuilder: NSObject, XMLParserDelegate {
    let path: String
    let split: Set<String>
    let onSubtree: (XElement) throws(Diagnostic) -> Void
    var stack: [XElement] = []
    var root: XElement?
    var failure: Diagnostic?
    var pendingText = ""

    init(path: String, split: Set<String>, onSubtree: @escaping (XElement) throws(Diagnostic) -> Void) {
        self.path = path
        self.split = split
        self.onSubtree = onSubtree
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        stack.last?.append(.text(pendingText))
        pendingText = ""
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        flushText()
        if stack.count >= Limits.xmlDepth || attributes.count > Limits.xmlAttributes {
            if failure == nil {
                failure = Diagnostic(rule: "limits.xml", path: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                                     message: stack.count >= Limits.xmlDepth
                                        ? "elements nest more than \(Limits.xmlDepth) levels deep, the limit for XML"
                                        : "<\(name)> has more than \(Limits.xmlAttributes) attributes, the limit for one element")
            }
            parser.abortParsing()
            return
        }
        let element = XElement(name: name, namespace: namespaceURI ?? "", attributes: attributes,
                               line: parser.lineNumber, column: parser.columnNumber)
        if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if failure != nil { return }
        flushText()
        guard let element = stack.popLast() else { return }
        if split.contains(element.name) && !stack.isEmpty {
            do throws(Diagnostic) {
                try onSubtree(element)
            } catch {
                if failure == nil { failure = error }
                parser.abortParsing()
            }
        } else {
            stack.last?.append(.element(element))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { pendingText += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { pendingText += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespace: String) { pendingText += whitespace }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        guard failure == nil else { return }
        let code = (error as NSError).code
        failure = Diagnostic(rule: "xml.well-formed", path: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                             message: "not well-formed XML: \(XMLReader.describe(code: code))")
    }
}
