import ArgumentParser
import Foundation
import Glossary
import JejuSupport

/// `jeju glossary check`: every problem of the termbase, compiler-style; exit 1 when there are errors.
struct GlossaryCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check the termbase (structure, missing locales, duplicates, statuses, NFC, spaces, scripts, Uzbek ʻ, acronyms).",
        discussion: "Exit status: 0 clean (warnings allowed), 1 errors found, 2 the termbase cannot be read."
    )

    @OptionGroup var options: ProjectOptions
    @Option(help: "text or json.") var format: String = "text"

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else { throw ValidationError("--format must be text or json") }
    }

    struct Report: Encodable {
        let path: String
        let concepts: Int
        let errors: Int
        let warnings: Int
        let findings: [GlossaryFinding]
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "glossary check")
            defer { projectLock.release() }
            let store = GlossaryStore(project: project)
            guard store.exists else {
                throw Diagnostic(
                    rule: "glossary.missing", path: store.displayPath, message: "no such file (jeju.yml glossary:)")
            }
            let data = try TextFile.readBytes(store.url.path)
            var findings: [GlossaryFinding] = []
            var concepts = 0
            do throws(Diagnostic) {
                let result = try TBXReader.read(data, path: store.displayPath)
                concepts = result.termbase.concepts.count
                let context = GlossaryCheck.Context(
                    termbase: result.termbase, path: store.displayPath,
                    sourceLocale: project.config.source, targetLocales: project.config.targets)
                findings = (result.findings + GlossaryChecks.run(context)).sorted(by: GlossaryChecks.order)
            } catch {
                findings = [
                    GlossaryFinding(
                        check: "xml", severity: .error, path: error.path,
                        position: error.line.map { SourcePosition(line: $0, column: error.column ?? 1) },
                        message: error.message)
                ]
            }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.filter { $0.severity == .warning }.count
            if format == "json" {
                Console.write(
                    try JSONOutput.encode(
                        Report(
                            path: store.displayPath, concepts: concepts, errors: errors,
                            warnings: warnings, findings: findings)))
            } else {
                var out = findings.map { $0.description + "\n" }.joined()
                out += "\(store.displayPath): \(concepts) concepts, \(errors) error(s), \(warnings) warning(s)\n"
                Console.write(out)
            }
            if errors > 0 { throw ExitCode(1) }
        }
    }
}
