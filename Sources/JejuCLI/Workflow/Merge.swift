import ArgumentParser
import Foundation
import Interchange
import JejuSupport
import QualityChecks
import Workflow

/// `jeju merge FILE|DIR|KIT.zip… [--state translated|reviewed|final] [--force] [--partial]`.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract:
            "Take returned translations (XLIFF 2.1, XLIFF 1.2, PO or a CSV table) into locales/<tag>/*.xlf and the memory.",
        discussion: """
            Each segment is found by id, or, in a file a converter left without ids (po2xliff, xliff2po, \
            csv2po, po2csv, msgcat), by its document and source text; it is refused, with the file and line, when its source changed, its \
            inline codes do not fit the source, a quality check finds an error, or it would lower a reviewed or \
            final translation (unless --force). A file is merged all or nothing; with --partial the segments that \
            pass are merged and the refused ones listed (the translator fixes and returns only those). Accepted \
            translations also go to locales/<tag>/memory.tmx. Exit 0 when everything was merged, 1 when segments \
            were refused by quality checks only (or, with --partial, refused at all), 2 for unreadable or \
            mismatched files and refused segments. An OmegaT project from 'jeju export --format omegat' (its folder \
            or its zip) is merged from its target/ files (Project > Create Translated Documents in OmegaT), or, when \
            there are none, from the translations OmegaT saved in omegat/project_save.tmx.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Argument(help: "Returned files, or OmegaT projects (folders or zips) made by 'jeju export --format omegat'.")
    var files: [String]

    @Option(
        help:
            "The state of accepted translations: translated, reviewed or final (default: the file's, at least translated)."
    )
    var state: XLIFFState?

    @Flag(help: "Let a lower state replace a reviewed or final translation.")
    var force = false

    @Flag(help: "Merge the segments that pass and list the refused ones, instead of refusing the whole file.")
    var partial = false

    @Option(
        help: ArgumentHelp(
            "The target locale, for files that no longer say it (a PO from xliff2po or csv2po, a table from po2csv).",
            valueName: "tag"))
    var locale: String?

    @Option(
        help: ArgumentHelp(
            "The document (a notice id, or ui), for segments a file no longer places (no X-Jeju-Document, no #: reference).",
            valueName: "id"))
    var document: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one returned file") }
        if state == .initial { throw ValidationError("--state must be translated, reviewed or final") }
    }

    func run() throws {
        var exitCode: Int32 = 0
        try reportingFailures {
            let (project, lock) = try options.project(.write, command: "merge")
            defer { lock.release() }
            let session = try SharedMemory.session(project)
            defer { session?.close() }
            // The quality checks of the default profile (qa/profiles/default.yml when the project has one): error
            // findings refuse a segment.
            let store = GlossaryStore(project: project)
            let checks: [any SegmentCheck] = [
                QualityChecker(
                    profile: try QAProfile.load(named: "default", projectRoot: project.root),
                    termbase: try store.loadIfAny(), sourceLocale: project.config.source,
                    register: project.config.register)
            ]
            let merger = Merger(project: project, checks: checks)
            // Plan: read and merge every file first, so that an unreadable or mismatched file changes nothing at
            // all. Files are planned one after another, each on the documents the earlier ones will write, so two
            // files for the same notice both count.
            var plans: [(work: ReturnedWork, result: Merger.Result)] = []
            var planned: [String: XLIFFDocument] = [:]
            for file in files {
                for (data, path) in try Self.returnedFiles(file, resolved: options.resolve(file)) {
                    let work = try ReturnedWork.read(data, path: path, hints: .init(locale: locale, document: document))
                    let result = try merger.merge(
                        work, options: .init(state: state, force: force, partial: partial), planned: planned)
                    // (A refused file plans no updates.)
                    for u in result.updates {
                        planned[Merger.Result.plannedKey(locale: result.locale, documentID: u.documentID)] = u.document
                    }
                    plans.append((work, result))
                }
            }
            // Apply, file by file.
            var out = ""
            for (work, result) in plans {
                if !result.refusals.isEmpty {
                    for d in result.refusals { Console.error(d.description) }
                    if !partial {
                        Console.error(
                            "\(work.path): error: \(result.refusals.count) segment(s) refused; nothing from this file was merged"
                        )
                        exitCode = max(exitCode, result.hasStructuralRefusal ? 2 : 1)
                        continue
                    }
                    // --partial: the rest goes in; the refused segments stay as they were, listed above.
                    exitCode = max(exitCode, 1)
                }
                // The XLIFF files and the memory change together or not at all (also across kill -9).
                var transaction = FileTransaction(root: project.root)
                for u in result.updates {
                    try transaction.stageIfChanged(
                        XLIFFWriter.data(u.document),
                        to: CanonicalTranslation.url(project: project, locale: result.locale, documentID: u.documentID))
                }
                let memory = ProjectMemory(project: project, locale: result.locale)
                let (document, report) = try memory.merged(result.memoryEntries)
                var written: ProjectMemory.Written?
                if report.added + report.updated > 0 {
                    written = try memory.stage(document, in: &transaction)
                    try SharedMemory.publish(
                        session, project: project, documents: [(memory, document)], origin: work.path,
                        command: "jeju merge")
                }
                try transaction.commit()
                if let written { try memory.index(written) }
                out += "\(work.path): \(result.accepted) merged, \(result.unchanged) unchanged"
                if result.notesTaken > 0 {
                    out += ", \(result.notesTaken) note\(result.notesTaken == 1 ? "" : "s") taken"
                }
                if result.skipped > 0 { out += ", \(result.skipped) marked fuzzy (not merged)" }
                if !result.refusals.isEmpty { out += ", \(result.refusals.count) refused (listed above)" }
                out += " (\(result.locale))\n"
            }
            Console.write(out)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}

extension Merge {
    /// The returned files an argument names: the file itself, or the `target/` PO files of an OmegaT project
    /// (a folder with `omegat.project`, or the zip of one), each with the name diagnostics show.
    static func returnedFiles(_ argument: String, resolved: String) throws(Diagnostic) -> [(Data, String)] {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder)
        let noTargets =
            "no translated documents in target/ and no omegat/project_save.tmx: in OmegaT, save the project or use Project > Create Translated Documents, then merge again"
        if exists && isFolder.boolValue {
            let folder = URL(fileURLWithPath: resolved)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("omegat.project").path) else {
                throw Diagnostic(
                    rule: "omegat.project", path: argument, line: 1, column: 1,
                    message:
                        "a folder that is not an OmegaT project (no omegat.project): give the returned files, or the folder 'jeju export --format omegat' wrote"
                )
            }
            func poFiles(_ sub: String) -> [String] {
                ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)) ?? [])
                    .filter { $0.hasSuffix(".po") && !$0.hasPrefix(".") }.sorted()
            }
            let shown = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            let names = poFiles("target")
            if !names.isEmpty {
                return try names.map { name throws(Diagnostic) in
                    (
                        try TextFile.readBytes(folder.appendingPathComponent("target/\(name)").path),
                        "\(shown)/target/\(name)"
                    )
                }
            }
            // No target files yet: the translations OmegaT saved in its project memory.
            let memory = folder.appendingPathComponent("omegat/project_save.tmx")
            guard FileManager.default.fileExists(atPath: memory.path) else {
                throw Diagnostic(rule: "omegat.target", path: argument, line: 1, column: 1, message: noTargets)
            }
            let sources = try poFiles("source").map { name throws(Diagnostic) in
                (
                    path: "\(shown)/source/\(name)",
                    text: try DeclaredEncoding.decodeUTF8(
                        try TextFile.readBytes(folder.appendingPathComponent("source/\(name)").path),
                        path: "\(shown)/source/\(name)")
                )
            }
            return try OmegaTKit.returned(
                sources: sources, projectMemory: try TextFile.readBytes(memory.path, limit: Limits.memoryBytes),
                path: "\(shown)/omegat/project_save.tmx"
            ).map { (Data($0.text.utf8), $0.path) }
        }
        if exists && argument.lowercased().hasSuffix(".zip") {
            let url = URL(fileURLWithPath: resolved)
            // The kit's files: <root>/target/*.po, <root>/source/*.po, <root>/omegat/project_save.tmx.
            func kitFile(_ path: String, in folder: String) -> Bool {
                let parts = path.split(separator: "/")
                return (parts.count == 2 || parts.count == 3) && parts[parts.count - 2] == folder
            }
            let entries = try KitArchive.files(url, shownAs: argument) { path in
                (path.hasSuffix(".po") && (kitFile(path, in: "target") || kitFile(path, in: "source")))
                    || (path.hasSuffix("/project_save.tmx") && kitFile(path, in: "omegat"))
            }
            let targets = entries.filter { kitFile($0.path, in: "target") }
            if !targets.isEmpty { return targets.map { ($0.data, $0.name) } }
            guard let memory = entries.first(where: { kitFile($0.path, in: "omegat") }) else {
                throw Diagnostic(rule: "omegat.target", path: argument, line: 1, column: 1, message: noTargets)
            }
            var sources: [(path: String, text: String)] = []
            for entry in entries where kitFile(entry.path, in: "source") {
                sources.append((entry.name, try DeclaredEncoding.decodeUTF8(entry.data, path: entry.name)))
            }
            return try OmegaTKit.returned(sources: sources, projectMemory: memory.data, path: memory.name).map {
                (Data($0.text.utf8), $0.path)
            }
        }
        return [(try TextFile.readBytes(resolved), argument)]
    }
}

extension XLIFFState: ExpressibleByArgument {
    /// The states a merge can give (`initial` is no translation at all), as `--help` lists them.
    public static var allValueStrings: [String] { ["translated", "reviewed", "final"] }
}
