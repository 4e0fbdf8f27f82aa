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
            // The text report is written as the files are checked, a batch at a time, so that its findings are
            // never held at once; the JSON report is one document.
            report.keeps = output.format == .json
            let listing = report.keeps ? nil : BufferedOutput()
            let work = try targets.flatMap { locale in
                try documents(project, locale: locale).map { (locale: locale, id: $0) }
            }
            let progress = options.progress("checking", total: work.count, unit: "files")
            var found = false
            for start in stride(from: 0, to: work.count, by: 1024) {
                let batch = Array(work[start..<min(work.count, start + 1024)])
                let results = try checking.check(batch) { progress.update(start + $0) }
                for ((locale, documentID), checked) in zip(batch, results) {
                    guard let checked else { continue }
                    found = true
                    report.add(file: checked.path)
                    add(checked.result, path: checked.path, locale: locale, document: documentID, into: &report) {
                        listing?.append($0.text + "\n")
                    }
                }
                if let listing {
                    // The progress line is cleared before the findings go to a terminal it shares.
                    progress.finish()
                    listing.flush()
                }
            }
            progress.finish()
            if !notices.isEmpty && !found {
                throw Diagnostic(
                    rule: "check.no-translation", path: "locales",
                    message:
                        "no translation of \(notices.joined(separator: ", ")) for \(targets.joined(separator: ", ")); run 'jeju extract' first"
                )
            }
            if let listing {
                listing.append(report.summary)
                listing.flush()
            } else {
                Console.write(try JSONOutput.encode(report))
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

    /// Counts (or keeps) a file's findings in `report`; `write` hears each finding that is not suppressed.
    private func add(
        _ result: QualityChecker.DocumentResult, path: String, locale: String, document id: String,
        into report: inout CheckReport, write: (CheckReport.Finding) -> Void
    ) {
        report.segments += result.segments
        report.untranslated += result.untranslated
        let place = { (f: QualityChecker.PlacedFinding) in
            CheckReport.Finding(
                path: path, line: f.line, locale: locale, document: id, unit: f.unit, segment: f.finding.segmentID,
                check: f.finding.checkID, severity: f.finding.severity, message: f.finding.message, reason: f.reason)
        }
        for f in result.findings {
            let finding = place(f)
            write(finding)
            report.add(finding, suppressed: false)
        }
        for f in result.suppressed { report.add(place(f), suppressed: true) }
    }
}
