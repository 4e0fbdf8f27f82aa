import Foundation
import Inline
import JejuSupport
import Testing
import TestSupport
import TranslationMemory
import PostgresNIO
@testable import MemoryServer

/// A memory new on the server takes its units straight into the unit table; one that has units already takes
/// them through the staging table. Both give the same memory, the same history and the same lookups.
/// (In the serialized suite of the other server tests: a cluster's first migrations create its roles, and two at
/// once in two databases would both try.)
extension DifferentialTests {
    /// A memory with a unit repeated (the same source, context and target under another tuid), a second
    /// translation of one source, the same source in a context, and a unit without its target.
    static func uploadMemory(_ units: [(id: String, source: String, target: String?, context: String?)]) -> Data {
        var s =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n"
        for u in units {
            s += "<tu tuid=\"\(u.id)\">"
            if let c = u.context { s += "<prop type=\"x-jeju-context\">\(c)</prop>" }
            s += "<tuv xml:lang=\"en\"><seg>\(u.source)</seg></tuv>"
            if let t = u.target { s += "<tuv xml:lang=\"id\"><seg>\(t)</seg></tuv>" }
            s += "</tu>\n"
        }
        return Data((s + "</body></tmx>\n").utf8)
    }

    static let uploadUnits: [(id: String, source: String, target: String?, context: String?)] = [
        ("a", "Open the file before the meeting.", "Buka berkas sebelum rapat.", nil),
        ("b", "Close the file after the meeting.", "Tutup berkas setelah rapat.", nil),
        ("a2", "Open the file before the meeting.", "Buka berkas sebelum rapat.", nil),
        ("c", "Open the file before the meeting.", "Bukalah berkas sebelum rapat.", nil),
        ("d", "Open the file before the meeting.", "Buka berkas sebelum rapat.", "notice-1"),
        ("e", "Only the source is here.", nil, nil),
        ("b2", "Close the file after the meeting.", "Tutup berkas setelah rapat.", nil),
        ("f", "The meeting <ph x=\"1\">&lt;br/&gt;</ph>starts at 10 o'clock.", "Rapat dimulai pukul 10.", nil),
    ]

