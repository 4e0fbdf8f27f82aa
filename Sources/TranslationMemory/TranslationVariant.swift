import ICU
import Inline

/// A TMX `<tuv>`: the unit's text in one language.
public struct TranslationVariant: Hashable, Sendable {
    /// The language (`xml:lang`, or `lang` in TMX 1.1 files), as written.
    public var language: String
    /// The segment.
    public var segment: Segment
    /// Other attributes (creation data, usage counts…), by name.
    public var attributes: [String: String]
    /// Notes, in order.
    public var notes: [TMXNote]
    /// Properties, in order.
    public var properties: [TMXProperty]

    /// A variant.
    public init(
        language: String, segment: Segment, attributes: [String: String] = [:], notes: [TMXNote] = [],
        properties: [TMXProperty] = []
    ) {
        self.language = language
        self.segment = segment
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
    }

    /// Whether this variant is in `tag` or a more specific tag of it (`en` matches `en-US`), ignoring case.
    public func isIn(_ tag: LanguageTag) -> Bool { tag.includes(language) }

    /// `isIn` for a tag as text (read without allocating).
    public func isIn(_ tag: String) -> Bool { LanguageTag.includes(tag, language) }
}
