import ArgumentParser
import Foundation
import JejuSupport
import MemoryServer
import TranslationMemory

/// `jeju tm pull [--locale TAG]`: writes the server's memories of the project back as canonical TMX.
struct TMPull: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Write the shared server's memories of this project back to locales/<tag>/ as canonical TMX.",
        discussion: """
            The server is read from one snapshot; then every file is staged and written in one file transaction \
            (all or none, finished by the next command after a crash). The same server content gives the same bytes.
            """)

    @OptionGroup var options: ProjectOptions

    @Option(help: "Only this locale (default: every target).")
    var locale: String?

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.write, command: "tm pull")
            defer { projectLock.release() }
            let tags = try SharedMemory.locales(locale, in: project)
            let scope = SharedMemory.scope(project)
            let locales = tags
            let documents = try SharedMemory.run(read: true) { server in
                try await server.documents(scope: scope, locales: locales).map {
                    ($0.memory, TMXWriter.data($0.document))
                }
            }
            var transaction = FileTransaction(root: project.root)
            var out = ""
            for (memory, data) in documents {
                let parts = memory.memory.split(separator: "/").map(String.init)
                // The server names memories by their path in a project; only the two shapes Jeju writes are accepted.
                let valid =
                    parts.count >= 3 && parts[0] == "locales" && parts[1] == memory.locale
                    && (parts[2...] == ["memory.tmx"]
                        || (parts.count == 4 && parts[2] == "tm" && parts[3].hasSuffix(".tmx")
                            && !parts[3].hasPrefix(".")))
                guard valid else {
                    throw Diagnostic(
                        rule: "tm.server-memory-name", path: memory.memory,
                        message:
                            "a memory on the server has a name Jeju does not write into the project; nothing was written"
                    )
                }
                do {
                    try FileManager.default.createDirectory(
                        at: project.url(memory.memory).deletingLastPathComponent(),
                        withIntermediateDirectories: true)
                } catch {
                    throw Diagnostic(
                        rule: "io.write", path: memory.memory,
                        message: "cannot create its folder: \(error.localizedDescription)")
                }
                let changed = try transaction.stageIfChanged(data, to: project.url(memory.memory))
                out += "\(memory.memory): \(memory.units) units\(changed ? "" : " (unchanged)")\n"
            }
            try transaction.commit()
            Console.write(out.isEmpty ? "the server has no memories of '\(scope)'\n" : out)
        }
    }
}
