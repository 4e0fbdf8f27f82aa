import ICU

/// A TMX `<tu>`: one translation unit with its variants in several languages.
public struct TranslationUnit: Hashable, Sendable {
    /// The `tuid`, if any.
    public var id: String?
    /// Other attributes (`srclang`, creation and change data, usage counts…), by name.
    public var attributes: [String: String]
    /// Notes, in order.
    public var notes: [TMXNote]
    /// Properties, in order.
    public var properties: [TMXProperty]
    /// The variants, in document order (a language may occur twice; both are kept).
    public var variants: [TranslationVariant]

    /// A unit.
    public init(
        id: String? = nil, attributes: [String: String] = [:], notes: [TMXNote] = [], properties: [TMXProperty] = [],
        variants: [TranslationVariant] = []
    ) {
        self.id = id
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
        self.variants = variants
    }

    /// The property type Jeju uses for a unit's context (notice and unit id): in-context matches score 101.
    public static let contextProperty = "x-jeju-context"

    /// The first variant in `tag` (or a regional form of it).
    public func variant(in tag: String) -> TranslationVariant? { variants.first { $0.isIn(tag) } }

    /// The first variant in `tag` (or a regional form of it).
    public func variant(in tag: LanguageTag) -> TranslationVariant? { variants.first { $0.isIn(tag) } }

    /// The value of the first property of `type`.
    public func property(_ type: String) -> String? { properties.first { $0.type == type }?.value }

    /// The unit's context (`x-jeju-context`), if recorded.
    public var context: String? { property(Self.contextProperty) }
}