    @Test func aNewMemoryTakesItsUnitsStraightAndGivesWhatStagingGives() async throws {
        guard let fx = try ServerFixture.make(targets: ["id"]) else { return }
        let data = Self.uploadMemory(Self.uploadUnits)
        let first = Self.uploadMemory(Array(Self.uploadUnits.prefix(1)))
        func upload(_ data: Data) -> MemoryUpload {
            MemoryUpload(locale: "id", memory: "locales/id/memory.tmx", path: "m.tmx", data: data)
        }
        let queries = Self.uploadUnits.map(\.source) + ["Open the file before the meeting starts.", "close the file"]
        let project = fx.project
        let (direct, again, staged, documents, matches) = try await fx.withServer { server in
            _ = try await server.migrate()
            // Scope "d": the whole file into a new memory (straight into the unit table).
            let direct = try await server.upload([upload(data)], scope: "d", sourceLanguage: "en", command: "test")
            let again = try await server.upload([upload(data)], scope: "d", sourceLanguage: "en", command: "test")
            // Scope "s": the first unit, then the whole file into a memory that has units (staged).
            _ = try await server.upload([upload(first)], scope: "s", sourceLanguage: "en", command: "test")
            let staged = try await server.upload([upload(data)], scope: "s", sourceLanguage: "en", command: "test")
            var documents: [Data] = []
            var matches: [[[Match]]] = []
            for scope in ["d", "s"] {
                documents += try await server.documents(scope: scope, locales: ["id"]).map {
                    TMXWriter.data($0.document)
                }
                let lookup = try await ServerLookup(
                    server: server, scope: scope, sourceLanguage: project.config.source, locale: "id")
                var found: [[Match]] = []
                for q in queries { found.append(try await lookup.lookup(Segment(text: q), minimum: 50, maximum: 5)) }
                matches.append(found)
            }
            return (direct, again, staged, documents, matches)
        }
        // Seven units with both languages; "a2" and "b2" repeat "a" and "b": five added, two there already.
        #expect(
            direct == [UploadReport(memory: "locales/id/memory.tmx", locale: "id", added: 5, present: 2, skipped: 1)])
        #expect(again.map(\.added) == [0] && again.map(\.present) == [7])
        #expect(staged.map(\.added) == [4] && staged.map(\.present) == [3])
        #expect(documents.count == 2 && documents[0] == documents[1])
        let pulled = try TMXReader.read(documents[0], path: "pulled.tmx")
        // The project memory's "c" supersedes "a" (the same source and context, added after it).
        #expect(pulled.units.map(\.id) == ["b", "c", "d", "f"])
        #expect(matches[0] == matches[1])
        #expect(matches[0].filter { !$0.isEmpty }.count >= 5)
        // Every unit once, with one history row naming it.
        let rows = try fx.cluster.psql(
            """
            SELECT u.scope, count(*), count(DISTINCT (u.source_markup, u.context, u.target_markup)), count(h.unit_id),
                   count(DISTINCT h.unit_id), min(h.origin_tuid), min(h.command), min(h.origin_file)
            FROM tm_unit u LEFT JOIN tm_history h ON h.locale = u.locale AND h.unit_id = u.id
            GROUP BY u.scope ORDER BY u.scope
            """, database: fx.database)
        #expect(rows == "d|5|5|5|5|a|test|m.tmx\ns|5|5|5|5|a|test|m.tmx\n")
        #expect(try Self.keysAndHashesAsTheServerComputesThem(fx) == "10|10|10\n")
    }

    /// A `text[]` in SQL (U+0001, which a literal cannot hold, as `chr(1)`).
    static func sqlArray(_ values: [String]) -> String {
        "ARRAY["
            + values.map { "'\($0.replacingOccurrences(of: "\u{1}", with: "' || chr(1) || '"))'" }
            .joined(separator: ",") + "]::text[]"
    }

    /// A unit's `<tu>` as `upload` stores it.
    static func tu(_ id: String, _ source: String, _ target: String) -> String {
        "<tu tuid=\"\(id)\">\n  <tuv xml:lang=\"en\"><seg>\(source)</seg></tuv>\n  <tuv xml:lang=\"id\"><seg>\(target)</seg></tuv>\n</tu>"
    }

    /// How many units there are, how many have the key the server computes from their columns (migration 3's
    /// expression) and how many have the token index entries the server computes from their occurrences
    /// (`hashtext`): what Jeju sends is what the server would compute.
    static func keysAndHashesAsTheServerComputesThem(_ fx: ServerFixture) throws -> String {
        try fx.cluster.psql(
            """
            SELECT count(*),
                   count(*) FILTER (WHERE unit_hash = md5(
                       octet_length(scope)::text || ':' || scope || octet_length(memory)::text || ':' || memory
                       || source_markup || E'\\x1f' || coalesce(context, E'\\x1e') || E'\\x1f' || target_markup)::uuid),
                   count(*) FILTER (WHERE occurrence_hashes = ARRAY(
                       SELECT hashtext(o) FROM unnest(occurrences) WITH ORDINALITY AS x(o, i) ORDER BY i))
            FROM tm_unit
            """, database: fx.database)
    }
}

