/// Where a concept's terms in one language stand in review.
public enum ReviewStatus: String, Sendable, CaseIterable, Codable {
    /// A review approved the preferred term (a `transacGrp` records who and when).
    case validated
    /// Proposed, not yet reviewed: marked "draft: needs native review", or simply not approved yet.
    case draft
    /// A review rejected the proposed terms; the concept waits for a new proposal in this language.
    case rejected
}
