import JejuSupport
import Testing
@testable import MemoryServer

@Suite struct ServerSettingsTests {
    @Test func urlWithSocketFolderAndSSLMode() throws {
        let s = try ServerSettings.fromEnvironment([
            "JEJU_DATABASE_URL": "postgres://ana@localhost/tm?host=/tmp/pg&port=6543&sslmode=disable"
        ])
        #expect(s.socketFolder == "/tmp/pg")
        #expect(s.host == nil)
        #expect(s.port == 6543)
        #expect(s.user == "ana")
        #expect(s.database == "tm")
        #expect(s.sslMode == .disable)
        #expect(s.displayName == "ana@/tmp/pg/.s.PGSQL.6543/tm")
    }

    @Test func urlWithHostPortAndPasswordNeverShown() throws {
        let s = try ServerSettings.fromEnvironment([
            "JEJU_DATABASE_URL": "postgresql://bo:s3cret@db.example:5433/jeju?sslmode=verify-full"
        ])
        #expect(s.host == "db.example")
        #expect(s.port == 5433)
        #expect(s.password == "s3cret")
        #expect(s.sslMode == .verifyFull)
        #expect(!s.displayName.contains("s3cret"))
    }

    @Test func pgVariables() throws {
        let s = try ServerSettings.fromEnvironment([
            "PGHOST": "10.0.0.5", "PGPORT": "5544", "PGUSER": "cy", "PGDATABASE": "mem",
            "PGPASSWORD": "pw", "PGSSLMODE": "require",
        ])
        #expect(s.host == "10.0.0.5")
        #expect(s.port == 5544)
        #expect(s.user == "cy")
        #expect(s.database == "mem")
        #expect(s.password == "pw")
        #expect(s.sslMode == .require)
        #expect(s.origin == "the PG* variables")
    }

    /// The roots `verify-ca` and `verify-full` trust: the URL's `sslrootcert`, else `PGSSLROOTCERT`, else the system's.
    @Test func sslRootCertFromTheURLOrTheEnvironment() throws {
        let url = "postgres://a@db.example/tm?sslmode=verify-full"
        #expect(try ServerSettings.fromEnvironment(["JEJU_DATABASE_URL": url]).sslRootCert == nil)
        #expect(
            try ServerSettings.fromEnvironment(["JEJU_DATABASE_URL": url, "PGSSLROOTCERT": "/etc/jeju/root.crt"])
                .sslRootCert == "/etc/jeju/root.crt")
        #expect(
            try ServerSettings.fromEnvironment([
                "JEJU_DATABASE_URL": url + "&sslrootcert=/srv/ca.pem", "PGSSLROOTCERT": "/etc/jeju/root.crt",
            ]).sslRootCert == "/srv/ca.pem")
        #expect(
            try ServerSettings.fromEnvironment(["PGHOST": "db.example", "PGSSLROOTCERT": "/etc/jeju/root.crt"])
                .sslRootCert == "/etc/jeju/root.crt")
    }

    @Test func readReplicaOnlyForReads() throws {
        let env = ["JEJU_DATABASE_URL": "postgres://w@primary/tm", "JEJU_DATABASE_READ_URL": "postgres://r@replica/tm"]
        #expect(try ServerSettings.fromEnvironment(env).host == "primary")
        #expect(try ServerSettings.fromEnvironment(env, read: true).host == "replica")
        #expect(
            try ServerSettings.fromEnvironment(["JEJU_DATABASE_URL": "postgres://w@primary/tm"], read: true).host
                == "primary")
    }

    @Test func badSettingsAreDiagnostics() {
        for env in [
            ["JEJU_DATABASE_URL": "mysql://x@y/z"], ["JEJU_DATABASE_URL": "postgres://x@y/z?sslmode=sometimes"],
            ["PGPORT": "eighty"], ["JEJU_DATABASE_URL": "postgres://x@y/z?options=-c%20x"],
        ] {
            #expect(throws: Diagnostic.self) { try ServerSettings.fromEnvironment(env) }
            do { _ = try ServerSettings.fromEnvironment(env) } catch { #expect(error.rule == "tm.server-settings") }
        }
    }
}
