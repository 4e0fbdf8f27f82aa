import ArgumentParser

/// `jeju glossary`: the e-government termbase.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check, look up, import and export the termbase; find its terms in a text.",
        subcommands: [GlossaryCheckCommand.self, GlossaryLookup.self, GlossaryTerms.self, GlossaryImport.self,
                      GlossaryExport.self]
    )
}
