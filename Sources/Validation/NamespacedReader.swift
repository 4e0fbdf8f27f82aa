import Foundation
import JejuSupport

/// Reads XML into `NamespacedElement` trees, every attribute's prefix resolved to its namespace: Jeju's one XML
/// reader (`XMLReader`, with its safety rules, limits and diagnostics), its tree seen with parents and namespaced
/// attributes for the validators. The file is parsed once.
public enum NamespacedReader {
    /// Parses `data` (named `path` in messages) and returns the root element.
    public static func parse(_ data: Data, path: String) throws(Diagnostic) -> NamespacedElement {
        namespaced(try XMLReader.parse(data, path: path))
    }

    static func namespaced(_ e: XElement) -> NamespacedElement {
        let attributes = e.attributes.sorted { $0.key < $1.key }.map { qname, value -> NamespacedElement.Attribute in
            guard let colon = qname.firstIndex(of: ":") else {
                return .init(namespace: "", name: qname, qualifiedName: qname, value: value)
            }
            return .init(
                namespace: e.attributeNamespaces[qname] ?? "", name: String(qname[qname.index(after: colon)...]),
                qualifiedName: qname, value: value)
        }
        let element = NamespacedElement(
            name: e.name, namespace: e.namespace, attributes: attributes,
            line: max(e.line, 1), column: max(e.column, 1))
        for child in e.children {
            switch child {
            case .element(let c): element.append(namespaced(c))
            case .text(let t): element.append(text: t)
            }
        }
        return element
    }
}
