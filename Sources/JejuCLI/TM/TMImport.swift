import ArgumentParser
import Foundation
import ICU
import JejuSupport
import MemoryServer
import TranslationMemory

/// `jeju tm import FILE.tmx`.
struct TMImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a TMX memory into the project memory (or, with --name, keep it apart).",
        discussion: """
            Without --name, units go into locales/<tag>/memory.tmx; with --name NAME into locales/<tag>/tm/NAME.tmx, \
            ranked below the project's own by --penalty points. Duplicates merge; a different translation of the \
            same source and context is kept as an alternative and reported. Bad input changes nothing.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Argument(help: "The TMX file.")
    var file: String

    @Option(help: "The target locale (default: every project target the file has).")
    var locale: String?

    @Option(help: "Keep the memory apart as locales/<tag>/tm/NAME.tmx.")
    var name: String?

    @Option(parsing: .unconditional, help: "Points taken off every match from this memory (with --name).")
    var penalty: Int?

    func validate() throws {
        if let name, name.isEmpty || name.contains("/") || name.hasPrefix(".") {
            throw ValidationError("--name must be a plain file name")
        }
        if penalty != nil && name == nil {
            throw ValidationError("--penalty applies to a memory kept apart: add --name")
        }
        if let penalty, !(0...100).contains(penalty) { throw ValidationError("--penalty must be 0…100") }
    }

    func run() throws {
        try reportingFailures {
            let (project, lock) = try options.project(.write, command: "tm import \(file)")
            defer { lock.release() }
            let path = options.resolve(file)
            let data: Data
            do {
                data = try TextFile.mapped(URL(fileURLWithPath: path), shown: file)
            } catch {
                throw Diagnostic(rule: "io.read", path: file, message: "cannot read: \(error.localizedDescription)")
            }
            if SharedMemory.isShared(project) {
                try importToServer(data, project: project)
                return
            }
            let bar = options.progress("reading the memory")
            let reports = try MemoryImporter.run(
                data, path: file, project: project, locales: locale.map { [$0] }, name: name,
                penalty: penalty, progress: bar.update)
            bar.finish()
            for r in reports {
                var line =
                    "\(r.file): \(r.added) units added, \(r.duplicates) duplicates merged, \(r.conflicts.count) conflicts kept as alternatives"
                if r.skipped > 0 {
                    line += ", \(r.skipped) units without both \(project.config.source) and \(r.locale) skipped"
                }
                Console.write(line + " (\(r.total) units)\n")
                if let version = r.declaredVersion {
                    Console.error(
                        "\(file): warning: version='\(version)': written as TMX 1.4, the version tmx14.dtd fixes [tmx.version]"
                    )
                }
                if r.repairedProperties > 0 {
                    Console.error(
                        "\(r.file): warning: \(r.repairedProperties) <prop> element(s) TMX does not allow (no type, unknown attributes) dropped or repaired [tmx.prop]"
                    )
                }
                for c in r.conflicts.prefix(20) {
                    Console.error(
                        "\(r.file): warning: conflict: “\(c.source)”\(c.context.map { " [\($0)]" } ?? "") is “\(c.existing.joined(separator: "” / “"))”; kept “\(c.added)” as an alternative"
                    )
                }
                if r.conflicts.count > 20 {
                    Console.error("\(r.file): warning: \(r.conflicts.count - 20) more conflicts")
                }
            }
        }
    }

    /// With `memory: postgres`: the file goes straight to the server (COPY, streamed), one memory per locale, in
    /// one transaction; the project's files do not change (`jeju tm pull` writes them).
    private func importToServer(_ data: Data, project: Project) throws {
        let none = Diagnostic(
            rule: "tm.no-target-language", path: file,
            message:
                "the memory has no units in any target language of the project (\(project.config.targets.joined(separator: ", ")))"
        )
        var tags = try SharedMemory.locales(locale, in: project)
        // Which of several targets the file has is read first; one target is checked while the units are sent
        // (nothing is written when the file lacks it).
        let checkWhileSending = locale == nil && tags.count == 1
        if locale == nil && tags.count > 1 {
            var languages = Set<String>()
            _ = try TMXReader.read(data, path: file) { unit, _ throws(Diagnostic) in
                for v in unit.variants { languages.insert(v.language) }
            }
            tags = tags.filter { tag in languages.contains { LanguageTag.includes(tag, $0) } }
        }
        guard !tags.isEmpty else { throw none }
        let uploads = tags.map { tag in
            let files = MemoryFiles(project: project, locale: tag)
            let url = name.map { files.imported($0) } ?? files.projectMemory
            return MemoryUpload(
                locale: tag, memory: project.relativePath(url), path: file, data: data, penalty: penalty,
                unlessLocaleFound: checkWhileSending ? none : nil)
        }
        let scope = SharedMemory.scope(project), source = project.config.source, command = "jeju tm import \(file)"
        let bar = options.progress("sending")
        let reports = try SharedMemory.run { server in
            try await server.upload(uploads, scope: scope, sourceLanguage: source, command: command) {
                phase, fraction in
                bar.update(phase, fraction)
            }
        }
        bar.finish()
        Console.write(UploadLines.text(reports, scope: scope))
    }
}