extension DifferentialTests {
    /// Migration 3 keys the units already on a version 2 server as the server keys those added after it: a unit
    /// there before is not added again, a new one is, and a second copy of a unit is refused by the new key.
    @Test func migrationThreeKeysTheUnitsAlreadyThere() async throws {
        guard let fx = try ServerFixture.make(targets: ["id"]) else { return }
        let two = try await fx.withServer { server in try await server.migrate(upTo: 2) }
        #expect(two.map(\.version) == [1, 2])
        // Unit "a" as version 2 holds it (as `upload` wrote it then), in two scopes and two memories.
        let tu = Self.tu("a", "Open the file before the meeting.", "Buka berkas sebelum rapat.")
        _ = try fx.cluster.psql(
            """
            INSERT INTO tm_memory (scope, locale, memory, header_tmx) VALUES
                ('p', 'id', 'locales/id/memory.tmx', '<header/>'), ('q', 'id', 'locales/id/memory.tmx', '<header/>'),
                ('p', 'id', 'locales/id/tm/x.tmx', '<header/>');
            INSERT INTO tm_unit (scope, locale, memory, ordinal, tuid, source_text, source_markup, target_text,
                                 target_markup, tmx, tokens, occurrences, token_count)
            SELECT s, 'id', m, 1, 'a', 'Open the file before the meeting.', 'Open the file before the meeting.',
                   'Buka berkas sebelum rapat.', 'Buka berkas sebelum rapat.', '\(tu)',
                   '{open,the,file,before,the,meeting}', '{open,the,file,before,the\u{1}2,meeting}', 6
            FROM (VALUES ('p', 'locales/id/memory.tmx'), ('q', 'locales/id/memory.tmx'), ('p', 'locales/id/tm/x.tmx')) v(s, m)
            """, database: fx.database)
        let data = Self.uploadMemory(Self.uploadUnits)
        let (three, reports) = try await fx.withServer { server in
            let three = try await server.migrate()
            let reports = try await server.upload(
                [MemoryUpload(locale: "id", memory: "locales/id/memory.tmx", path: "m.tmx", data: data)], scope: "p",
                sourceLanguage: "en", command: "test")
            return (three, reports)
        }
        #expect(three.map(\.version) == [3, 4, 5])
        #expect(reports.map(\.added) == [4] && reports.map(\.present) == [3])
        #expect(
            try fx.cluster.psql(
                "SELECT scope, memory, count(*) FROM tm_unit GROUP BY 1, 2 ORDER BY 1, 2", database: fx.database)
                == "p|locales/id/memory.tmx|5\np|locales/id/tm/x.tmx|1\nq|locales/id/memory.tmx|1\n")
        #expect(throws: (any Error).self) {
            try fx.cluster.psql(
                """
                INSERT INTO tm_unit (scope, locale, memory, ordinal, source_text, source_markup, target_text,
                                     target_markup, tmx, occurrences, token_count, memory_id, occurrence_hashes, unit_hash)
                SELECT scope, locale, memory, 9, source_text, source_markup, target_text, target_markup, tmx,
                       occurrences, token_count, memory_id, occurrence_hashes, unit_hash FROM tm_unit WHERE scope = 'q'
                """, database: fx.database)
        }
        #expect(try Self.keysAndHashesAsTheServerComputesThem(fx) == "7|7|7\n")
    }
}

