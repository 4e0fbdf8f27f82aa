import Foundation
import JejuSupport
import PostgresNIO
import TranslationMemory

extension MemoryServer {
    /// Publishes memories to the scope `scope` in one transaction. Writers to one memory take its advisory lock
    /// first, in one order, so they never deadlock; holding it, a writer sees whether the memory has units yet.
    /// A memory without any (a new one: most imports) takes the units straight into its table with `COPY`, so the
    /// server inserts while Jeju reads; a memory with units takes them with `COPY` into a temporary table, then adds
    /// those it lacks (`ON CONFLICT DO NOTHING` on the unique key: the locale and a hash of scope, memory, source,
    /// context, target). Each unit's row is its history: who added it, when, from which file, by which command
    /// (migration 5; `tm_history` is a view of them). A unit repeated in one file is sent once. A failure anywhere
    /// rolls everything back.
    /// `progress` hears each phase with the fraction of it done (-1 when the server does not say).
    public func upload(
        _ uploads: [MemoryUpload], scope: String, sourceLanguage: String, command: String,
        progress: (@Sendable (String, Double) -> Void)? = nil
    ) async throws -> [UploadReport] {
        try await requireSchema()
        var reports: [UploadReport] = []
        var merges: [Task<Void, Never>] = []
        do {
            try await transaction(doing: "add units to the shared memory") {
                reports = []
                // Writers to one memory take its lock, in one order (locale, memory), and so never deadlock on each
                // other's keys; writers to different memories never share a key and run at once. A writer holds the
                // lock before it reads the memory, so no other adds units to it until this transaction ends.
                try await connection.query(
                    """
                    SELECT pg_advisory_xact_lock(hashtextextended(l || E'\\x1f' || \(scope) || E'\\x1f' || m, 7170002))
                    FROM (SELECT DISTINCT l, m FROM unnest(\(uploads.map(\.locale))::text[], \(uploads.map(\.memory))::text[])
                          AS k(l, m) ORDER BY l, m) k
                    """, logger: logger)
                // A large upload: the token index takes this transaction's entries into its pending list, merged in bulk
                // afterwards (`gin_clean_pending_list` below), a quarter less time than inserting each into its tree.
                if uploads.reduce(0, { $0 + $1.data.count }) >= 256 << 10 {
                    try await connection.query("SET LOCAL gin_pending_list_limit = 2000000", logger: logger)
                }
                var staging = false
                var staged: [Bool] = []
                for u in uploads {
                    // The memory's number: its row's, or a new one from the sequence (the row itself is added after
                    // the units, with the header the file gives). A memory without units is new to the server.
                    var memoryID = 0
                    var fresh = true
                    for try await (id, empty) in try await connection.query(
                        """
                        SELECT coalesce(m.id, nextval('tm_memory_id_seq')::integer),
                               m.id IS NULL OR NOT EXISTS (SELECT FROM tm_unit WHERE locale = \(u.locale) AND memory_id = m.id)
                        FROM (SELECT (SELECT id FROM tm_memory WHERE scope = \(scope) AND locale = \(u.locale)
                                      AND memory = \(u.memory)) AS id) m
                        """, logger: logger
                    )
                    .decode((Int, Bool).self) { (memoryID, fresh) = (id, empty) }
                    let stream = UnitStream(
                        data: u.data, path: u.path,
                        target: .init(
                            scope: scope, locale: u.locale, memory: u.memory, memoryID: memoryID,
                            sourceLanguage: sourceLanguage, originFile: u.path, command: command))
                    if !fresh && !staging {
                        try await connection.query(
                            """
                            CREATE TEMP TABLE tm_stage (
                                scope text, locale text, memory text, ordinal integer, tuid text, source_text text,
                                source_markup text, target_text text, target_markup text, context text, tmx text,
                                occurrences text[], token_count integer, origin_file text, memory_id integer,
                                occurrence_hashes integer[], unit_hash uuid, command text) ON COMMIT DROP
                            """, logger: logger)
                        staging = true
                    }
                    do {
                        try await connection.copyFrom(
                            table: fresh ? "tm_unit" : "tm_stage", columns: UnitStream.columns, logger: logger
                        ) { writer in
                            for await chunk in stream.chunks {
                                try await writer.write(ByteBuffer(bytes: chunk))
                                stream.sent()
                                progress?("sending \(u.locale)", stream.fractionRead)
                            }
                            if let error = stream.outcome.error { throw error }
                        }
                    } catch {
                        if let error = stream.outcome.error { throw error }
                        throw error
                    }
                    let outcome = stream.outcome
                    if let missing = u.unlessLocaleFound, !outcome.sawLocale { throw missing }
                    // The memory's row, in the transaction that adds its first units.
                    let penalty =
                        u.penalty ?? Int(
                            outcome.header.properties.first { $0.type == MemoryFiles.penaltyProperty }?.value ?? "")
                        ?? 0
                    let header = String(
                        decoding: TMXWriter.data(TMXDocument(version: outcome.version, header: outcome.header)),
                        as: UTF8.self)
                    try await connection.query(
                        """
                        INSERT INTO tm_memory (id, scope, locale, memory, penalty, header_tmx)
                        VALUES (\(memoryID), \(scope), \(u.locale), \(u.memory), \(penalty), \(header)) ON CONFLICT DO NOTHING
                        """, logger: logger)
                    if fresh && outcome.sent >= 1000 {
                        // The token index's pending list is merged on a second connection (the entries move whether
                        // or not this transaction has committed) while this one goes on: two cores, not one.
                        merges.append(merging(u.locale))
                    }
                    // A new memory's units are all this upload's: as many as were sent (`COPY` adds all or none).
                    // Each unit's history (who, when, from which file, by which command) is in its own row.
                    let added = fresh ? outcome.sent : 0
                    staged.append(!fresh)
                    reports.append(
                        UploadReport(
                            memory: u.memory, locale: u.locale, added: added, present: outcome.units - added,
                            skipped: outcome.skipped))
                }
                if staging {
                    try await addStaged(
                        to: &reports, staged: staged, progress: progress)
                }
            }
        } catch {
            // A merge started on the second connection ends before this returns, whatever happened.
            for m in merges { await m.value }
            throw error
        }
        // Fresh statistics let lookups order a query's tokens rarest first (skipped quietly for a role that does
        // not own the table).
        for locale in Set(uploads.map(\.locale))
        where reports.contains(where: { $0.locale == locale && $0.added >= 1000 }) {
            progress?("indexing \(locale) on the server", -1)
            let table = Migration.partition(for: locale)
            _ = try? await connection.query(PostgresQuery(unsafeSQL: "ANALYZE \(table)"), logger: logger)
            // The token index takes new entries into a pending list that every lookup reads through until it is
            // merged: merged now (what the second connection has not), so that lookups after an import do not
            // wait for autovacuum.
            for m in merges { await m.value }
            merges = []
            try? await mergePendingList(locale)
        }
        for m in merges { await m.value }
        return reports
    }

