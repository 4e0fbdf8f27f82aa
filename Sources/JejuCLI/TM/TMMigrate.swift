import ArgumentParser
import Foundation
import JejuSupport
import MemoryServer

/// `jeju tm migrate`: creates or upgrades the shared memory's schema.
struct TMMigrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the schema of the shared memory server (JEJU_DATABASE_URL or PG* variables).",
        discussion: "Migrations are numbered and recorded in schema_version; no other command changes the schema.")

    @OptionGroup var options: ProjectOptions

    func run() throws {
        try reportingFailures {
            let (applied, version) = try SharedMemory.run { server in
                let applied = try await server.migrate()
                return (applied.map { "\($0.version): \($0.title)" }, try await server.schemaVersion())
            }
            if applied.isEmpty {
                Console.write("schema up to date (version \(version))\n")
            } else {
                Console.write(applied.map { "applied migration \($0)\n" }.joined() + "schema at version \(version)\n")
            }
        }
    }
}
