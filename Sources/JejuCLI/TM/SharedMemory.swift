import Foundation
import JejuSupport
import MemoryServer
import TranslationMemory
import Workflow

/// The commands' side of the shared memory: which server, which scope, one connection per command.
enum SharedMemory {
    /// The project's name on the server: `memoryScope:` in jeju.yml, or the project folder's name.
    static func scope(_ project: Project) -> String {
        project.config.memoryScope ?? project.root.lastPathComponent
    }

    /// Whether the project keeps its memory on the server.
    static func isShared(_ project: Project) -> Bool { project.config.memory == .postgres }

    /// Connects (to the read replica when `read` and `JEJU_DATABASE_READ_URL` is set), runs `body`, disconnects.
    static func run<T>(read: Bool = false, _ body: @escaping @Sendable (MemoryServer) async throws -> T) throws -> T {
        let settings = try ServerSettings.fromEnvironment(read: read)
        return try Blocking.run { try await MemoryServer.with(settings, body) }
    }

    /// With `memory: postgres`, a connection held for the whole command (nil for the embedded memory): opened
    /// before anything is read or written, so an unreachable server or a missing schema changes nothing.
    static func session(_ project: Project) throws -> ServerSession? {
        guard isShared(project) else { return nil }
        return try ServerSession(try ServerSettings.fromEnvironment(read: false))
    }

    /// The lookups `extract` makes for `locale`: on the server with `session`, else the project's index (nil when
    /// the locale has no memory yet).
    static func lookup(_ session: ServerSession?, project: Project, locale: String) throws(Diagnostic)
        -> (any MemoryLookup)?
    {
        if let session {
            return try session.lookup(
                scope: scope(project), shared: project.config.memoryShared, sourceLanguage: project.config.source,
                locale: locale)
        }
        let files = MemoryFiles(project: project, locale: locale)
        return files.existing.isEmpty ? nil : try MemoryIndex(files: files)
    }

    /// Publishes the project memories a command is about to write (`documents`: each memory's whole new content)
    /// to the server, in one server transaction, before the command commits its files. The order is chosen so
    /// that no failure loses work: the server refusing or unreachable stops the command with every file as it
    /// was; a kill after the server's commit and before the files' leaves the units on the server (they are
    /// added once, whoever sends them again) and the files as they were, and running the command again writes
    /// the files and adds nothing twice.
    static func publish(
        _ session: ServerSession?, project: Project, documents: [(ProjectMemory, TMXDocument)],
        origin: String, command: String
    ) throws {
        guard let session, !documents.isEmpty else { return }
        let uploads = documents.map { memory, document in
            MemoryUpload(
                locale: memory.locale, memory: project.relativePath(memory.url), path: origin,
                data: TMXWriter.data(document))
        }
        _ = try session.upload(uploads, scope: scope(project), sourceLanguage: project.config.source, command: command)
    }

    /// The locales a command works on: `locale` (which must be a target) or every target.
    static func locales(_ locale: String?, in project: Project) throws(Diagnostic) -> [String] {
        guard let locale else { return project.config.targets }
        guard project.config.targets.contains(locale) else {
            throw Diagnostic(
                rule: "options.locale", path: Project.configFileName,
                message:
                    "'\(locale)' is not a target locale of this project (targets: \(project.config.targets.joined(separator: ", ")))"
            )
        }
        return [locale]
    }
}