    /// Merges the pending list of `locale`'s token index into the index (for a role that owns it; otherwise
    /// refused, and autovacuum merges it later).
    func mergePendingList(_ locale: String) async throws {
        try await connection.query(
            """
            SELECT gin_clean_pending_list(i.indexrelid::regclass) FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
            WHERE i.indrelid = \(Migration.partition(for: locale))::regclass AND a.amname = 'gin'
            """, logger: logger)
    }

    /// `mergePendingList` on a connection of its own, at once.
    func merging(_ locale: String) -> Task<Void, Never> {
        let settings = settings
        return Task { try? await MemoryServer.with(settings) { try await $0.mergePendingList(locale) } }
    }

    /// Adds the staged units the server lacks and counts them in the reports of the uploads that were staged
    /// (`staged[i]`).
    private func addStaged(
        to reports: inout [UploadReport], staged: [Bool],
        progress: (@Sendable (String, Double) -> Void)?
    ) async throws {
        progress?("adding the units on the server", -1)
        let rows = try await connection.query(
            """
            WITH added AS (
                INSERT INTO tm_unit (scope, locale, memory, ordinal, tuid, source_text, source_markup, target_text,
                                     target_markup, context, tmx, occurrences, token_count, origin_file, memory_id,
                                     occurrence_hashes, unit_hash, command)
                SELECT scope, locale, memory, ordinal, tuid, source_text, source_markup, target_text, target_markup,
                       context, tmx, occurrences, token_count, origin_file, memory_id, occurrence_hashes, unit_hash,
                       command
                FROM tm_stage
                ON CONFLICT (locale, unit_hash) DO NOTHING
                RETURNING locale, memory)
            SELECT locale, memory, count(*)::bigint FROM added GROUP BY locale, memory
            """, logger: logger)
        var added: [String: Int] = [:]
        for try await (locale, memory, count) in rows.decode((String, String, Int64).self) {
            added["\(locale)\u{1F}\(memory)"] = Int(count)
        }
        for i in reports.indices where staged[i] {
            let key = "\(reports[i].locale)\u{1F}\(reports[i].memory)"
            let n = added[key] ?? 0
            added[key] = nil  // the same memory uploaded twice in one push: count its additions once
            reports[i].added = n
            reports[i].present -= n
        }
    }
}
