import Foundation
import JejuSupport
import MemoryServer

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

    /// The locales a command works on: `locale` (which must be a target) or every target.
    static func locales(_ locale: String?, in project: Project) throws(Diagnostic) -> [String] {
        guard let locale else { return project.config.targets }
        guard project.config.targets.contains(locale) else {
            throw Diagnostic(rule: "options.locale", path: Project.configFileName,
                             message: "'\(locale)' is not a target locale of this project (targets: \(project.config.targets.joined(separator: ", ")))")
        }
        return [locale]
    }

    /// A command the shared memory does not offer yet: refused, never run on the files instead.
    static func unsupported(_ command: String) -> Diagnostic {
        Diagnostic(rule: "tm.backend-unsupported", path: Project.configFileName,
                   message: "'jeju \(command)' works on the embedded memory only; with 'memory: postgres' run 'jeju tm pull' and use the files, or set 'memory: embedded'")
    }
}