extension DifferentialTests {
    /// While a transaction adds units, a second connection merges the token index's pending list: the entries move
    /// whether or not their transaction has committed, nothing is left to merge, lookups find the units after the
    /// commit and none after a rollback.
    @Test func thePendingListIsMergedOnASecondConnectionBeforeTheCommit() async throws {
        guard let fx = try ServerFixture.make(targets: ["id"]) else { return }
        let pending =
            "SELECT coalesce(sum(gin_clean_pending_list(i.indexrelid::regclass)), 0)::bigint FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam WHERE i.indrelid = 'tm_unit_id'::regclass AND a.amname = 'gin'"
        var found: [[Int]] = []
        var left: [String] = []
        for (scope, end) in [("p", "COMMIT"), ("q", "ROLLBACK")] {
            found.append(
                try await fx.withServer { server in
                    if scope == "p" { _ = try await server.migrate() }
                    let db = server.connection, logger = server.logger
                    try await db.query("BEGIN", logger: logger)
                    try await db.query("SET LOCAL gin_pending_list_limit = 2000000", logger: logger)
                    try await db.query(
                        "INSERT INTO tm_memory (scope, locale, memory, header_tmx) VALUES (\(scope), 'id', 'm.tmx', '<header/>')",
                        logger: logger)
                    try await db.query(
                        """
                        INSERT INTO tm_unit (scope, locale, memory, ordinal, source_text, source_markup, target_text,
                                             target_markup, tmx, occurrences, token_count, memory_id, occurrence_hashes,
                                             unit_hash)
                        SELECT \(scope), 'id', 'm.tmx', n, w || ' apple', w || ' apple', 't', 't',
                               '<tu><tuv xml:lang="en"><seg>' || w || ' apple</seg></tuv><tuv xml:lang="id"><seg>t</seg></tuv></tu>',
                               ARRAY[w, 'apple'], 2, (SELECT id FROM tm_memory WHERE scope = \(scope)),
                               ARRAY[hashtext(w), hashtext('apple')], md5(\(scope) || w)::uuid
                        FROM generate_series(1, 20000) n, translate('q' || n, '0123456789', 'abcdefghij') w
                        """, logger: logger)
                    await server.merging("id").value
                    left.append(try fx.cluster.psql(pending, database: fx.database))
                    try await db.query(PostgresQuery(unsafeSQL: end), logger: logger)
                    return try await ServerLookup(server: server, scope: scope, sourceLanguage: "en", locale: "id")
                        .lookup(Segment(text: "qbh apple"), minimum: 100, maximum: 5).map(\.score.value)
                })
        }
        #expect(found == [[100], []])
        #expect(left == ["0\n", "0\n"])
    }
}

