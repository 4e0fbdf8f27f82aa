import ArgumentParser
import Foundation
import Glossary
import JejuSupport

/// `jeju glossary import FILE`: TBX (v3 or 2008), CSV or TSV into the project's termbase, atomically.
struct GlossaryImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a termbase (TBX v3 or 2008, CSV, OmegaT TSV) into the project's termbase.",
        discussion: """
            --merge (the default) adds new concepts, languages and terms and reports conflicts with existing data \
            without overwriting it (exit 1 when there are conflicts); --replace replaces the termbase. The \
            termbase is written atomically: a failed import leaves it as it was (exit 2 on malformed input).
            """
    )

    @OptionGroup var options: ProjectOptions
    @Argument(help: "The file to import.") var file: String
    @Option(help: "tbx (v3 or 2008), csv or tsv (default: from the file extension).") var format: String?
    @Flag(help: "Merge into the termbase (default) or replace it.") var mode: Mode = .merge
    @Option(help: "For TSV: the target language of the second column.") var locale: String?
    @Option(
        name: .customLong("map-language"),
        help: ArgumentHelp("Rewrite a language code, e.g. cx_PH=ceb.", valueName: "FROM=TO"))
    var mapLanguage: [String] = []
    @Option(help: "Prefix for concept ids taken from the file (e.g. tico-).") var idPrefix: String = ""

    enum Mode: String, EnumerableFlag {
        case merge, replace
    }

    func validate() throws {
        if let format, TermbaseFormat(rawValue: format) == nil {
            throw ValidationError("--format must be tbx, tbx2008, csv or tsv")
        }
        for m in mapLanguage where m.split(separator: "=").count != 2 {
            throw ValidationError("--map-language takes FROM=TO, not '\(m)'")
        }
    }

    /// Refuses terms, definitions and notes over `Limits.messageBytes`: the termbase must stay readable.
    static func checkSizes(_ termbase: Termbase, path: String) throws(Diagnostic) {
        for concept in termbase.concepts {
            var texts = concept.definitions + concept.notes
            for section in concept.languages {
                texts +=
                    section.definitions + section.notes + section.terms.map(\.text)
                    + section.terms.flatMap { $0.notes + $0.contexts }
            }
            if let big = texts.first(where: { $0.utf8.count > Limits.messageBytes }) {
                throw Diagnostic(
                    rule: "limits.message", path: path, line: concept.position?.line, column: concept.position?.column,
                    message:
                        "concept '\(concept.id)' holds a text of \(big.utf8.count >> 10) KiB; a term, definition or note may be at most \(Limits.describe(bytes: Limits.messageBytes))"
                )
            }
        }
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.write, command: "glossary import")
            defer { projectLock.release() }
            let store = GlossaryStore(project: project)
            let path = options.resolve(file)
            let data = try TextFile.readBytes(path)
            guard let kind = format.flatMap(TermbaseFormat.init(rawValue:)) ?? TermbaseFormat.detect(data, path: file)
            else {
                throw Diagnostic(
                    rule: "options.format", path: file,
                    message: "cannot tell the format from the content or the extension; give --format tbx|csv|tsv")
            }
            var map: [String: String] = [:]
            for m in mapLanguage {
                let parts = m.split(separator: "=").map(String.init)
                map[parts[0]] = parts[1]
            }
            let importOptions = ImportOptions(
                sourceLocale: project.config.source, targetLocale: locale, languageMap: map,
                idPrefix: idPrefix)
            let (incoming, findings) = try kind.read(data, path: file, options: importOptions)
            for f in findings where f.severity != .error { Console.error(f.description) }
            let errors = findings.filter { $0.severity == .error }
            if !errors.isEmpty {
                for e in errors { Console.error(e.description) }
                throw Diagnostic(
                    rule: "glossary.import-refused", path: file,
                    message: "not imported: \(errors.count) error(s); the termbase is unchanged")
            }
            try Self.checkSizes(incoming, path: file)
            let existing = (mode == .merge && store.exists) ? try store.load() : Termbase()
            var result = incoming
            var conflicts: [GlossaryFinding] = []
            if mode == .merge && store.exists {
                (result, conflicts) = existing.merging(incoming, path: file)
            }
            if result.title == nil { result.title = "Jeju termbase" }
            for c in conflicts { Console.error(c.description) }
            // All or nothing: a file with conflicts changes nothing until they are resolved (or --replace is given).
            if !conflicts.isEmpty {
                Console.error(
                    Diagnostic(
                        rule: "glossary.import-conflicts", path: file,
                        message: "not imported: \(conflicts.count) conflict(s) with the termbase; it is unchanged"
                    ).description)
                throw ExitCode(1)
            }
            try AtomicFile.writeIfChanged(
                Data(TBXWriter.write(result, language: project.config.source).utf8), to: store.url)
            let added = result.concepts.count - existing.concepts.count
            Console.write(
                "\(store.displayPath): \(result.concepts.count) concepts (\(added) new from \(incoming.concepts.count) read), \(conflicts.count) conflict(s)\n"
            )
        }
    }
}
