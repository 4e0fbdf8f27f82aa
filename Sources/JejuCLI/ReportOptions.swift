import ArgumentParser
import JejuSupport

/// `--locale TAG…`: the target locales a command works on, checked against the project's.
struct TargetLocaleOptions: ParsableArguments {
    @Option(name: .customLong("locale"), help: "A target locale (repeatable). Default: every target in jeju.yml.")
    var locales: [String] = []

    /// The locales asked for, or every target of `project` when none was.
    func targets(in project: Project) throws(Diagnostic) -> [String] { try Self.targets(locales, in: project) }

    /// `requested`, each a target of `project`, or every target when it is empty.
    static func targets(_ requested: [String], in project: Project) throws(Diagnostic) -> [String] {
        for tag in requested where !project.config.targets.contains(tag) {
            throw Diagnostic(
                rule: "options.locale", path: Project.configFileName,
                message:
                    "'\(tag)' is not a target locale of this project (targets: \(project.config.targets.joined(separator: ", ")))"
            )
        }
        return requested.isEmpty ? project.config.targets : requested
    }
}

/// `--format text|json`: how a command prints its report.
struct ReportFormatOption: ParsableArguments {
    @Option(help: "text or json.")
    var format: ReportFormat = .text
}
