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
    public init(language: String, segment: Segment, attributes: [String: String] = [:], notes: [TMXNote] = [],
                properties: [TMXProperty] = []) {
        self.language = language
        self.segment = segment
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
    }

    /// Whether this variant is in `tag` or a more specific tag of it (`en` matches `en-US`), ignoring case.
    public func isIn(_ tag: String) -> Bool { LanguageMatch.matches(language, tag) }
}

/// Comparing language tags the way memories need: case-insensitive, a plain language matching its regional forms.
public enum LanguageMatch {
    /// Whether `language` is `tag` or starts with `tag-` (or `tag_`), ignoring case.
    public static func matches(_ language: String, _ tag: String) -> Bool {
        let l = language.lowercased().replacingOccurrences(of: "_", with: "-"), t = tag.lowercased()
        return l == t || l.hasPrefix(t + "-")
    }
}
