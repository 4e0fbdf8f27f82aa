/// A TMX `<prop>`: tool-specific data on a header, unit or variant. Jeju keeps its own in props whose type starts
/// with `x-jeju-` (e.g. `x-jeju-context`).
public struct TMXProperty: Hashable, Sendable {
    /// The `type` attribute (nil when a tool left it out).
    public var type: String?
    /// The value.
    public var value: String
    /// Other attributes (`xml:lang`, `o-encoding`, non-standard ones), by name.
    public var attributes: [String: String]

    /// A property.
    public init(type: String?, value: String, attributes: [String: String] = [:]) {
        self.type = type
        self.value = value
        self.attributes = attributes
    }
}
