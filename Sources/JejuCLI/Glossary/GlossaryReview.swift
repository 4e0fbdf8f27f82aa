import ArgumentParser

/// `jeju glossary review`: a review round for the termbase, one language at a time.
struct GlossaryReview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the termbase's terms for a language: export a sheet, apply the editor's decisions.",
        subcommands: [GlossaryReviewExport.self, GlossaryReviewApply.self]
    )
}
