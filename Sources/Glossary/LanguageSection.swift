/// The terms of a concept in one language (a TBX `langSec`), with the definition in that language.
public struct LanguageSection: Sendable {
    /// BCP 47 tag, as written in `xml:lang`.
    public var language: String
    /// Definitions in this language, in order.
    public var definitions: [String]
    /// The source of the definition (`admin type="source"` in the definition's `descripGrp`).
    public var definitionSource: String?
    /// Notes for this language (e.g. `draft: needs native review`).
    public var notes: [String]
    /// The terms, preferred first as written.
    public var terms: [Term]
    /// Where the langSec element was read.
    public var position: SourcePosition?

    /// A language section.
    public init(
        language: String, definitions: [String] = [], definitionSource: String? = nil, notes: [String] = [],
        terms: [Term] = [], position: SourcePosition? = nil
    ) {
        self.language = language
        self.definitions = definitions
        self.definitionSource = definitionSource
        self.notes = notes
        self.terms = terms
        self.position = position
    }

    /// The approved term: the first preferred one, else the first without a deprecated or superseded status.
    public var preferredTerm: Term? {
        terms.first { $0.status == .preferred } ?? terms.first { $0.status == nil || $0.status == .admitted }
    }

    /// Terms marked deprecated or superseded.
    public var deprecatedTerms: [Term] { terms.filter { $0.status == .deprecated || $0.status == .superseded } }
}

extension LanguageSection: Equatable {
    /// Content equality; positions are ignored.
    public static func == (a: LanguageSection, b: LanguageSection) -> Bool {
        a.language == b.language && a.definitions == b.definitions && a.definitionSource == b.definitionSource
            && a.notes == b.notes && a.terms == b.terms
    }
}
