import Foundation

extension XMLScanner {
    /// Reads a whole document into an `XElement` tree with the scanner (`XMLReader.parse`), so a file is judged by
    /// one reader whether it is imported (which streams the same scanner's events), read or validated: the same
    /// well-formedness rules, the same limits, the same refusal of entity declarations, the same encodings
    /// (`XMLInput`). Names are local names with their namespace resolved; attributes keep their names as written
    /// (`xml:lang`). Each element's position is the closing `>` of its start tag (where libxml2 puts it too).
    ///
    /// Elements for which `skipping(namespace, localName)` is true are scanned (the document must still be
    /// well-formed there) but left out of the tree, with everything inside them.
    public static func tree(
        of data: Data, path: String, skipping: (_ namespace: String, _ name: String) -> Bool = { _, _ in false }
    ) throws(Diagnostic) -> XElement {
        try tree(utf8: try XMLInput.utf8(data, path: path), path: path, skipping: skipping)
    }

    /// `tree` of a document's bytes in an array (`XMLInput.utf8(bytes:)` reads their encoding).
    public static func tree(
        bytes: [UInt8], path: String, skipping: (_ namespace: String, _ name: String) -> Bool = { _, _ in false }
    ) throws(Diagnostic) -> XElement {
        try tree(utf8: try XMLInput.utf8(bytes: bytes, path: path), path: path, skipping: skipping)
    }

    private static func tree(
        utf8 bytes: [UInt8], path: String, skipping: (_ namespace: String, _ name: String) -> Bool
    ) throws(Diagnostic) -> XElement {
        try bytes.withUnsafeBufferPointer { buffer throws(Diagnostic) -> XElement in
            var scanner = XMLScanner(bytes: buffer, path: path)
            var cursor = (offset: 0, line: 1, column: 1)
            func position(_ offset: Int) -> (Int, Int) {
                // Offsets only grow, so positions are counted once over the file, not from its start each time.
                while cursor.offset < min(offset, buffer.count) {
                    let b = buffer[cursor.offset]
                    if b == 10 { cursor.line += 1; cursor.column = 1 } else if b & 0xC0 != 0x80 { cursor.column += 1 }
                    cursor.offset += 1
                }
                return (cursor.line, cursor.column)
            }
            var stack: [(element: XElement, namespaces: [String: String])] = []
            var root: XElement?
            var text = ""
            func flush() {
                if !text.isEmpty, let top = stack.last { top.element.append(.text(text)) }
                text = ""
            }
            while true {
                switch try scanner.next() {
                case .start(let qname, let attributes, let empty, _):
                    flush()
                    var namespaces = stack.last?.namespaces ?? ["xml": "http://www.w3.org/XML/1998/namespace"]
                    var values: [String: String] = [:], attributeNamespaces: [String: String] = [:]
                    for a in attributes {
                        if a.name == "xmlns" { namespaces[""] = a.value; continue }
                        if a.name.hasPrefix("xmlns:") { namespaces[String(a.name.dropFirst(6))] = a.value; continue }
                        values[a.name] = a.value
                    }
                    for name in values.keys {
                        if let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) {
                            attributeNamespaces[name] = namespaces[String(name[..<colon])] ?? ""
                        }
                    }
                    // Looked for in the UTF-8 bytes: searching the string would walk it character by character.
                    let colon = qname.utf8.firstIndex(of: UInt8(ascii: ":"))
                    let prefix = colon.map { String(qname[..<$0]) } ?? ""
                    let local = colon.map { String(qname[qname.utf8.index(after: $0)...]) } ?? qname
                    if skipping(namespaces[prefix] ?? "", local) {
                        var depth = empty ? 0 : 1
                        while depth > 0 {
                            switch try scanner.next() {
                            case .start(_, _, let empty, _): if !empty { depth += 1 }
                            case .end: depth -= 1
                            case .text: break
                            case .endOfDocument: depth = 0  // the scanner refuses an unclosed element first
                            }
                        }
                        continue
                    }
                    let (line, column) = position(scanner.offset - 1)  // the start tag's closing '>'
                    let element = XElement(
                        name: local, namespace: namespaces[prefix] ?? "", attributes: values,
                        attributeNamespaces: attributeNamespaces, line: line, column: column)
                    if let top = stack.last { top.element.append(.element(element)) } else { root = element }
                    if !empty { stack.append((element, namespaces)) }
                case .end:
                    flush()
                    stack.removeLast()
                case .text(let t, _):
                    text += t
                case .endOfDocument:
                    guard let root else {
                        throw Diagnostic(
                            rule: "xml.well-formed", path: path, line: 1, column: 1,
                            message: "not well-formed XML: no root element")
                    }
                    return root
                }
            }
        }
    }
}
