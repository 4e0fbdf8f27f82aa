import Foundation
import JejuSupport
import Testing
import TestSupport
@testable import MemoryServer

/// `sslmode` and `sslrootcert` against a server with TLS on (the test cluster, its certificate signed by itself):
/// each mode connects as libpq's does, or is refused with the settings named and nothing read.
@Suite struct TLSTests {
    /// Whether the connection `url` names uses TLS, by the server's own account (`pg_stat_ssl`).
    static func usesTLS(_ url: String) async throws -> Bool {
        let settings = try ServerSettings.fromEnvironment(["JEJU_DATABASE_URL": url])
        return try await MemoryServer.with(settings) { server in
            var ssl = false
            for try await (on) in try await server.run(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", doing: "read the connection"
            ).decode(Bool.self) { ssl = on }
            return ssl
        }
    }

    @Test func eachModeConnectsAsLibpqDoes() async throws {
        guard let cluster = PostgresCluster.running() else { return }
        let certificate: URL
        do { certificate = try cluster.enableTLS() } catch {
            SharedData.skip("eachModeConnectsAsLibpqDoes: the cluster cannot have TLS here: \(error)")
            return
        }
        let db = try cluster.makeDatabase()
        let base = "postgres://postgres@127.0.0.1:\(cluster.port)/\(db)?sslmode="
        #expect(try await Self.usesTLS(base + "disable") == false)
        #expect(try await Self.usesTLS(base + "prefer") == true)
        #expect(try await Self.usesTLS(base + "require") == true)
        // The certificate checked against the one given, with the host name (localhost, 127.0.0.1) and without.
        let trusted = "&sslrootcert=\(certificate.path)"
        #expect(try await Self.usesTLS(base + "verify-ca" + trusted) == true)
        #expect(
            try await Self.usesTLS("postgres://postgres@localhost:\(cluster.port)/\(db)?sslmode=verify-full" + trusted)
                == true)
        // Against the system's roots, which do not hold this certificate: refused, as an unreachable server.
        for mode in ["verify-ca", "verify-full"] {
            await #expect {
                _ = try await Self.usesTLS(base + mode)
            } throws: { error in
                (error as? Diagnostic)?.rule == "tm.server-unreachable"
            }
        }
        // A root file that is not there is an error in the settings.
        await #expect {
            _ = try await Self.usesTLS(base + "verify-full&sslrootcert=/nonexistent/root.crt")
        } throws: { error in
            (error as? Diagnostic)?.rule == "tm.server-settings"
        }
    }
}
