/// What a terminology editor decided about a concept's terms in one language (one row of a review sheet).
public struct ReviewDecision: Sendable, Equatable {
    /// The decision.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// The proposed terms are right: they become validated.
        case approve
        /// The preferred term is wrong: `correctedTerm` replaces it, the old one is retired.
        case correct
        /// The proposed terms are wrong and no replacement is known: they are deprecated and the concept is
        /// flagged for a new proposal.
        case reject

        /// The start of the `transacGrp` note that records the decision.
        public var transactionNote: String {
            switch self {
            case .approve: "approval"
            case .correct: "correction"
            case .reject: "rejection"
            }
        }
    }

    /// The decision.
    public var kind: Kind
    /// The concept.
    public var conceptID: String
    /// The language.
    public var locale: String
    /// For `correct`: the new preferred term.
    public var correctedTerm: String?
    /// For `correct`: the status the old preferred term keeps (superseded or deprecated).
    public var retiredStatus: Term.AdministrativeStatus
    /// The editor's comment, kept as a note.
    public var comment: String?

    /// A decision.
    public init(
        _ kind: Kind, conceptID: String, locale: String, correctedTerm: String? = nil,
        retiredStatus: Term.AdministrativeStatus = .superseded, comment: String? = nil
    ) {
        self.kind = kind
        self.conceptID = conceptID
        self.locale = locale
        self.correctedTerm = correctedTerm
        self.retiredStatus = retiredStatus
        self.comment = comment
    }
}
