/// A termbase term found in a text.
public struct TermMatch: Sendable, Equatable {
    /// Where it is in the text.
    public let range: Range<String.Index>
    /// The text as written there ("e-Governments").
    public let text: String
    /// The concept it belongs to.
    public let conceptID: String
    /// The termbase term it matched ("e-government").
    public let term: String
    /// That term's status in the termbase.
    public let status: Term.AdministrativeStatus?
    /// Offset of the match's first character, in Unicode scalars from the start of the text (for JSON).
    public let scalarOffset: Int
    /// Length of the match in Unicode scalars.
    public let scalarLength: Int
}
