/// A `<note>`: a comment for translators or reviewers, or context Jeju writes (ids starting `jeju-`).
public struct XLIFFNote: Sendable, Equatable, Hashable {
    /// `id`, unique among the notes of the same element.
    public var id: String?
    /// `category` (free text).
    public var category: String?
    /// `priority` 1 (high) … 10; nil means the default 1.
    public var priority: Int?
    /// `appliesTo`: `source` or `target`.
    public var appliesTo: String?
    /// The note's text.
    public var text: String

    /// Creates a note.
    public init(
        id: String? = nil, category: String? = nil, priority: Int? = nil, appliesTo: String? = nil, text: String
    ) {
        self.id = id
        self.category = category
        self.priority = priority
        self.appliesTo = appliesTo
        self.text = text
    }

    /// Whether Jeju wrote this note (and rewrites it on every extract); other notes are people's and are kept.
    public var isGenerated: Bool { id?.hasPrefix("jeju-") ?? false }
}
