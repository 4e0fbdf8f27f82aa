import ArgumentParser
import Foundation
import Glossary
import ICU
import JejuSupport

/// `jeju init`: creates `jeju.yml` and the project folders.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a Jeju project: jeju.yml and the folder layout.",
        discussion: """
            Creates DIR/jeju.yml (unless it exists), locales/<source>/notices/, locales/<tag>/ for every target, \
            the page messages locales/<source>/ui.json and an empty termbase glossary/egov.tbx: a project that \
            'jeju build' builds at once. Existing files are never overwritten.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Argument(help: "The project folder (default: the current folder).")
    var folder: String?

    @Option(help: "The source language (BCP 47).")
    var source = "en"

    @Option(
        help: ArgumentHelp(
            "Target languages, comma-separated (default: the 13 of the first project).", valueName: "TAGS"),
        transform: { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } })
    var targets: [String] = ProjectConfig.defaultTargets

    func validate() throws {
        for tag in [source] + targets where !LanguageTag.isWellFormed(tag) {
            throw ValidationError("'\(tag)' is not a well-formed BCP 47 language tag")
        }
        if targets.contains(source) { throw ValidationError("the source '\(source)' cannot also be a target") }
        if Set(targets).count != targets.count { throw ValidationError("a target language is listed twice") }
    }

    func run() throws {
        try reportingFailures {
            if options.directory != nil {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: options.workingDirectory.path, isDirectory: &isFolder),
                    isFolder.boolValue
                else {
                    throw Diagnostic(
                        rule: "options.folder", path: options.workingDirectory.path, message: "-C: no such folder")
                }
            }
            let root = URL(fileURLWithPath: options.resolve(folder ?? "."), isDirectory: true).standardizedFileURL
            let config = ProjectConfig(source: source, targets: targets)
            let project = Project(root: root, config: config)
            let settings = root.appendingPathComponent(Project.configFileName)
            var created: [String] = []
            if FileManager.default.fileExists(atPath: settings.path) {
                Console.error("\(settings.path): note: exists; left as it is")
            } else {
                try AtomicFile.write(config.yaml, to: settings)
                created.append(Project.configFileName)
            }
            let folders = [config.notices, "glossary"] + targets.map { "locales/\($0)" }
            for folder in folders {
                let url = project.url(folder)
                if !FileManager.default.fileExists(atPath: url.path) {
                    do {
                        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                    } catch {
                        throw Diagnostic(
                            rule: "io.create-folder", path: url.path,
                            message: "cannot create folder: \(error.localizedDescription)")
                    }
                    created.append(folder + "/")
                }
            }
            let ui = UIMessages.url(in: project)
            if !FileManager.default.fileExists(atPath: ui.path) {
                try AtomicFile.write(UIMessages.defaultJSON, to: ui)
                created.append(project.relativePath(ui))
            }
            let termbase = project.url(config.glossary)
            if !FileManager.default.fileExists(atPath: termbase.path) {
                var empty = Termbase()
                empty.title = "Termbase"
                try AtomicFile.write(TBXWriter.write(empty, language: source), to: termbase)
                created.append(config.glossary)
            }
            // The folder as the user named it: `jeju init` → ".", `jeju -C work init site` → "work/site".
            let shown =
                folder.map { f in options.directory.map { f.hasPrefix("/") ? f : $0 + "/" + f } ?? f } ?? options
                .directory ?? "."
            Console.write(
                created.isEmpty
                    ? "The Jeju project in \(shown) is already set up.\n"
                    : "Initialised a Jeju project in \(shown): \(created.joined(separator: ", "))\n")
        }
    }
}
