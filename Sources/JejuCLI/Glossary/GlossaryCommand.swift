import ArgumentParser

/// `jeju glossary`: the e-government termbase.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract:
            "Check, look up, import, export and review the termbase; find its terms in a text; see where validation stands.",
        subcommands: [
            GlossaryCheckCommand.self, GlossaryLookup.self, GlossaryTerms.self, GlossaryImport.self,
            GlossaryExport.self, GlossaryReview.self, GlossaryStats.self,
        ]
    )
}
