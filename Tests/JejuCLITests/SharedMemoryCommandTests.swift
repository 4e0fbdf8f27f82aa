import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `memory: postgres`: the commands on a throwaway PostgreSQL cluster, as a user runs them.
@Suite(.serialized) struct SharedMemoryCommandTests {
    /// A copy of this repository's project with `memory: postgres` (and `extra` settings).
    static func sharedProject(_ extra: String = "") throws -> URL {
        let dir = try ConcurrencyTests.projectCopy()
        let yml = dir.appendingPathComponent("jeju.yml")
        try (try String(contentsOf: yml, encoding: .utf8) + "memory: postgres\n" + extra).write(
            to: yml, atomically: true, encoding: .utf8)
        return dir
    }

    /// A new project with one target, Korean, and `memory: postgres` (and `extra` settings).
    static func koreanProject(_ extra: String = "") throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        #expect(try JejuBinary.run(["-C", dir.path, "init", "--targets", "ko"]).status == 0)
        let yml = dir.appendingPathComponent("jeju.yml")
        try (try String(contentsOf: yml, encoding: .utf8) + "memory: postgres\n" + extra).write(
            to: yml, atomically: true, encoding: .utf8)
        return dir
    }

    static func files(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(
            at: dir.appendingPathComponent("locales"), includingPropertiesForKeys: nil)
        while let url = e?.nextObject() as? URL {
            if let d = try? Data(contentsOf: url) { out[url.path] = d }
        }
        return out
    }

    /// A fresh database on the test cluster and its URL for `user`; nil (skipped) without PostgreSQL.
    static func database(test: String = #function) throws -> (PostgresCluster, String)? {
        guard let cluster = PostgresCluster.running(test: test) else { return nil }
        return (cluster, try cluster.makeDatabase())
    }

    @Test func anUnreachableServerIsAnErrorAndChangesNothing() throws {
        let dir = try Self.sharedProject()
        let before = try Self.files(dir)
        let env = ["JEJU_DATABASE_URL": "postgres://jeju@127.0.0.1:1/jeju?sslmode=disable"]
        for args in [
            ["tm", "lookup", "Those officials are in charge of e-government policy.", "--locale", "ko"],
            ["tm", "push"],
            ["tm", "pull"], ["tm", "stats"], ["tm", "migrate"], ["tm", "export", "--locale", "ko"],
            ["tm", "import", "locales/ko/memory.tmx", "--name", "x"], ["tm", "search", "officials"],
            ["extract", "--locale", "ko"],
            ["merge", "locales/ko/ui.xlf"],
        ] {
            let r = try JejuBinary.run(["-C", dir.path] + args, environment: env)
            #expect(r.status == 2, "\(args)")
            #expect(r.stdout.isEmpty, "\(args): \(r.stdout)")
            #expect(
                r.stderr.contains("jeju@127.0.0.1:1/jeju: error: cannot reach the memory server"),
                "\(args): \(r.stderr)")
            #expect(r.stderr.contains("[tm.server-unreachable]"), "\(args)")
        }
        #expect(try Self.files(dir) == before)
        let bad = try JejuBinary.run(
            ["-C", dir.path, "tm", "stats"], environment: ["JEJU_DATABASE_URL": "postgres://x@h/db?sslmode=maybe"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("[tm.server-settings]"))
    }

    @Test func theBackendIsCheckedInJejuYml() throws {
        let dir = try ConcurrencyTests.projectCopy()
        let yml = dir.appendingPathComponent("jeju.yml")
        let text = try String(contentsOf: yml, encoding: .utf8)
        try (text + "memory: mongo\n").write(to: yml, atomically: true, encoding: .utf8)
        let r = try JejuBinary.run(["-C", dir.path, "tm", "stats"])
        #expect(r.status == 2)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(
            r.stderr.contains(
                "jeju.yml:\(line):9: error: memory: 'mongo' is not a memory backend (embedded, postgres) [config.value]"
            ), "\(r.stderr)")
        try (text + "memorie: postgres\n").write(to: yml, atomically: true, encoding: .utf8)
        let unknown = try JejuBinary.run(["-C", dir.path, "tm", "stats"])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.contains("unknown setting 'memorie'") && unknown.stderr.contains("[config.unknown-key]"),
            "\(unknown.stderr)")
    }

    /// Push, then every reading command gives on the server what it gives on the files; pull writes the files back.
    @Test func pushThenTheSameAnswersThenPull() throws {
        guard let (cluster, db) = try Self.database() else { return }
        let env = ["JEJU_DATABASE_URL": cluster.url(database: db)]
        let dir = try Self.sharedProject("memoryScope: jeju-first\n")
        let embedded = try ConcurrencyTests.projectCopy()
        let before = try Self.files(dir)
        let missing = try JejuBinary.run(["-C", dir.path, "tm", "push"], environment: env)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("run 'jeju tm migrate' [tm.schema-missing]"), "\(missing.stderr)")
        let migrate = try JejuBinary.run(["-C", dir.path, "tm", "migrate"], environment: env)
        #expect(
            migrate.stdout == """
                applied migration 1: units partitioned by locale, memories, history, token index, roles
                applied migration 2: token occurrences numbered, in the token index
                applied migration 3: a unit's key: one 16-byte hash of its scope, memory, source, context and target; no per-unit memory check
                applied migration 4: a memory's number in the order and length indexes; the tokens kept once, as their occurrences
                applied migration 5: the token index over hashes of the occurrences; each unit's key sent by Jeju; its history in its row
                schema at version 5

                """, "\(migrate.stderr)")
        let push = try JejuBinary.run(["-C", dir.path, "tm", "push"], environment: env)
        #expect(push.status == 0, "\(push.stderr)")
        #expect(
            push.stdout.hasPrefix("locales/ko/memory.tmx → jeju-first: 37 units added, 0 already there\n"),
            "\(push.stdout)")
        #expect(push.stdout.split(separator: "\n").count == 13)
        let again = try JejuBinary.run(["-C", dir.path, "tm", "push", "--locale", "ko"], environment: env)
        #expect(again.stdout == "locales/ko/memory.tmx → jeju-first: 0 units added, 37 already there\n")
        for args in [
            ["tm", "lookup", "Those officials are in charge of e-government policy.", "--locale", "ko"],
            ["tm", "lookup", "local officials from 24 countries", "--locale", "ar", "--min", "40", "--format", "json"],
            [
                "tm", "lookup", "Those officials are in charge of e-government policy.", "--locale", "vi", "--min",
                "50", "--exhaustive",
            ],
            ["tm", "stats"], ["tm", "stats", "--format", "json"], ["tm", "export", "--locale", "ru"],
        ] {
            let server = try JejuBinary.run(["-C", dir.path] + args, environment: env)
            let files = try JejuBinary.run(["-C", embedded.path] + args)
            #expect(server.status == 0, "\(args): \(server.stderr)")
            #expect(server.stdout == files.stdout, "\(args)")
            #expect(!server.stdout.isEmpty && !server.stdout.hasPrefix("no match"), "\(args)")
        }
        for tag in ["ko", "am"] {
            try FileManager.default.removeItem(at: dir.appendingPathComponent("locales/\(tag)/memory.tmx"))
        }
        let pull = try JejuBinary.run(["-C", dir.path, "tm", "pull"], environment: env)
        #expect(pull.status == 0, "\(pull.stderr)")
        #expect(
            pull.stdout.contains("locales/ko/memory.tmx: 37 units\n")
                && pull.stdout.contains("locales/vi/memory.tmx: 37 units (unchanged)\n"), "\(pull.stdout)")
        #expect(try Self.files(dir) == before)
        let search = try JejuBinary.run(["-C", dir.path, "tm", "search", "officials"], environment: env)
        let searchFiles = try JejuBinary.run(["-C", embedded.path, "tm", "search", "officials"])
        #expect(search.status == 0 && search.stdout == searchFiles.stdout, "\(search.stderr)")
        let clean = try JejuBinary.run(["-C", dir.path, "tm", "clean"], environment: env)
        #expect(clean.status == 2 && clean.stderr.contains("[tm.backend-unsupported]"))
        let injected = try JejuBinary.run(
            ["-C", dir.path, "tm", "lookup", "x'); DROP TABLE tm_unit; --", "--locale", "ko"], environment: env)
        #expect(injected.stdout == "no match at or above 70\n", "\(injected.stderr)")
        #expect(try cluster.psql("SELECT count(*) FROM tm_unit", database: db).hasPrefix("481"))
    }

    /// A TMX whose units are sentences `range` of one shared list (so that neighbours overlap).
    static func overlapping(_ range: Range<Int>) -> String {
        var s =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n"
        for i in range {
            s +=
                "<tu tuid=\"u\(i)\"><tuv xml:lang=\"en\"><seg>The office opens at \(i) o'clock on day \(i % 7).</seg></tuv><tuv xml:lang=\"ko\"><seg>사무실은 \(i % 7)일 \(i)시에 엽니다.</seg></tuv></tu>\n"
        }
        return s + "</body></tmx>\n"
    }

    /// Eight translators publish at once, their memories overlapping: every unit lands once, with its history;
    /// publishing again adds nothing.
    @Test func eightWritersAtOnceLoseNothingAndAddNothingTwice() throws {
        guard let (cluster, db) = try Self.database() else { return }
        let env = ["JEJU_DATABASE_URL": cluster.url(database: db)]
        var projects: [URL] = []
        for w in 0..<8 {
            let dir = try Self.koreanProject("memoryScope: team\n")
            try Self.overlapping((w * 100)..<(w * 100 + 300)).write(
                to: dir.appendingPathComponent("locales/ko/memory.tmx"), atomically: true, encoding: .utf8)
            projects.append(dir)
        }
        #expect(try JejuBinary.run(["-C", projects[0].path, "tm", "migrate"], environment: env).status == 0)
        let distinct = 7 * 100 + 300
        for round in 1...2 {
            let outputs = try ConcurrentRuns.run(projects.map { ["-C", $0.path, "tm", "push"] }, environment: env)
            var added = 0
            for (i, r) in outputs.enumerated() {
                #expect(r.status == 0, "writer \(i): \(r.stderr)")
                let n = r.stdout.split(separator: " ").dropFirst(3).first.flatMap { Int($0) } ?? -1
                added += n
            }
            #expect(added == (round == 1 ? distinct : 0), "round \(round)")
            #expect(
                try cluster.psql("SELECT count(*) FROM tm_unit WHERE scope = 'team'", database: db).hasPrefix(
                    "\(distinct)\n"))
            #expect(
                try cluster.psql("SELECT count(*) FROM tm_history WHERE scope = 'team'", database: db).hasPrefix(
                    "\(distinct)\n"))
            #expect(
                try cluster.psql("SELECT count(DISTINCT source_text) FROM tm_unit", database: db).hasPrefix(
                    "\(distinct)\n"))
        }
        let pull = try JejuBinary.run(["-C", projects[3].path, "tm", "pull"], environment: env)
        #expect(pull.stdout == "locales/ko/memory.tmx: \(distinct) units\n", "\(pull.stderr)")
        let pulled = try String(
            contentsOf: projects[3].appendingPathComponent("locales/ko/memory.tmx"), encoding: .utf8)
        #expect(pulled.components(separatedBy: "<tu ").count - 1 == distinct)
        let second = try JejuBinary.run(["-C", projects[5].path, "tm", "pull"], environment: env)
        #expect(second.status == 0)
        #expect(try Data(contentsOf: projects[5].appendingPathComponent("locales/ko/memory.tmx")) == Data(pulled.utf8))
        let who = try cluster.psql(
            "SELECT count(DISTINCT origin_file), min(done_by), count(*) FILTER (WHERE done_at IS NULL) FROM tm_history",
            database: db)
        #expect(who.hasPrefix("1|postgres|0"), "\(who)")
    }

    /// A push killed at any moment leaves the server with all of its units or none.
    @Test func aKilledPushLeavesAllOrNothing() throws {
        guard let (cluster, db) = try Self.database() else { return }
        let env = ["JEJU_DATABASE_URL": cluster.url(database: db)]
        let dir = try Self.koreanProject()
        try Self.overlapping(0..<20_000).write(
            to: dir.appendingPathComponent("locales/ko/memory.tmx"), atomically: true, encoding: .utf8)
        #expect(try JejuBinary.run(["-C", dir.path, "tm", "migrate"], environment: env).status == 0)
        var outcomes = Set<String>()
        for run in 0..<6 {
            let p = try ConcurrentRuns.start(["-C", dir.path, "tm", "push"], environment: env)
            usleep(UInt32(50_000 + run * 60_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let count = try cluster.psql("SELECT count(*) FROM tm_unit", database: db).trimmingCharacters(
                in: .whitespacesAndNewlines)
            #expect(count == "0" || count == "20000", "run \(run): \(count) units")
            outcomes.insert(count)
            if count == "20000" { break }
        }
        let history = try cluster.psql("SELECT count(*) FROM tm_history", database: db).trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(history == (outcomes.contains("20000") ? "20000" : "0"))
        print("killed pushes left: \(outcomes.sorted())")
    }

    /// A project with one target: `tm import` learns whether the file has it while sending the units, and a file
    /// without it is refused with nothing written, as when the file is read first.
    @Test func importOfAFileWithoutTheTargetWritesNothing() throws {
        guard let (cluster, db) = try Self.database() else { return }
        let env = ["JEJU_DATABASE_URL": cluster.url(database: db)]
        let dir = try Self.koreanProject()
        #expect(try JejuBinary.run(["-C", dir.path, "tm", "migrate"], environment: env).status == 0)
        let korean = dir.appendingPathComponent("ko.tmx"), vietnamese = dir.appendingPathComponent("vi.tmx")
        try Self.overlapping(0..<50).write(to: korean, atomically: true, encoding: .utf8)
        try Self.overlapping(0..<50).replacingOccurrences(of: "xml:lang=\"ko\"", with: "xml:lang=\"vi\"").write(
            to: vietnamese, atomically: true, encoding: .utf8)
        let refused = try JejuBinary.run(["-C", dir.path, "tm", "import", vietnamese.path], environment: env)
        #expect(refused.status != 0)
        #expect(
            refused.stderr.contains(
                "the memory has no units in any target language of the project (ko) [tm.no-target-language]"),
            "\(refused.stderr)")
        #expect(try cluster.psql("SELECT count(*) FROM tm_memory", database: db) == "0\n")
        let imported = try JejuBinary.run(
            ["-C", dir.path, "tm", "import", korean.path, "--name", "k"], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("50 units added, 0 already there"), "\(imported.stdout)")
        #expect(try cluster.psql("SELECT count(*) FROM tm_unit", database: db) == "50\n")
    }

    /// A translator's read-only role can look up but not publish; a writer's role can add units but not delete.
    @Test func aReadOnlyRoleIsRefusedWrites() throws {
        guard let (cluster, db) = try Self.database() else { return }
        let dir = try Self.sharedProject()
        #expect(
            try JejuBinary.run(
                ["-C", dir.path, "tm", "migrate"], environment: ["JEJU_DATABASE_URL": cluster.url(database: db)]
            ).status == 0)
        try cluster.psql(
            """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ana_reader') THEN CREATE ROLE ana_reader LOGIN IN ROLE jeju_reader; END IF;
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bo_writer') THEN CREATE ROLE bo_writer LOGIN IN ROLE jeju_writer; END IF;
            END $$
            """, database: db)
        let reader = ["JEJU_DATABASE_URL": cluster.url(database: db, user: "ana_reader")]
        let writer = ["JEJU_DATABASE_URL": cluster.url(database: db, user: "bo_writer")]
        let refused = try JejuBinary.run(["-C", dir.path, "tm", "push", "--locale", "ko"], environment: reader)
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains(
                "error: the role 'ana_reader' may not add units to the shared memory: permission denied for"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("[tm.permission-denied]"))
        #expect(try cluster.psql("SELECT count(*) FROM tm_unit", database: db).hasPrefix("0"))
        let pushed = try JejuBinary.run(["-C", dir.path, "tm", "push", "--locale", "ko"], environment: writer)
        #expect(pushed.status == 0, "\(pushed.stderr)")
        let lookup = try JejuBinary.run(
            [
                "-C", dir.path, "tm", "lookup", "Those officials are in charge of e-government policy.", "--locale",
                "ko",
            ],
            environment: reader)
        #expect(lookup.status == 0 && lookup.stdout.hasPrefix("88  locales/ko/memory.tmx unit 3\n"), "\(lookup.stderr)")
        #expect(throws: (any Error).self) { try cluster.psql("DELETE FROM tm_unit", database: db, user: "bo_writer") }
        #expect(throws: (any Error).self) {
            try cluster.psql("UPDATE tm_unit SET target_text = 'x'", database: db, user: "bo_writer")
        }
        #expect(try cluster.psql("SELECT count(*) FROM tm_unit", database: db).hasPrefix("37"))
        // The history says who added each unit, and a writer cannot say otherwise.
        #expect(
            try cluster.psql("SELECT done_by, count(*) FROM tm_history GROUP BY 1", database: db) == "bo_writer|37\n")
        #expect(throws: (any Error).self) {
            try cluster.psql(
                """
                INSERT INTO tm_unit (scope, locale, memory, memory_id, ordinal, source_text, source_markup, target_text,
                                     target_markup, tmx, occurrences, occurrence_hashes, token_count, unit_hash, created_by)
                SELECT scope, locale, memory, memory_id, 99, 'x', 'x', 'y', 'y', tmx, '{x}', '{1}', 1,
                       md5('forged')::uuid, 'ana_reader' FROM tm_unit LIMIT 1
                """, database: db, user: "bo_writer")
        }
        #expect(throws: (any Error).self) {
            try cluster.psql(
                "INSERT INTO tm_memory (scope, locale, memory, header_tmx, created_at) VALUES ('s', 'ko', 'm', '<header/>', now() - interval '1 year')",
                database: db, user: "bo_writer")
        }
        // Without those two columns, the same rows are the writer's to add.
        _ = try cluster.psql(
            """
            INSERT INTO tm_unit (scope, locale, memory, memory_id, ordinal, source_text, source_markup, target_text,
                                 target_markup, tmx, occurrences, occurrence_hashes, token_count, unit_hash)
            SELECT scope, locale, memory, memory_id, 99, 'x', 'x', 'y', 'y', tmx, '{x}', '{1}', 1, md5('added')::uuid
            FROM tm_unit LIMIT 1
            """, database: db, user: "bo_writer")
        #expect(try cluster.psql("SELECT count(*) FROM tm_unit", database: db).hasPrefix("38"))
    }
}

/// Several `jeju` processes at once.
enum ConcurrentRuns {
    static func start(_ arguments: [String], environment: [String: String], output: URL? = nil) throws -> Process {
        let p = Process()
        p.executableURL = JejuBinary.url
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        if let output {
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            _ = FileManager.default.createFile(atPath: output.path + ".err", contents: nil)
            p.standardOutput = try FileHandle(forWritingTo: output)
            p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".err"))
        } else {
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
        }
        try p.run()
        return p
    }

    /// Starts every command, then waits for all; their results in order.
    static func run(_ commands: [[String]], environment: [String: String]) throws -> [JejuBinary.Result] {
        let folder = try JejuBinary.temporaryFolder()
        let outputs = commands.indices.map { folder.appendingPathComponent("out\($0)") }
        let processes = try zip(commands, outputs).map { try start($0, environment: environment, output: $1) }
        for p in processes { p.waitUntilExit() }
        return try zip(processes, outputs).map { p, out in
            JejuBinary.Result(
                status: p.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                stderr: try String(contentsOf: URL(fileURLWithPath: out.path + ".err"), encoding: .utf8))
        }
    }
}
