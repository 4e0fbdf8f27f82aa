/// One entry of a term's history (a TBX `transacGrp`): what was done, by whom, when, and why.
///
/// TBX-Basic allows two transaction types, `origination` and `modification`; what a review decided (approval,
/// correction, rejection) is the group's `note`, which starts with the decision's name (`ReviewDecision.Kind`).
public struct Transaction: Sendable, Equatable, Codable {
    /// TBX-Basic's `transactionType` picklist.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// The term was created.
        case origination
        /// The term was changed (its status, its validation).
        case modification
    }

    /// The transaction type.
    public var kind: Kind
    /// Who did it (`transacNote type="responsibility"`), if recorded.
    public var responsibility: String?
    /// When (`date`, an xsd:date `YYYY-MM-DD` or dateTime as written), if recorded.
    public var date: String?
    /// What was done and why (`note`), e.g. `approval` or `correction: superseded by …`.
    public var note: String?

    /// A transaction.
    public init(_ kind: Kind, responsibility: String? = nil, date: String? = nil, note: String? = nil) {
        self.kind = kind
        self.responsibility = responsibility
        self.date = date
        self.note = note
    }

    /// The review decision this transaction records (from the start of its note), if any.
    public var decision: ReviewDecision.Kind? {
        guard let note else { return nil }
        return ReviewDecision.Kind.allCases.first {
            note == $0.transactionNote || note.hasPrefix($0.transactionNote + ":")
        }
    }
}
