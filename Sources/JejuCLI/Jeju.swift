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

    /// `-C DIR`, read here so that it may come before the command (`jeju -C site build`, as `git -C`) as well
    /// as after it; every command's `ProjectOptions` shares this value.
    @OptionGroup var directory: DirectoryOption

    /// Creates the command (argument-parser requirement).
    public init() {}

    /// `jeju` alone prints the help; anything else that names no command (`jeju -C DIR`, `jeju -Cx stats`) is a
    /// usage error, not a help screen with exit 0.
    public func run() throws {
        guard CommandLine.arguments.count <= 1 else {
            throw ValidationError(
                "no command given (or an option the argument parser does not know before it); see 'jeju --help'")
        }
        throw CleanExit.helpRequest(self)
    }
}

/// `-C DIR` and `--quiet`: the root options every command shares (the argument parser hands a subcommand's
/// `@OptionGroup` of this type the values the root command read).
struct DirectoryOption: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp("Run as if started in DIR.", valueName: "DIR"))
    var path: String?

    @Flag(name: [.customShort("q"), .long], help: "Show no progress on the terminal while long work runs.")
    var quiet = false
}

/// The version Jeju reports and writes into what it generates.
public enum JejuVersion {
    /// Semantic version of this build.
    public static let string = "0.1.0"
}
