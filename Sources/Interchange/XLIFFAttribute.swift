/// One attribute as written: its qualified name (`canCopy`, `xml:space`) and value. Kept in order so that
/// writing is deterministic and round trips keep what was read.
public struct XLIFFAttribute: Sendable, Equatable, Hashable {
    /// The qualified name.
    public var name: String
    /// The value (unescaped).
    public var value: String

    /// Creates an attribute.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == XLIFFAttribute {
    /// The value of the attribute named `name`, or nil.
    public subscript(attribute name: String) -> String? {
        get { first { $0.name == name }?.value }
        set {
            if let i = firstIndex(where: { $0.name == name }) {
                if let newValue { self[i].value = newValue } else { remove(at: i) }
            } else if let newValue {
                append(XLIFFAttribute(name, newValue))
            }
        }
    }
}
