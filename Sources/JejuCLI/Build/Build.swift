import ArgumentParser
import Foundation
import ICU
import Interchange
import JejuSupport
import Publishing
import QualityChecks

/// `jeju build`: the localized site and the notice bundles, and what was published where.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the localized pages and notice bundles of every locale.",
        discussion: """
            Writes build/site/ (a language chooser, sitemap.xml, and per locale an index and a page per notice) \
            and build/bundles/ (per locale the pages, notices/<id>.json, manifest.json, and a .zip). A notice is \
            published in a locale when it meets jeju.yml's publish: threshold (default: 100% translated, state \
            translated or better) and its translation has no QA errors (jeju check's default profile); otherwise \
            the locale's index links to the source page, marked with its language. A sentence without a \
            translation at the least state is shown in English and the page says so. The build ends with the \
            publication report: per locale, the notices published and withheld, and why. Templates in \
            templates/*.mustache replace Jeju's own. The output folder is replaced as a whole; an unchanged build \
            does nothing. Exit status: 0 built, 1 built but a required notice is withheld (--strict), 2 bad input.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: ArgumentHelp("The output folder (default: jeju.yml's output).", valueName: "DIR"))
    var output: String?

    @Option(
        help:
            "The least translation state shown and published, in every locale: translated, reviewed or final (default: jeju.yml's publish: min-state)."
    )
    var minState: TranslationState?

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Build only these target locales (the source is always built).", valueName: "TAG"))
    var locale: [String] = []

    @Flag(help: "Add the pseudo-locales en-XA (accented, longer) and ar-XB (right to left).")
    var pseudo = false

    @Flag(
        help:
            "Build every page, whatever the threshold, marked as a preview for reviewers and kept out of search engines."
    )
    var preview = false

    @Flag(help: "Exit 1 when a notice in jeju.yml's publish: required is withheld in a required locale.")
    var strict = false

    @OptionGroup var reportFormat: ReportFormatOption

    func validate() throws {
        for tag in locale where !LanguageTag.isWellFormed(tag) {
            throw ValidationError("'\(tag)' is not a well-formed BCP 47 language tag")
        }
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.write, command: "build")
            defer { projectLock.release() }
            if project.noticeFiles().isEmpty {
                Console.error(
                    "\(project.config.notices): note: no notices yet: add one (Markdown with front matter, or page text), then run 'jeju extract'"
                )
            }
            for tag in locale where !project.config.targets.contains(tag) {
                throw Diagnostic(
                    rule: "options.locale", path: project.relativePath(project.url(Project.configFileName)),
                    message:
                        "'\(tag)' is not one of the project's targets (\(project.config.targets.joined(separator: ", ")))"
                )
            }
            let outputURL =
                output.map { URL(fileURLWithPath: options.resolve($0)) } ?? project.url(project.config.output)
            let targets = locale.isEmpty ? project.config.targets : locale
            let policy = PublishPolicy(project.config.publish, minimumState: minState, preview: preview)
            let qaErrors = try BuildQA.errors(project, locales: targets, options: options)
            let progress = options.progress("building", unit: "locales")
            let buildOptions = BuildOptions(
                publish: policy, qaErrors: qaErrors,
                locales: locale.isEmpty ? nil : locale,
                pseudo: pseudo, siteURL: project.config.siteURL, generator: "Jeju \(JejuVersion.string)")
            var withProgress = buildOptions
            withProgress.progress = { phase, done, total in progress.update(done, of: total, what: phase) }
            let build = ProjectBuild(
                project: project, options: withProgress, output: outputURL,
                translations: ProjectTranslations.source(for: project))
            let outcome = try build.run()
            progress.finish()
            for warning in outcome.report?.warnings ?? [] { Console.error(warning.description) }
            let summary = BuildSummary(project: project, output: outputURL, outcome: outcome)
            if reportFormat.format == .json {
                Console.write(try JSONOutput.encode(summary))
            } else {
                Console.write(summary.text(policy: policy))
            }
            let failures = summary.requiredWithheld
            guard strict, !failures.isEmpty else { return }
            for failure in failures {
                Console.error(
                    project.config.diagnostic(
                        "publish.required", path: Project.configFileName,
                        "'\(failure.notice)' is required but withheld in \(failure.locale): \(failure.reasons.joined(separator: "; "))",
                        rule: "build.required-withheld"
                    ).description)
            }
            throw ExitCode(1)
        }
    }
}
