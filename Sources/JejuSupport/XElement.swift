/// One XML element as Jeju's readers see it: local name, namespace, attributes, children, and where it starts.
public final class XElement {
    /// The local name (without prefix).
    public let name: String
    /// The namespace URI, or "" when none.
    public let namespace: String
    /// Attributes by qualified name as written (`xml:lang` keeps its prefix; others are plain names).
    public private(set) var attributes: [String: String]
    /// The namespace URI of each prefixed attribute, by its qualified name (`xml:lang` → the XML namespace);
    /// attributes without a prefix are in no namespace and not listed.
    public let attributeNamespaces: [String: String]
    /// Child nodes in document order.
    public internal(set) var children: [XNode] = []
    /// 1-based line of the start tag's closing `>`.
    public let line: Int
    /// 1-based column, as for `line`.
    public let column: Int

    /// Creates an element (readers and tests).
    public init(
        name: String, namespace: String = "", attributes: [String: String] = [:],
        attributeNamespaces: [String: String] = [:],
        line: Int = 0, column: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.attributeNamespaces = attributeNamespaces
        self.line = line
        self.column = column
    }

    /// Appends a child node.
    public func append(_ node: XNode) { children.append(node) }

    /// The value of attribute `name`, or nil.
    public func attribute(_ name: String) -> String? { attributes[name] }

    /// The child elements, in order.
    public var elements: [XElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The child elements with local name `name`.
    public func elements(named name: String) -> [XElement] { elements.filter { $0.name == name } }

    /// The first child element with local name `name`.
    public func element(named name: String) -> XElement? { elements.first { $0.name == name } }

    /// The concatenated text of this element and all its descendants.
    public var text: String {
        var out = ""
        func walk(_ e: XElement) {
            for c in e.children {
                switch c {
                case .text(let t): out += t
                case .element(let child): walk(child)
                }
            }
        }
        walk(self)
        return out
    }

    /// Whether the element has child elements (not only text).
    public var hasElementChildren: Bool { children.contains { if case .element = $0 { true } else { false } } }
}

/// A node in an element's content.
public enum XNode {
    /// A child element.
    case element(XElement)
    /// Character data (entities and CDATA already decoded).
    case text(String)
}
