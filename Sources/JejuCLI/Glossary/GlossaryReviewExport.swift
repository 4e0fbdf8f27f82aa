import ArgumentParser
import Foundation
import Glossary
import JejuSupport
import Publishing

/// `jeju glossary review export --locale TAG`: the review sheet for one language, as CSV or HTML.
struct GlossaryReviewExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the review sheet for a language: one row per concept, with evidence and decision columns.",
        discussion: """
            Each row holds the concept id, the English term, definition and subject, the proposed terms with their \
            status, the usage notes, up to three sentences of the notices that name the concept with their current \
            translation (from locales/<tag>/*.xlf), the renderings of the termbases given with --compare, and the \
            empty columns decision (approve, correct, reject or empty), corrected_term, old_term_status \
            (superseded or deprecated) and comment. Fill them in and run 'jeju glossary review apply'. CSV cells \
            that would start a spreadsheet formula are escaped; the HTML page is for reading.
            """
    )

    @OptionGroup var options: ProjectOptions
    @Option(help: "The language to review (a target of jeju.yml).") var locale: String
    @Option(help: "draft (concepts not yet validated or rejected) or all.") var status: String = "draft"
    @Option(help: "csv or html.") var format: String = "csv"
    @Option(
        name: .customLong("compare"),
        help: ArgumentHelp("Another termbase (TBX, CSV, TSV) whose rendering is shown (repeatable).", valueName: "FILE")
    )
    var compare: [String] = []
    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.") var output: String?

    func validate() throws {
        guard ["draft", "all"].contains(status) else { throw ValidationError("--status must be draft or all") }
        guard ["csv", "html"].contains(format) else { throw ValidationError("--format must be csv or html") }
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "glossary review export")
            defer { projectLock.release() }
            _ = try TargetLocaleOptions.targets([locale], in: project)
            let source = project.config.source
            let termbase = try GlossaryStore(project: project).load()
            let evidence = try NoticeSentences(project: project, locale: locale).byConcept(
                termbase, sourceLocale: source)
            let others = try compare.map { file in
                try OtherTermbase(file, resolved: options.resolve(file), source: source, locale: locale)
            }
            let sheet = ReviewSheet(
                termbase: termbase, locale: locale, sourceLocale: source, onlyDrafts: status == "draft",
                evidence: { c in
                    (evidence[c.id] ?? []).prefix(3).map {
                        ReviewSheet.Evidence(place: $0.place, source: $0.source, translation: $0.translation)
                    }
                },
                otherTermbases: { c in others.flatMap { $0.renderings(of: c, source: source) } })
            let text =
                format == "html"
                ? ReviewSheetPage.html(sheet, sourceLocale: source, title: "Termbase review: \(locale)")
                : sheet.csv()
            if let output {
                try AtomicFile.write(text, to: URL(fileURLWithPath: options.resolve(output)))
                Console.write("\(output): \(sheet.rows.count) concepts to review in \(locale) (\(status))\n")
            } else {
                Console.write(text)
            }
        }
    }
}
