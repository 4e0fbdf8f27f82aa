import Foundation
import JejuSupport
import PostgresNIO
import TranslationMemory

extension MemoryServer {
    /// The memories of `scope` (in `locale`, or every locale), ordered by locale and path.
    public func memories(scope: String, locale: String? = nil) async throws -> [ServerMemory] {
        try await requireSchema()
        let rows = try await run(
            """
            SELECT m.locale, m.memory, m.penalty,
                   CASE WHEN m.memory = 'locales/' || m.locale || '/memory.tmx'
                        THEN count(DISTINCT (u.source_markup, coalesce(u.context, E'\\x1e'))) FILTER (WHERE u.id IS NOT NULL)
                        ELSE count(u.id) END::bigint,
                   CASE WHEN m.memory = 'locales/' || m.locale || '/memory.tmx'
                        THEN count(DISTINCT (u.source_markup, u.context)) FILTER (WHERE u.context IS NOT NULL)
                        ELSE count(u.context) END::bigint
            FROM tm_memory m LEFT JOIN tm_unit u ON u.locale = m.locale AND u.memory_id = m.id
            WHERE m.scope = \(scope) AND (\(locale)::text IS NULL OR m.locale = \(locale))
            GROUP BY m.locale, m.memory, m.penalty ORDER BY m.locale, m.memory
            """, doing: "count the shared memory")
        var out: [ServerMemory] = []
        do {
            for try await (l, memory, penalty, units, context) in rows.decode((String, String, Int, Int64, Int64).self)
            {
                out.append(
                    ServerMemory(
                        memory: memory, locale: l, penalty: penalty, units: Int(units), withContext: Int(context)))
            }
        } catch {
            throw fail(error, doing: "count the shared memory")
        }
        return out
    }

    /// Calls `body` with the source text of every unit of a memory (for word counts), in the memory's order.
    public func forEachSource(scope: String, locale: String, memory: String, _ body: (String) -> Void) async throws {
        let rows = try await run(
            """
            SELECT source_text, source_markup, context, id FROM tm_unit
            WHERE locale = \(locale) AND memory_id = (SELECT id FROM tm_memory WHERE scope = \(scope) AND locale = \(locale)
                                                       AND memory = \(memory))
            ORDER BY ordinal, id
            """, doing: "read the shared memory")
        var units: [(text: String, key: String, id: Int64)] = []
        do {
            for try await (text, markup, context, id) in rows.decode((String, String, String?, Int64).self) {
                units.append((text, markup + "\u{1F}" + (context ?? "\u{1E}"), id))
            }
        } catch {
            throw fail(error, doing: "read the shared memory")
        }
        for u in Supersession.latest(units, locale: locale, memory: { _ in memory }, key: \.key, id: \.id) {
            body(u.text)
        }
    }

    /// The memories of `scope` in `locales` as TMX documents, read from one snapshot of the server: units in the
    /// order they were first published (their position in the file they came from, then arrival), the header as
    /// first published. The same server content always gives the same documents.
    public func documents(scope: String, locales: [String]) async throws -> [(
        memory: ServerMemory, document: TMXDocument
    )] {
        try await requireSchema()
        return try await transaction(doing: "read the shared memory", isolation: "REPEATABLE READ READ ONLY") {
            var out: [(memory: ServerMemory, document: TMXDocument)] = []
            var listed: [(ServerMemory, String, Int)] = []
            for try await (l, memory, penalty, header, id) in try await connection.query(
                """
                SELECT locale, memory, penalty, header_tmx, id FROM tm_memory WHERE scope = \(scope) AND locale = ANY(\(locales))
                ORDER BY locale, memory
                """, logger: logger
            ).decode((String, String, Int, String, Int).self) {
                listed.append(
                    (ServerMemory(memory: memory, locale: l, penalty: penalty, units: 0, withContext: 0), header, id))
            }
            for (m, header, id) in listed {
                var document = try TMXReader.read(Data(header.utf8), path: m.memory)
                var rowsRead: [(tmx: String, key: String, id: Int64)] = []
                let rows = try await connection.query(
                    """
                    SELECT tmx, source_markup, context, id FROM tm_unit WHERE locale = \(m.locale) AND memory_id = \(id)
                    ORDER BY ordinal, id
                    """, logger: logger)
                for try await (tmx, markup, context, id) in rows.decode((String, String, String?, Int64).self) {
                    rowsRead.append((tmx, markup + "\u{1F}" + (context ?? "\u{1E}"), id))
                }
                var units: [TranslationUnit] = []
                for row in Supersession.latest(
                    rowsRead, locale: m.locale, memory: { _ in m.memory }, key: \.key, id: \.id)
                {
                    let bytes = Array(row.tmx.utf8)
                    units.append(
                        try bytes.withUnsafeBufferPointer { b throws(Diagnostic) in
                            try TMXReader.unit(b, path: m.memory)
                        })
                }
                document.units = units
                var memory = m
                memory.units = units.count
                memory.withContext = units.filter { $0.context != nil }.count
                out.append((memory, document))
            }
            return out
        }
    }
}

extension MemoryServer {
    /// The sizes of `locale`'s partition and of the token index, in words (for the benchmark).
    public func sizes(locale: String) async throws -> String {
        let rows = try await run(
            """
            SELECT pg_size_pretty(pg_table_size(\(Migration.partition(for: locale))::regclass)),
                   pg_size_pretty(coalesce(sum(pg_relation_size(i.indexrelid)) FILTER (WHERE c.relname LIKE '%occurrence%'), 0)),
                   pg_size_pretty(coalesce(sum(pg_relation_size(i.indexrelid)), 0))
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = \(Migration.partition(for: locale))::regclass
            """, doing: "measure the shared memory")
        for try await (table, tokens, all) in rows.decode((String, String, String).self) {
            return "table \(table), token GIN index \(tokens), all indexes \(all)"
        }
        return ""
    }
}
