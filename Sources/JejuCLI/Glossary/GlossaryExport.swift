import ArgumentParser
import Foundation
import Glossary
import JejuSupport

/// `jeju glossary export`: the termbase as TBX, OmegaT TSV or CSV.
struct GlossaryExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export the termbase as TBX (v3, TBX-Basic; or tbx2008), TSV (OmegaT glossary) or CSV (spreadsheets).",
        discussion:
            "Statuses and each term's history (who approved or corrected it, when) are kept in both TBX versions; the CSV has a review column (validated, draft, rejected) and the TSV names it in the comment."
    )

    @OptionGroup var options: ProjectOptions
    @Option(help: "tbx, tbx2008, tsv or csv.") var format: String
    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.") var output: String?
    @Option(help: "For TSV: the target language (default: the first target of jeju.yml).") var locale: String?

    func validate() throws {
        guard TermbaseFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be tbx, tbx2008, tsv or csv")
        }
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "glossary export")
            defer { projectLock.release() }
            let termbase = try GlossaryStore(project: project).load()
            guard let kind = TermbaseFormat(rawValue: format) else { return }
            let text = kind.write(
                termbase, source: project.config.source, target: locale ?? project.config.targets.first)
            if let output {
                try AtomicFile.write(text, to: URL(fileURLWithPath: options.resolve(output)))
            } else {
                Console.write(text)
            }
        }
    }
}