extension DifferentialTests {
    /// Reading the tokens back from their numbered occurrences gives them as they were, the number token and
    /// words with digits included.
    @Test func theTokensAreReadBackFromTheirOccurrences() {
        let words = ["\u{1}#", "am", "covid", "19", "a1", "x2y", "\u{1}#\u{1}", "é"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let tokens = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                words.randomElement(using: &generator)!
            }
            let occurrences = TokenOccurrences.of(tokens)
            #expect(TokenOccurrences.tokens(occurrences) == tokens)
        }
        #expect(TokenOccurrences.tokens(["\u{1}#", "\u{1}#\u{1}2", "am\u{1}12"]) == ["\u{1}#", "\u{1}#", "am"])
    }

    /// Migration 4 numbers the memories already on a version 3 server and gives their units that number: an
    /// upload to one of them adds only what it lacks, a new memory takes a new number, pull keeps each memory's
    /// order, and lookups read the old units' tokens from their occurrences.
    @Test func migrationFourNumbersTheMemoriesAlreadyThere() async throws {
        guard let fx = try ServerFixture.make(targets: ["id"]) else { return }
        let three = try await fx.withServer { server in try await server.migrate(upTo: 3) }
        #expect(three.map(\.version) == [1, 2, 3])
        let scorer = try MatchScorer(sourceLanguage: "en", locale: "id")
        func row(_ scope: String, _ memory: String, _ ordinal: Int, _ id: String, _ source: String, _ target: String)
            -> String
        {
            let tokens = scorer.indexTokens(source)
            return """
                ('\(scope)', 'id', '\(memory)', \(ordinal), '\(id)', '\(source)', '\(source)', '\(target)', '\(target)',
                 '\(Self.tu(id, source, target))', \(Self.sqlArray(tokens)), \(Self.sqlArray(TokenOccurrences.of(tokens))),
                 \(tokens.count))
                """
        }
        let header = String(decoding: TMXWriter.data(TMXDocument(version: "1.4", header: TMXHeader())), as: UTF8.self)
        _ = try fx.cluster.psql(
            """
            INSERT INTO tm_memory (scope, locale, memory, header_tmx) VALUES
                ('p', 'id', 'locales/id/memory.tmx', '\(header)'), ('p', 'id', 'locales/id/tm/x.tmx', '\(header)'),
                ('q', 'id', 'locales/id/memory.tmx', '\(header)');
            INSERT INTO tm_unit (scope, locale, memory, ordinal, tuid, source_text, source_markup, target_text,
                                 target_markup, tmx, tokens, occurrences, token_count) VALUES
            \(row("p", "locales/id/memory.tmx", 1, "a", "Open the file before the meeting.", "Buka berkas sebelum rapat.")),
            \(row("p", "locales/id/tm/x.tmx", 1, "x", "The 2 files of the 2 meetings.", "Dua berkas dari dua rapat.")),
            \(row("q", "locales/id/memory.tmx", 1, "a", "Open the file before the meeting.", "Buka berkas sebelum rapat."))
            """, database: fx.database)
        let data = Self.uploadMemory(Self.uploadUnits)
        let (four, reports, documents, matches) = try await fx.withServer { server in
            let four = try await server.migrate()
            let reports = try await server.upload(
                [
                    MemoryUpload(locale: "id", memory: "locales/id/memory.tmx", path: "m.tmx", data: data),
                    MemoryUpload(locale: "id", memory: "locales/id/tm/y.tmx", path: "y.tmx", data: data),
                ], scope: "p", sourceLanguage: "en", command: "test")
            let documents = try await server.documents(scope: "p", locales: ["id"])
            let lookup = try await ServerLookup(server: server, scope: "p", sourceLanguage: "en", locale: "id")
            let matches = try await lookup.lookup(Segment(text: "The 2 files of the 2 meetings."), minimum: 100)
            return (four, reports, documents, matches)
        }
        #expect(four.map(\.version) == [4, 5])
        // The project memory had "a": four added, three there; the new memory takes five.
        #expect(reports.map(\.added) == [4, 5] && reports.map(\.present) == [3, 2])
        #expect(
            try fx.cluster.psql(
                """
                SELECT m.scope, m.memory, count(u.id), count(DISTINCT u.memory_id)
                FROM tm_memory m JOIN tm_unit u ON u.memory_id = m.id AND u.locale = m.locale AND u.scope = m.scope
                                                AND u.memory = m.memory
                GROUP BY m.id, m.scope, m.memory ORDER BY m.id
                """, database: fx.database)
                == "p|locales/id/memory.tmx|5|1\np|locales/id/tm/x.tmx|1|1\nq|locales/id/memory.tmx|1|1\np|locales/id/tm/y.tmx|5|1\n"
        )
        #expect(try fx.cluster.psql("SELECT count(*) FROM tm_unit", database: fx.database) == "12\n")
        // Pull: the project memory's "c" supersedes the old "a"; each memory in its order.
        #expect(
            documents.map { "\($0.memory.memory):\($0.document.units.compactMap(\.id).joined(separator: ","))" } == [
                "locales/id/memory.tmx:b,c,d,f", "locales/id/tm/x.tmx:x", "locales/id/tm/y.tmx:a,b,c,d,f",
            ])
        #expect(matches.map(\.origin.file) == ["locales/id/tm/x.tmx"] && matches.map(\.score.value) == [100])
    }
}

