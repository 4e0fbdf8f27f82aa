import ArgumentParser
import Foundation
import Interchange
import JejuSupport
import Workflow

/// `jeju export --locale TAG --format po|xliff12|csv [-o DIR]`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Package a locale's translations as PO, XLIFF 1.2 or a CSV table for tools without XLIFF 2.",
        discussion: """
            One file per notice (and ui) in DIR (default: export/<tag> in the project, a folder no build touches). PO: msgctxt is the segment id, \
            inline codes are numbered tags <1>…</1>, <2/>; fuzzy entries carry a memory candidate or the previous \
            translation. CSV: a bilingual table for spreadsheets, one row per segment, with Translate Toolkit's \
            column names (context is the segment id) and the locale and document; a row marked fuzzy is not taken \
            until the mark is cleared. Return the files with 'jeju merge'.
            """
    )

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case po, xliff12, csv
    }

    @OptionGroup var options: ProjectOptions

    @Option(help: "The target locale.")
    var locale: String

    @Option(help: "po, xliff12 or csv.")
    var format: Format

    @Option(name: .shortAndLong, help: "The folder to write to.")
    var output: String?

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "export")
            defer { projectLock.release() }
            _ = try Extract.targets([locale], in: project)
            let folder = output.map { URL(fileURLWithPath: options.resolve($0)) }
                ?? project.url("export").appendingPathComponent(locale)
            var files: [(URL, Data)] = []
            for source in try SourceDocument.all(in: project) {
                guard let document = try CanonicalTranslation.load(project: project, locale: locale, documentID: source.id),
                      let file = document.file(id: source.id) else { continue }
                switch format {
                case .po:
                    files.append((folder.appendingPathComponent("\(source.id).po"), Data(POWriter.string(Exporter.po(document, file: file)).utf8)))
                case .xliff12:
                    files.append((folder.appendingPathComponent("\(source.id).xlf"), XLIFF12Writer.data(Exporter.xliff12(document, file: file))))
                case .csv:
                    files.append((folder.appendingPathComponent("\(source.id).csv"), Data(Exporter.csv(document, file: file).utf8)))
                }
            }
            guard !files.isEmpty else {
                throw Diagnostic(rule: "export.nothing", path: "locales/\(locale)", message: "nothing to export: no canonical translations yet (run 'jeju extract --locale \(locale)')")
            }
            var out = ""
            for (url, data) in files {
                try AtomicFile.writeIfChanged(data, to: url)
                out += "\(project.relativePath(url))\n"
            }
            Console.write(out)
        }
    }
}
