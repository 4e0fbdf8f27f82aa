import ICU

/// One concept of a termbase (a TBX `conceptEntry`): what it means, and its terms in every language.
public struct Concept: Sendable {
    /// The concept id (an XML NCName, unique in the termbase).
    public var id: String
    /// The subject field, if given.
    public var subjectField: String?
    /// Marked `<admin type="projectSubset">proper-name</admin>`: an organisation, place or programme.
    public var isProperName: Bool
    /// Other concept-level project or customer subsets, in order.
    public var subsets: [String]
    /// Concept-level definitions (language-neutral; TBX allows them, Jeju writes definitions per language).
    public var definitions: [String]
    /// The concept-level source, if any.
    public var source: String?
    /// Concept-level notes.
    public var notes: [String]
    /// The language sections in document order.
    public var languages: [LanguageSection]
    /// Where the conceptEntry element was read.
    public var position: SourcePosition?

    /// A concept.
    public init(
        id: String, subjectField: String? = nil, isProperName: Bool = false, subsets: [String] = [],
        definitions: [String] = [], source: String? = nil, notes: [String] = [], languages: [LanguageSection] = [],
        position: SourcePosition? = nil
    ) {
        self.id = id
        self.subjectField = subjectField
        self.isProperName = isProperName
        self.subsets = subsets
        self.definitions = definitions
        self.source = source
        self.notes = notes
        self.languages = languages
        self.position = position
    }

    /// The language section for `language` (exact tag first, then the same language subtag: `fil` for `fil-PH`).
    public func section(_ language: String) -> LanguageSection? {
        if let exact = languages.first(where: { $0.language.lowercased() == language.lowercased() }) { return exact }
        let base = LanguageTag.language(of: language)
        return languages.first { LanguageTag.language(of: $0.language) == base }
    }

    /// The approved term in `language`, if any.
    public func preferredTerm(_ language: String) -> Term? { section(language)?.preferredTerm }

    /// The first definition: in `language` if there is one, else in English, else concept-level.
    public func definition(_ language: String = "en") -> String? {
        section(language)?.definitions.first ?? section("en")?.definitions.first ?? definitions.first
    }
}

extension Concept: Equatable {
    /// Content equality; positions are ignored.
    public static func == (a: Concept, b: Concept) -> Bool {
        a.id == b.id && a.subjectField == b.subjectField && a.isProperName == b.isProperName && a.subsets == b.subsets
            && a.definitions == b.definitions && a.source == b.source && a.notes == b.notes
            && a.languages == b.languages
    }
}
