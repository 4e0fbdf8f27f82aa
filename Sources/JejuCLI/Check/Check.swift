import ArgumentParser
import Foundation
import Interchange
import JejuSupport
import QualityChecks

/// `jeju check [--locale TAG…] [--notice ID…] [--format text|json] [--profile NAME]`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the quality checks on the canonical translations (locales/<tag>/*.xlf).",
        discussion: """
            Every translated segment (state translated or later) is checked: inline codes, numbers and dates read \
            locale-aware, URLs and do-not-translate terms, glossary terms, untranslated text, white space, \
            punctuation and quotation marks of the locale, scripts, NFC, Uzbek oʻ, bidi, MessageFormat plurals, \
            length. Profiles (default, strict, or qa/profiles/NAME.yml) set which checks run and how severe their \
            findings are. A finding is suppressed in the XLIFF unit with <note category="jeju:qa-suppress">\
            check-id@segment-id: reason</note>. Exit status: 0 no errors, 1 errors found, 2 bad input.
            """
    )

    @OptionGroup var options: ProjectOptions

    @OptionGroup var locales: TargetLocaleOptions

    @Option(name: .customLong("notice"), help: "A notice id, or 'ui' (repeatable). Default: every translation file.")
    var notices: [String] = []

    @OptionGroup var output: ReportFormatOption

    @Option(help: "The profile: default, strict, or one in qa/profiles/.")
    var profile: String = "default"

    @Flag(help: "List the checks of the profile and exit.")
    var listChecks = false

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "check")
            defer { projectLock.release() }
            let profile = try QAProfile.load(named: self.profile, projectRoot: project.root)
            if listChecks {
                Console.write(
                    profile.enabledChecks.map { "\($0.check.id) (\($0.severity.rawValue)): \($0.check.title)\n" }
                        .joined())
                return
            }
            let targets = try locales.targets(in: project)
            let checking = ProjectChecking(
                project: project, profile: profile, termbase: try GlossaryStore(project: project).loadIfAny())
            var report = CheckReport(profile: profile.name)
            let work = try targets.flatMap { locale in
                try documents(project, locale: locale).map { (locale: locale, id: $0) }
            }
            let progress = options.progress("checking", total: work.count, unit: "files")
            let results = try checking.check(work) { progress.update($0) }
            progress.finish()
            var found = false
            for ((locale, documentID), checked) in zip(work, results) {
                guard let checked else { continue }
                found = true
                report.files.append(checked.path)
                add(checked.result, path: checked.path, locale: locale, document: documentID, into: &report)
            }
            if !notices.isEmpty && !found {
                throw Diagnostic(
                    rule: "check.no-translation", path: "locales",
                    message:
                        "no translation of \(notices.joined(separator: ", ")) for \(targets.joined(separator: ", ")); run 'jeju extract' first"
                )
            }
            if output.format == .json {
                Console.write(try JSONOutput.encode(report))
            } else {
                Console.write(report.text)
            }
            if report.errors > 0 { throw ExitCode(1) }
        }
    }

    /// The document ids to check in a locale folder: the requested ones, or every `.xlf` there.
    private func documents(_ project: Project, locale: String) throws(Diagnostic) -> [String] {
        if !notices.isEmpty { return notices.map { $0.hasSuffix(".xlf") ? String($0.dropLast(4)) : $0 } }
        return Self.translationFiles(project, locale: locale)
    }

    /// The document ids of every `.xlf` in a locale folder, sorted.
    static func translationFiles(_ project: Project, locale: String) -> [String] {
        let folder = project.localeFolder(locale)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xlf") }.map { String($0.dropLast(4)) }.sorted()
    }

    private func add(
        _ result: QualityChecker.DocumentResult, path: String, locale: String, document id: String,
        into report: inout CheckReport
    ) {
        report.segments += result.segments
        report.untranslated += result.untranslated
        let place = { (f: QualityChecker.PlacedFinding) in
            CheckReport.Finding(
                path: path, line: f.line, locale: locale, document: id, unit: f.unit, segment: f.finding.segmentID,
                check: f.finding.checkID, severity: f.finding.severity, message: f.finding.message, reason: f.reason)
        }
        report.findings += result.findings.map(place)
        report.suppressed += result.suppressed.map(place)
    }
}
