import ArgumentParser

/// The `jeju` command: a translation and localisation pipeline for multilingual public notices.
public struct Jeju: ParsableCommand {
    /// The command's configuration and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "jeju",
        abstract: "Translate and localise public notices: segment, extract, merge, check, build.",
        version: JejuVersion.string,
        subcommands: [
            Init.self, Segment.self, Extract.self, Merge.self, Export.self, Stats.self, Check.self, Build.self,
            Validate.self, GlossaryCommand.self, TM.self,
        ]
    )

    /// Creates the command (argument-parser requirement).
    public init() {}
}

/// The version Jeju reports and writes into what it generates.
public enum JejuVersion {
    /// Semantic version of this build.
    public static let string = "0.1.0"
}
