import ArgumentParser
import Foundation
import Interchange
import JejuSupport
import Publishing
import Workflow

/// `jeju export --locale TAG --format po|xliff12|csv|omegat [-o DIR] [--zip]`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Package a locale's translations as PO, XLIFF 1.2, a CSV table or an OmegaT project for tools without XLIFF 2.",
        discussion: """
            One file per notice (and ui) in DIR (default: export/<tag> in the project, a folder no build touches). PO: msgctxt is the segment id, \
            inline codes are numbered tags <1>…</1>, <2/>; fuzzy entries carry a memory candidate or the previous \
            translation. CSV: a bilingual table for spreadsheets, one row per segment, with Translate Toolkit's \
            column names (context is the segment id) and the locale and document; a row marked fuzzy is not taken \
            until the mark is cleared. omegat: a complete OmegaT project (default folder export/<tag>-omegat; --zip \
            writes DIR.zip instead) with Jeju's segmentation, the PO files as source, the translations in tm/auto (filled \
            by exact match), candidates and imported memories in tm/, and the glossary. Return the files (or the \
            OmegaT project folder or zip) with 'jeju merge'.
            """
    )

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case po, xliff12, csv, omegat
    }

    @OptionGroup var options: ProjectOptions

    @Option(help: "The target locale.")
    var locale: String

    @Option(help: "po, xliff12, csv or omegat.")
    var format: Format

    @Option(name: .shortAndLong, help: "The folder to write to.")
    var output: String?

    @Flag(help: "With --format omegat: write the project as one archive, DIR.zip.")
    var zip = false

    func validate() throws {
        if zip && format != .omegat { throw ValidationError("--zip goes with --format omegat") }
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "export")
            defer { projectLock.release() }
            _ = try TargetLocaleOptions.targets([locale], in: project)
            if format == .omegat { return try exportKit(project) }
            let folder =
                output.map { URL(fileURLWithPath: options.resolve($0)) }
                ?? project.url("export").appendingPathComponent(locale)
            var files: [(URL, Data)] = []
            for source in try SourceDocument.all(in: project) {
                guard
                    let document = try CanonicalTranslation.load(
                        project: project, locale: locale, documentID: source.id),
                    let file = document.file(id: source.id)
                else { continue }
                switch format {
                case .po:
                    files.append(
                        (
                            folder.appendingPathComponent("\(source.id).po"),
                            Data(POWriter.string(Exporter.po(document, file: file)).utf8)
                        ))
                case .xliff12:
                    files.append(
                        (
                            folder.appendingPathComponent("\(source.id).xlf"),
                            XLIFF12Writer.data(Exporter.xliff12(document, file: file))
                        ))
                case .csv:
                    files.append(
                        (
                            folder.appendingPathComponent("\(source.id).csv"),
                            Data(Exporter.csv(document, file: file).utf8)
                        ))
                case .omegat:
                    break
                }
            }
            guard !files.isEmpty else {
                throw Diagnostic(
                    rule: "export.nothing", path: "locales/\(locale)",
                    message: "nothing to export: no canonical translations yet (run 'jeju extract --locale \(locale)')")
            }
            var out = ""
            for (url, data) in files {
                try AtomicFile.writeIfChanged(data, to: url)
                out += "\(project.relativePath(url))\n"
            }
            Console.write(out)
        }
    }

    /// Writes the OmegaT project: its files all or nothing (a folder), or one archive.
    func exportKit(_ project: Project) throws {
        let folder =
            output.map { URL(fileURLWithPath: options.resolve($0)) }
            ?? project.url("export").appendingPathComponent("\(locale)-omegat")
        let termbase = try GlossaryStore(project: project).loadIfAny()
        guard let files = try OmegaTKit.files(project: project, locale: locale, termbase: termbase) else {
            throw Diagnostic(
                rule: "export.nothing", path: "locales/\(locale)",
                message: "nothing to export: no canonical translations yet (run 'jeju extract --locale \(locale)')")
        }
        var transaction = FileTransaction(root: project.root)
        if zip {
            let archive = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + ".zip")
            try transaction.stage(
                try BundleArchive.zip(
                    files, folders: OmegaTKit.folders, root: folder.lastPathComponent, rule: "export.archive"),
                to: archive)
            try transaction.commit()
            Console.write("\(project.relativePath(archive)): OmegaT project, \(files.count) files\n")
            return
        }
        for (path, data) in files { try transaction.stageIfChanged(data, to: folder.appendingPathComponent(path)) }
        try transaction.commit()
        for name in OmegaTKit.folders {
            do {
                try FileManager.default.createDirectory(
                    at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
            } catch {
                throw Diagnostic(
                    rule: "io.create-folder", path: project.relativePath(folder.appendingPathComponent(name)),
                    message: "cannot create folder: \(error.localizedDescription)")
            }
        }
        let sources = files.filter { $0.path.hasPrefix("source/") }.count
        Console.write(
            "\(project.relativePath(folder)): OmegaT project, \(sources) source file(s), \(files.count) files (open it in OmegaT; return it with 'jeju merge \(project.relativePath(folder))')\n"
        )
    }
}
