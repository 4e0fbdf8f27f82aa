import ArgumentParser
import Foundation
import JejuSupport
import Workflow

/// `jeju stats [--locale TAG…] [--format text|json]`.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Segments and words by state, and the memory leverage analysis, per locale and notice.",
        discussion: """
            Words are ICU word-break tokens of the source. Leverage bands: in-context exact, 100%, 95–99%, 85–94%, \
            75–84%, 50–74%, no match, repetitions (text already counted earlier in the locale), from the memory \
            analysis jeju extract made of each segment.
            """
    )

    @OptionGroup var options: ProjectOptions

    @OptionGroup var locales: TargetLocaleOptions

    @OptionGroup var output: ReportFormatOption

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "stats")
            defer { projectLock.release() }
            let targets = try locales.targets(in: project)
            let documents = try SourceDocument.all(in: project)
            let progress = options.progress("counting", total: targets.count * documents.count, unit: "translations")
            let stats = try Statistics.compute(
                project: project, documents: documents, locales: targets, progress: { progress.update($0) })
            progress.finish()
            Console.write(output.format == .json ? try JSONOutput.encode(stats) : stats.text)
        }
    }
}
