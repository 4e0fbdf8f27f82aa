import Foundation
import JejuSupport
import MemoryServer
import TestSupport
import TranslationMemory

/// A project in a temporary folder and a fresh database on the test cluster.
struct ServerFixture {
    let cluster: PostgresCluster
    let database: String
    let project: Project

    /// nil (test skipped with the reason) without PostgreSQL.
    static func make(targets: [String] = ["ko", "id"], test: String = #function) throws -> ServerFixture? {
        guard let cluster = PostgresCluster.running(test: test) else { return nil }
        let database = try cluster.makeDatabase()
        let root = try JejuBinary.temporaryFolder()
        let config = ProjectConfig(source: "en", targets: targets)
        for tag in targets {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("locales/\(tag)"), withIntermediateDirectories: true)
        }
        return ServerFixture(cluster: cluster, database: database, project: Project(root: root, config: config))
    }

    var settings: ServerSettings {
        get throws { try ServerSettings.fromEnvironment(["JEJU_DATABASE_URL": cluster.url(database: database)]) }
    }

    /// Runs `body` with a connection to the fixture's database.
    /// (Async: `Blocking.run` would hold a thread of the tests' cooperative pool while waiting for it.)
    func withServer<T>(user: String = "postgres", _ body: (MemoryServer) async throws -> T) async throws -> T {
        let settings = try ServerSettings.fromEnvironment([
            "JEJU_DATABASE_URL": cluster.url(database: database, user: user)
        ])
        return try await MemoryServer.with(settings, body)
    }
}
