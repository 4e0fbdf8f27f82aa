import ArgumentParser
import Foundation
import Interchange
import JejuSupport
import QualityChecks
import Workflow

/// `jeju merge FILE… [--state translated|reviewed|final] [--force]`.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take returned translations (XLIFF 2.1, XLIFF 1.2, PO or a CSV table) into locales/<tag>/*.xlf and the memory.",
        discussion: """
            Each segment is found by id; it is refused, with the file and line, when its source changed, its \
            inline codes do not fit the source, a quality check finds an error, or it would lower a reviewed or \
            final translation (unless --force). A file is merged all or nothing; with --partial the segments that \
            pass are merged and the refused ones listed (the translator fixes and returns only those). Accepted \
            translations also go to locales/<tag>/memory.tmx. Exit 0 when everything was merged, 1 when segments \
            were refused by quality checks only (or, with --partial, refused at all), 2 for unreadable or \
            mismatched files and refused segments.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Argument(help: "Returned files.")
    var files: [String]

    @Option(help: "The state of accepted translations: translated, reviewed or final (default: the file's, at least translated).")
    var state: XLIFFState?

    @Flag(help: "Let a lower state replace a reviewed or final translation.")
    var force = false

    @Flag(help: "Merge the segments that pass and list the refused ones, instead of refusing the whole file.")
    var partial = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one returned file") }
        if state == .initial { throw ValidationError("--state must be translated, reviewed or final") }
    }

    func run() throws {
        var exitCode: Int32 = 0
        try reportingFailures {
            let (project, lock) = try options.project(.write, command: "merge")
            defer { lock.release() }
            // The quality checks of the default profile (qa/profiles/default.yml when the project has one): error
            // findings refuse a segment.
            let store = GlossaryStore(project: project)
            let checks: [any SegmentCheck] = [
                QualityChecker(profile: try QAProfile.load(named: "default", projectRoot: project.root),
                               termbase: try store.loadIfAny(), sourceLocale: project.config.source)
            ]
            let merger = Merger(project: project, checks: checks)
            // Read every file first: an unreadable or mismatched file changes nothing at all.
            var works: [ReturnedWork] = []
            for file in files {
                let work = try ReturnedWork.read(try TextFile.readBytes(options.resolve(file)), path: file)
                _ = try merger.merge(work, options: .init(state: state, force: force, partial: partial))
                works.append(work)
            }
            var out = ""
            for work in works {
                // Merged one file after another, so two files for the same notice both count.
                let result = try merger.merge(work, options: .init(state: state, force: force, partial: partial))
                if !result.refusals.isEmpty {
                    for d in result.refusals { Console.error(d.description) }
                    if !partial {
                        Console.error("\(work.path): error: \(result.refusals.count) segment(s) refused; nothing from this file was merged")
                        exitCode = max(exitCode, result.hasStructuralRefusal ? 2 : 1)
                        continue
                    }
                    // --partial: the rest goes in; the refused segments stay as they were, listed above.
                    exitCode = max(exitCode, 1)
                }
                // The XLIFF files and the memory change together or not at all (also across kill -9).
                var transaction = FileTransaction(root: project.root)
                for u in result.updates {
                    try transaction.stageIfChanged(XLIFFWriter.data(u.document),
                                                   to: CanonicalTranslation.url(project: project, locale: result.locale, documentID: u.documentID))
                }
                let memory = ProjectMemory(project: project, locale: result.locale)
                let (document, report) = try memory.merged(result.memoryEntries)
                var written: ProjectMemory.Written?
                if report.added + report.updated > 0 { written = try memory.stage(document, in: &transaction) }
                try transaction.commit()
                if let written { try memory.index(written) }
                out += "\(work.path): \(result.accepted) merged, \(result.unchanged) unchanged"
                if result.skipped > 0 { out += ", \(result.skipped) marked fuzzy (not merged)" }
                if !result.refusals.isEmpty { out += ", \(result.refusals.count) refused (listed above)" }
                out += " (\(result.locale))\n"
            }
            Console.write(out)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}

extension XLIFFState: ExpressibleByArgument {
    /// The states a merge can give (`initial` is no translation at all), as `--help` lists them.
    public static var allValueStrings: [String] { ["translated", "reviewed", "final"] }
}
