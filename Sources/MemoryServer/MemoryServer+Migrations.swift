import JejuSupport
import PostgresNIO

extension MemoryServer {
    /// The schema version on the server: 0 when it has no Jeju schema.
    public func schemaVersion() async throws -> Int {
        let exists = try await run("SELECT to_regclass('schema_version') IS NOT NULL", doing: "read the schema version")
        for try await (present) in exists.decode(Bool.self) where !present { return 0 }
        let rows = try await run(
            "SELECT coalesce(max(version), 0) FROM schema_version", doing: "read the schema version")
        for try await (version) in rows.decode(Int.self) { return version }
        return 0
    }

    /// Applies the migrations the server lacks, up to version `target`, in one transaction under an advisory lock
    /// (two `migrate` at once apply each migration once). Returns the versions applied.
    public func migrate(upTo target: Int = Migration.latest) async throws -> [Migration] {
        try await transaction(doing: "migrate the schema") {
            try await connection.query("SELECT pg_advisory_xact_lock(7170001)", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version integer PRIMARY KEY, title text NOT NULL,
                    applied_by text NOT NULL DEFAULT current_user, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var current = 0
            for try await (v) in try await connection.query(
                "SELECT coalesce(max(version), 0) FROM schema_version", logger: logger
            )
            .decode(Int.self) { current = v }
            if current > Migration.latest {
                throw Diagnostic(
                    rule: "tm.schema-newer", path: settings.displayName,
                    message:
                        "the server's schema is version \(current), newer than this Jeju knows (\(Migration.latest)): update Jeju"
                )
            }
            var applied: [Migration] = []
            for m in Migration.all where m.version > current && m.version <= target {
                for statement in m.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_version (version, title) VALUES (\(m.version), \(m.title))",
                    logger: logger)
                applied.append(m)
            }
            return applied
        }
    }

    /// Refuses to work on a server whose schema is missing or not this Jeju's: migrations are never implicit.
    public func requireSchema() async throws {
        let version = try await schemaVersion()
        if version == Migration.latest { return }
        if version == 0 {
            throw Diagnostic(
                rule: "tm.schema-missing", path: settings.displayName,
                message: "the memory server has no Jeju schema yet: run 'jeju tm migrate'")
        }
        if version < Migration.latest {
            throw Diagnostic(
                rule: "tm.schema-outdated", path: settings.displayName,
                message:
                    "the server's schema is version \(version), this Jeju needs \(Migration.latest): run 'jeju tm migrate'"
            )
        }
        throw Diagnostic(
            rule: "tm.schema-newer", path: settings.displayName,
            message:
                "the server's schema is version \(version), newer than this Jeju knows (\(Migration.latest)): update Jeju"
        )
    }
}
