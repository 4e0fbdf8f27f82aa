import ArgumentParser
import Foundation
import JejuSupport
import MemoryServer
import TranslationMemory

/// `jeju tm clean`.
struct TMClean: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Tidy the project memories: NFC, white space, empty segments, duplicates; report what changed.")

    @OptionGroup var options: ProjectOptions

    @Option(help: "Only this locale (default: every target).")
    var locale: String?

    @Flag(help: "Report without writing.")
    var dryRun = false

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.write, command: "tm clean")
            defer { projectLock.release() }
            if SharedMemory.isShared(project) {
                // Cleaning rewrites and removes units; the shared memory only ever adds them, each with its history.
                throw Diagnostic(
                    rule: "tm.backend-unsupported", path: Project.configFileName,
                    message:
                        "'jeju tm clean' rewrites and removes units, and the shared memory only adds them (each with its history; a translator's role may not rewrite others'): clean a TMX before 'jeju tm import' or 'jeju tm push' (with 'memory: embedded' on a copy), or have the server's owner remove units"
                )
            }
            let locales = locale.map { [$0] } ?? project.config.targets
            var out = ""
            for tag in locales {
                let files = MemoryFiles(project: project, locale: tag)
                guard FileManager.default.fileExists(atPath: files.projectMemory.path) else { continue }
                let path = project.relativePath(files.projectMemory)
                var document = try TMXReader.read(try Data(contentsOf: files.projectMemory), path: path)
                let r = MemoryCleaner.clean(&document, source: project.config.source, locale: tag)
                out += "\(path): \(r.normalized) segments put in NFC, \(r.whitespace) with white space tidied, "
                out += "\(r.empty) units with an empty segment removed, \(r.duplicates) duplicates merged"
                out += r.changed ? (dryRun ? " (dry run: nothing written)\n" : "\n") : " (unchanged)\n"
                if r.changed && !dryRun { try AtomicFile.write(TMXWriter.data(document), to: files.projectMemory) }
            }
            Console.write(out.isEmpty ? "no memories to clean\n" : out)
        }
    }
}