extension DifferentialTests {
    /// Migration 5 gives the units already on a version 4 server the token index entries and the history Jeju now
    /// writes into each unit's row: the hashes of their occurrences (as Jeju computes them), the command from their
    /// history row, the history as a view of the rows; an upload adds only what they lack, and lookups find them.
    @Test func migrationFiveHashesTheOccurrencesAndKeepsTheHistoryOfTheUnitsAlreadyThere() async throws {
        guard let fx = try ServerFixture.make(targets: ["id"]) else { return }
        let four = try await fx.withServer { server in try await server.migrate(upTo: 4) }
        #expect(four.map(\.version) == [1, 2, 3, 4])
        let scorer = try MatchScorer(sourceLanguage: "en", locale: "id")
        let units = [
            ("a", "Open the file before the meeting.", "Buka berkas sebelum rapat."),
            ("x", "The 2 files of the 2 meetings.", "Dua berkas dari dua rapat."),
        ]
        var values: [String] = []
        for (i, (id, source, target)) in units.enumerated() {
            let occurrences = TokenOccurrences.of(scorer.indexTokens(source))
            values.append(
                "('p', 'id', 'locales/id/memory.tmx', \(i + 1), '\(id)', '\(source)', '\(source)', '\(target)', '\(target)', '\(Self.tu(id, source, target))', \(Self.sqlArray(occurrences)), \(occurrences.count), 'old.tmx', 1)"
            )
        }
        let header = String(decoding: TMXWriter.data(TMXDocument(version: "1.4", header: TMXHeader())), as: UTF8.self)
        _ = try fx.cluster.psql(
            """
            INSERT INTO tm_memory (id, scope, locale, memory, header_tmx) VALUES (1, 'p', 'id', 'locales/id/memory.tmx', '\(header)');
            SELECT setval('tm_memory_id_seq', 1);
            INSERT INTO tm_unit (scope, locale, memory, ordinal, tuid, source_text, source_markup, target_text,
                                 target_markup, tmx, occurrences, token_count, origin_file, memory_id) VALUES
            \(values.joined(separator: ",\n"));
            INSERT INTO tm_history (locale, unit_id, scope, memory, action, origin_file, origin_tuid, command)
            SELECT locale, id, scope, memory, 'added', origin_file, tuid, 'jeju tm push' FROM tm_unit
            """, database: fx.database)
        let data = Self.uploadMemory(Self.uploadUnits)
        let (five, reports, matches) = try await fx.withServer { server in
            let five = try await server.migrate()
            let reports = try await server.upload(
                [MemoryUpload(locale: "id", memory: "locales/id/memory.tmx", path: "m.tmx", data: data)], scope: "p",
                sourceLanguage: "en", command: "jeju merge")
            let lookup = try await ServerLookup(server: server, scope: "p", sourceLanguage: "en", locale: "id")
            let matches = try await lookup.lookup(Segment(text: "The 2 files of the 2 meetings."), minimum: 100)
            return (five, reports, matches)
        }
        #expect(five.map(\.version) == [5])
        // The new column's statistics are there for the lookups' order.
        #expect(
            try fx.cluster.psql(
                "SELECT count(*) FROM pg_stats WHERE tablename = 'tm_unit_id' AND attname = 'occurrence_hashes'",
                database: fx.database) == "1\n")
        // "a" was there: four of the seven added.
        #expect(reports.map(\.added) == [4] && reports.map(\.present) == [3])
        #expect(matches.map(\.score.value) == [100])
        #expect(try Self.keysAndHashesAsTheServerComputesThem(fx) == "6|6|6\n")
        let occurrences = TokenOccurrences.of(scorer.indexTokens("The 2 files of the 2 meetings."))
        #expect(
            try fx.cluster.psql("SELECT occurrence_hashes FROM tm_unit WHERE tuid = 'x'", database: fx.database)
                == "{\(TokenOccurrences.hashes(occurrences).map(String.init).joined(separator: ","))}\n")
        #expect(
            try fx.cluster.psql(
                """
                SELECT origin_tuid, origin_file, command, done_by = current_user, done_at IS NOT NULL FROM tm_history
                ORDER BY unit_id
                """, database: fx.database)
                == "a|old.tmx|jeju tm push|t|t\nx|old.tmx|jeju tm push|t|t\nb|m.tmx|jeju merge|t|t\nc|m.tmx|jeju merge|t|t\nd|m.tmx|jeju merge|t|t\nf|m.tmx|jeju merge|t|t\n"
        )
    }
}
