/// An XML element with the namespace of every attribute resolved, for validators that must tell a core
/// attribute from a module's or an extension's (`XElement` keeps only the prefix as written).
public final class NamespacedElement {
    /// One attribute: namespace URI ("" for none), local name, the name as written, and the value.
    public struct Attribute: Sendable {
        /// The namespace URI, "" for an unprefixed attribute.
        public let namespace: String
        /// The local name.
        public let name: String
        /// The qualified name as written (`fs:fs`, `xml:lang`, `id`).
        public let qualifiedName: String
        /// The value, entities decoded.
        public let value: String
    }

    /// A node of the element's content.
    public enum Node {
        /// A child element.
        case element(NamespacedElement)
        /// Character data (CDATA included).
        case text(String)
    }

    /// The local name.
    public let name: String
    /// The namespace URI, "" when none.
    public let namespace: String
    /// The attributes in no particular order.
    public let attributes: [Attribute]
    /// 1-based line where the start tag ends.
    public let line: Int
    /// 1-based column where the start tag ends.
    public let column: Int
    /// The parent element, nil for the root.
    public private(set) weak var parent: NamespacedElement?
    /// The content in document order.
    public private(set) var children: [Node] = []

    /// The XML namespace (`xml:lang`, `xml:space`).
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// Creates an element (the reader and tests).
    public init(name: String, namespace: String, attributes: [Attribute], line: Int, column: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    /// Appends `child` and makes this element its parent.
    public func append(_ child: NamespacedElement) {
        child.parent = self
        children.append(.element(child))
    }

    /// Appends character data, merging with a preceding text node.
    public func append(text: String) {
        if case .text(let previous)? = children.last {
            children[children.count - 1] = .text(previous + text)
        } else {
            children.append(.text(text))
        }
    }

    /// The child elements in order.
    public var elements: [NamespacedElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The value of the attribute `name` in `namespace` ("" = no namespace), or nil.
    public func attribute(_ name: String, namespace: String = "") -> String? {
        attributes.first { $0.name == name && $0.namespace == namespace }?.value
    }

    /// `xml:lang` on this element, if written here.
    public var xmlLang: String? { attribute("lang", namespace: Self.xmlNamespace) }

    /// The text of this element and its descendants.
    public var text: String {
        var out = ""
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e): out += e.text
            }
        }
        return out
    }

    /// Whether some direct text child holds anything but XML white space.
    public var hasNonWhitespaceText: Bool {
        children.contains { node in
            if case .text(let t) = node { return t.utf8.contains { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) } }
            return false
        }
    }

    /// Descendants in document order (not including this element).
    public func descendants() -> [NamespacedElement] {
        var out: [NamespacedElement] = []
        func walk(_ e: NamespacedElement) {
            for c in e.elements {
                out.append(c)
                walk(c)
            }
        }
        walk(self)
        return out
    }

    /// The nearest ancestor (not this element) satisfying `predicate`.
    public func ancestor(where predicate: (NamespacedElement) -> Bool) -> NamespacedElement? {
        var current = parent
        while let e = current {
            if predicate(e) { return e }
            current = e.parent
        }
        return nil
    }
}
