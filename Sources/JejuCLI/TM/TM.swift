import ArgumentParser

/// `jeju tm`: the translation memories.
struct TM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract:
            "Translation memory: import, look up, search, export, clean and count TMX memories; share them on a server.",
        subcommands: [
            TMImport.self, TMLookup.self, TMExport.self, TMStats.self, TMClean.self, TMSearch.self, TMMigrate.self,
            TMPush.self, TMPull.self,
        ]
    )
}
