extension LanguageSection {
    /// The note that marks a section's terms as proposals awaiting review (a reason may follow after " — ").
    public static let draftNote = "draft: needs native review"
    /// The note that flags a rejected section for a new proposal (the editor's comment may follow after " — ").
    public static let rejectedNote = "rejected: needs a new proposal"

    /// The section's review status: rejected when flagged so, draft when marked draft or when no review has
    /// approved its preferred term, else validated.
    ///
    /// A section without the draft note is not validated by that alone: only a recorded approval counts.
    public var reviewStatus: ReviewStatus {
        if notes.contains(where: { $0.hasPrefix(Self.rejectedNote) }) { return .rejected }
        if notes.contains(where: { $0.hasPrefix(Self.draftNote) }) { return .draft }
        return preferredTerm?.isValidated == true ? .validated : .draft
    }

    /// The terms a review decides on: every term not deprecated or superseded, in order.
    public var proposedTerms: [Term] { terms.filter { $0.status != .deprecated && $0.status != .superseded } }

    /// Notes other than the draft and rejection markers, with a marker's reason kept: what an editor reads as the
    /// usage note.
    public var usageNotes: [String] {
        notes.compactMap { Self.strippingMarker($0) }
    }

    /// Removes the draft marker; its reason, if any, stays as an ordinary note.
    mutating func clearDraftNote() {
        notes = notes.compactMap { note in
            note.hasPrefix(Self.draftNote) ? Self.strippingMarker(note) : note
        }
    }

    /// `note` without a leading draft or rejection marker (nil when nothing else is left).
    static func strippingMarker(_ note: String) -> String? {
        for marker in [draftNote, rejectedNote] where note.hasPrefix(marker) {
            var rest = Substring(note.dropFirst(marker.count))
            while let first = rest.first, first == " " || first == "—" || first == "-" || first == ":" || first == ";" {
                rest = rest.dropFirst()
            }
            return rest.isEmpty ? nil : String(rest)
        }
        return note
    }
}
