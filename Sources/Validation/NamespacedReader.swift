import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JejuSupport

/// Parses XML into `NamespacedElement` trees, resolving every attribute's prefix to its namespace.
///
/// Safety comes from `XMLReader`: the document goes through it first, so entity declarations are refused and
/// external entities never resolved (DESIGN.md decision 5), and its well-formedness diagnostics are the ones
/// reported. Only a document it accepted is parsed again here, with prefix mappings reported.
public enum NamespacedReader {
    /// Parses `data` (named `path` in messages) and returns the root element.
    public static func parse(_ data: Data, path: String) throws(Diagnostic) -> NamespacedElement {
        _ = try XMLReader.parse(data, path: path)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        let builder = NamespacedTreeBuilder(path: path)
        parser.delegate = builder
        _ = parser.parse()
        if let failure = builder.failure { throw failure }
        guard let root = builder.root else {
            throw Diagnostic(rule: "xml.well-formed", path: path, line: 1, column: 1, message: "not well-formed XML: no root element")
        }
        return root
    }
}

/// Builds the tree, keeping a stack of prefix bindings so attribute prefixes resolve to namespaces.
final class NamespacedTreeBuilder: NSObject, XMLParserDelegate {
    let path: String
    var root: NamespacedElement?
    var stack: [NamespacedElement] = []
    var bindings: [String: [String]] = ["xml": [NamespacedElement.xmlNamespace]]
    var failure: Diagnostic?

    init(path: String) { self.path = path }

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        bindings[prefix, default: []].append(namespaceURI)
    }

    func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
        _ = bindings[prefix]?.popLast()
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        var list: [NamespacedElement.Attribute] = []
        for (qname, value) in attributes.sorted(by: { $0.key < $1.key }) {
            if qname == "xmlns" || qname.hasPrefix("xmlns:") { continue }
            if let colon = qname.firstIndex(of: ":") {
                let prefix = String(qname[..<colon])
                let local = String(qname[qname.index(after: colon)...])
                let uri = bindings[prefix]?.last ?? ""
                list.append(.init(namespace: uri, name: local, qualifiedName: qname, value: value))
            } else {
                list.append(.init(namespace: "", name: qname, qualifiedName: qname, value: value))
            }
        }
        let element = NamespacedElement(name: name, namespace: namespaceURI ?? "", attributes: list,
                                        line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        if let parent = stack.last { parent.append(element) } else if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.append(text: string) }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        stack.last?.append(text: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespace: String) { stack.last?.append(text: whitespace) }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        guard failure == nil else { return }
        failure = Diagnostic(rule: "xml.well-formed", path: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                             message: "not well-formed XML (libxml2 error \((error as NSError).code))")
    }
}
