import ArgumentParser
import Foundation
import JejuSupport
import Publishing

/// `jeju build`: the localized site and the notice bundles.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the localized pages and notice bundles of every locale.",
        discussion: """
            Writes build/site/ (a language chooser, sitemap.xml, and per locale an index and a page per notice) \
            and build/bundles/ (per locale the pages, notices/<id>.json, manifest.json, and a .zip). A sentence \
            without a translation at --min-state is shown in English and the page says so; a page below \
            jeju.yml's publishThreshold (percent) is left out with a warning. Templates in templates/*.mustache \
            replace Jeju's own. The output folder is replaced as a whole; an unchanged build does nothing.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: ArgumentHelp("The output folder (default: jeju.yml's output).", valueName: "DIR"))
    var output: String?

    @Option(help: "The least translation state published: translated, reviewed or final.")
    var minState: TranslationState = .translated

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Build only these target locales (the source is always built).", valueName: "TAG"))
    var locale: [String] = []

    @Flag(help: "Add the pseudo-locales en-XA (accented, longer) and ar-XB (right to left).")
    var pseudo = false

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
                Console.error("\(project.config.notices): note: no notices yet: add one (Markdown with front matter, or page text), then run 'jeju extract'")
            }
            for tag in locale where !project.config.targets.contains(tag) {
                throw Diagnostic(rule: "options.locale", path: project.relativePath(project.url(Project.configFileName)),
                                 message: "'\(tag)' is not one of the project's targets (\(project.config.targets.joined(separator: ", ")))")
            }
            let outputURL = output.map { URL(fileURLWithPath: options.resolve($0)) } ?? project.url(project.config.output)
            let buildOptions = BuildOptions(
                minimumState: minState, locales: locale.isEmpty ? nil : locale, pseudo: pseudo,
                publishThreshold: project.config.publishThreshold / 100, siteURL: project.config.siteURL,
                generator: "Jeju \(JejuVersion.string)")
            let build = ProjectBuild(project: project, options: buildOptions, output: outputURL,
                                     translations: ProjectTranslations.source(for: project))
            let outcome = try build.run()
            let site = outputURL.appendingPathComponent("site/index.html")
            let shown = project.relativePath(site)
            guard let report = outcome.report else {
                Console.write("Up to date: \(shown)\n")
                return
            }
            for warning in report.warnings { Console.error(warning.description) }
            let pages = report.locales.map { report.pages[$0] ?? 0 }.reduce(0, +)
            Console.write("""
                Built \(report.locales.count) locales (\(report.locales.joined(separator: ", "))), \(pages) pages; \
                \(outcome.written) files written, \(outcome.unchanged) unchanged.
                Site: \(shown)
                Bundles: \(project.relativePath(outputURL.appendingPathComponent("bundles")))/

                """)
        }
    }
}
