/// A problem with a glossary term in a translation.
public struct TermUsageFinding: Sendable, Equatable, Codable {
    /// What is wrong.
    public enum Kind: String, Sendable, Codable {
        /// The source has the concept; the target has none of its approved terms.
        case missing
        /// The target uses a deprecated (or superseded) term.
        case deprecated
        /// The source has the concept; the target lacks its approved terms but has a word derived from one in
        /// another part of speech (the verb распространять as the noun распространение): a weaker finding than
        /// `missing`, for the reviewer to judge.
        case partOfSpeech
        /// The target uses an approved term the termbase marks for other registers than the document's ("Republik
        /// Korea", formal, in a news text whose source says "Korea"); `expected` holds the terms that fit.
        case register
    }

    /// What is wrong.
    public var kind: Kind
    /// The concept.
    public var conceptID: String
    /// The source text that named the concept (for `missing`), the deprecated target text (for `deprecated`),
    /// the derived target text (for `partOfSpeech`), or the target text in another register (for `register`).
    public var text: String
    /// The approved target terms (preferred first); for `register`, those that fit the document's register.
    public var expected: [String]
    /// Where review of the concept's terms in the target language stands: a finding about a term no review
    /// has validated is only a warning.
    public var review: ReviewStatus
    /// For `deprecated`: the term's status (deprecated, or superseded by a correction).
    public var termStatus: Term.AdministrativeStatus?
    /// For `register`: the registers the term used is marked for.
    public var registers: [String]

    /// A finding.
    public init(
        kind: Kind, conceptID: String, text: String, expected: [String], review: ReviewStatus = .draft,
        termStatus: Term.AdministrativeStatus? = nil, registers: [String] = []
    ) {
        self.kind = kind
        self.conceptID = conceptID
        self.text = text
        self.expected = expected
        self.review = review
        self.termStatus = termStatus
        self.registers = registers
    }

    /// Whether a review validated the concept's terms in the target language.
    public var validated: Bool { review == .validated }
}
