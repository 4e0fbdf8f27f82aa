/// A TMX `<note>`: a comment on a header, unit or variant.
public struct TMXNote: Hashable, Sendable {
    /// The note text.
    public var text: String
    /// Other attributes (`xml:lang`, `o-encoding`), by name.
    public var attributes: [String: String]

    /// A note.
    public init(_ text: String, attributes: [String: String] = [:]) {
        self.text = text
        self.attributes = attributes
    }
}
