/// The TMX `<header>`: the memory's metadata.
public struct TMXHeader: Hashable, Sendable {
    /// The attributes (`creationtool`, `srclang`, `segtype`, `datatype`…), by name.
    public var attributes: [String: String]
    /// Notes, in order.
    public var notes: [TMXNote]
    /// Properties, in order.
    public var properties: [TMXProperty]
    /// User-defined encodings (`<ude>` with its `<map>`s), kept as read.
    public var userEncodings: [UserEncoding]

    /// A header.
    public init(
        attributes: [String: String] = [:], notes: [TMXNote] = [], properties: [TMXProperty] = [],
        userEncodings: [UserEncoding] = []
    ) {
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
        self.userEncodings = userEncodings
    }

    /// The source language (`srclang`), or `*all*` for multilingual memories.
    public var sourceLanguage: String? { attributes["srclang"] }

    /// A `<ude>` element: a user-defined encoding and its character maps.
    public struct UserEncoding: Hashable, Sendable {
        /// The `ude` attributes (`name`, `base`).
        public var attributes: [String: String]
        /// Each `<map>`'s attributes (`unicode`, `code`, `ent`, `subst`).
        public var maps: [[String: String]]

        /// A user-defined encoding.
        public init(attributes: [String: String], maps: [[String: String]]) {
            self.attributes = attributes
            self.maps = maps
        }
    }
}
