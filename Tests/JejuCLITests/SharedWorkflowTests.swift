import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `extract`, `merge` and `tm search` with `memory: postgres`: the translators' loop on a shared server.
@Suite(.serialized) struct SharedWorkflowTests {
    static let notice = ConcurrencyTests.notice
    static let question = "Those officials are in charge of e-government policies."

    /// The repository's Korean notice file with the segments outside `kept` left untranslated (state initial, no
    /// target): what one translator returns.
    static func returned(keeping kept: Set<Int>) throws -> String {
        let text = try String(
            contentsOf: SharedData.packageRoot.appendingPathComponent("locales/ko/\(notice).xlf"), encoding: .utf8)
        let pattern = try NSRegularExpression(
            pattern:
                "<segment id=\"(\\w+)\" state=\"translated\">(\\s*<source>.*?</source>)\\s*<target>.*?</target>(\\s*</segment>)",
            options: [.dotMatchesLineSeparators])
        let ns = text as NSString
        var out = "", at = 0
        for (i, m) in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).enumerated() {
            out += ns.substring(with: NSRange(location: at, length: m.range.location - at))
            if kept.contains(i) {
                out += ns.substring(with: m.range)
            } else {
                out +=
                    "<segment id=\"\(ns.substring(with: m.range(at: 1)))\" state=\"initial\">\(ns.substring(with: m.range(at: 2)))\(ns.substring(with: m.range(at: 3)))"
            }
            at = m.range.location + m.range.length
        }
        return out + ns.substring(from: at)
    }

    /// A copy of the project sharing `scope` on the server whose Korean notice has no translations and no memory
    /// (extracted afresh against an empty server).
    static func untranslatedCopy(scope: String) throws -> URL {
        let dir = try SharedMemoryCommandTests.sharedProject("memoryScope: \(scope)\n")
        for path in ["locales/ko/memory.tmx", "locales/ko/\(notice).xlf"] {
            try FileManager.default.removeItem(at: dir.appendingPathComponent(path))
        }
        return dir
    }

    @Test func extractMergeAndSearchOnTheServerGiveWhatTheFilesGive() throws {
        guard let (cluster, db) = try SharedMemoryCommandTests.database() else { return }
        let env = ["JEJU_DATABASE_URL": cluster.url(database: db)]
        let shared = try SharedMemoryCommandTests.sharedProject("memoryScope: flow\n")
        let embedded = try ConcurrencyTests.projectCopy()
        #expect(try JejuBinary.run(["-C", shared.path, "tm", "migrate"], environment: env).status == 0)
        #expect(try JejuBinary.run(["-C", shared.path, "tm", "push"], environment: env).status == 0)
        // Pre-translation: the server's answers, not the files' (the shared project's Korean memory is gone).
        for dir in [shared, embedded] {
            try FileManager.default.removeItem(at: dir.appendingPathComponent("locales/ko/\(Self.notice).xlf"))
        }
        try FileManager.default.removeItem(at: shared.appendingPathComponent("locales/ko/memory.tmx"))
        let extracted = try JejuBinary.run(["-C", shared.path, "extract", "--locale", "ko"], environment: env)
        let reference = try JejuBinary.run(["-C", embedded.path, "extract", "--locale", "ko"])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        #expect(extracted.stdout == reference.stdout)
        #expect(
            extracted.stdout.contains(
                "\(Self.notice).xlf: 17 segments, 17 new, 0 changed, 0 removed, 17 from memory\n"),
            "\(extracted.stdout)")
        let xliff = "locales/ko/\(Self.notice).xlf"
        #expect(
            try Data(contentsOf: shared.appendingPathComponent(xliff))
                == (try Data(contentsOf: embedded.appendingPathComponent(xliff))))
        // The shared project's memory file comes back from the server, then a corrected translation is merged on both.
        #expect(try JejuBinary.run(["-C", shared.path, "tm", "pull", "--locale", "ko"], environment: env).status == 0)
        let corrected = "이들은 전자정부 정책을 담당하는 공무원이다."
        for dir in [shared, embedded] {
            let text = try String(contentsOf: SharedData.packageRoot.appendingPathComponent(xliff), encoding: .utf8)
                .replacingOccurrences(
                    of: "<target>이들은 전자정부 정책을 담당하는 공무원들이다.</target>", with: "<target>\(corrected)</target>")
            #expect(text.contains(corrected), "the repository's Korean translation changed; update this test")
            try text.write(to: dir.appendingPathComponent("returned.xlf"), atomically: true, encoding: .utf8)
        }
        let merged = try JejuBinary.run(["-C", shared.path, "merge", "returned.xlf"], environment: env)
        let mergedFiles = try JejuBinary.run(["-C", embedded.path, "merge", "returned.xlf"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(
            // The returned file also brings the translator's notes the fresh extract lacks.
            merged.stdout == "returned.xlf: 1 merged, 16 unchanged, 5 notes taken (ko)\n"
                && merged.stdout == mergedFiles.stdout,
            "\(merged.stdout)")
        #expect(
            try cluster.psql(
                "SELECT origin_file, command, count(*) FROM tm_history WHERE command = 'jeju merge' GROUP BY 1, 2",
                database: db
            )
            .hasPrefix("returned.xlf|jeju merge|1\n"))
        // The corrected unit supersedes the old one: lookups, search, stats and pull answer as the files do.
        for args in [
            ["tm", "lookup", Self.question, "--locale", "ko"],
            ["tm", "search", "officials", "policies", "--locale", "ko"],
            ["tm", "search", "공무원이다"], ["tm", "stats", "--format", "json"],
        ] {
            let server = try JejuBinary.run(["-C", shared.path] + args, environment: env)
            let files = try JejuBinary.run(["-C", embedded.path] + args)
            #expect(server.status == 0, "\(args): \(server.stderr)")
            #expect(server.stdout == files.stdout, "\(args)")
        }
        let lookup = try JejuBinary.run(
            ["-C", shared.path, "tm", "lookup", Self.question, "--locale", "ko"], environment: env)
        #expect(
            lookup.stdout.contains("    ko: \(corrected)\n") && !lookup.stdout.contains("공무원들이다"), "\(lookup.stdout)")
        #expect(try cluster.psql("SELECT count(*) FROM tm_unit WHERE locale = 'ko'", database: db).hasPrefix("38\n"))
        // Merged again: nothing new, nothing sent twice.
        let again = try JejuBinary.run(["-C", shared.path, "merge", "returned.xlf"], environment: env)
        #expect(again.stdout == "returned.xlf: 0 merged, 17 unchanged (ko)\n", "\(again.stderr)")
        #expect(try cluster.psql("SELECT count(*) FROM tm_unit WHERE locale = 'ko'", database: db).hasPrefix("38\n"))
        try FileManager.default.removeItem(at: shared.appendingPathComponent("locales/ko/memory.tmx"))
        #expect(try JejuBinary.run(["-C", shared.path, "tm", "pull", "--locale", "ko"], environment: env).status == 0)
        let memory = "locales/ko/memory.tmx"
        #expect(
            try Data(contentsOf: shared.appendingPathComponent(memory))
                == (try Data(contentsOf: embedded.appendingPathComponent(memory))))
    }

    /// Eight translators, each on a copy of the project, merge overlapping parts of the Korean notice at once:
    /// every translation reaches the server once, with its history; the same merges on fresh copies add nothing;
    /// a ninth copy is pre-translated in full from what the eight sent.
    @Test func eightTranslatorsMergingAtOnceLoseNothing() throws {
        guard let (cluster, db) = try SharedMemoryCommandTests.database() else { return }
        let env = ["JEJU_DATABASE_URL": cluster.url(database: db)]
        let base = try Self.untranslatedCopy(scope: "team")
        #expect(try JejuBinary.run(["-C", base.path, "tm", "migrate"], environment: env).status == 0)
        let first = try JejuBinary.run(["-C", base.path, "extract", "--locale", "ko"], environment: env)
        #expect(
            first.stdout.contains("17 segments, 17 new, 0 changed, 0 removed, 0 from memory"),
            "\(first.stdout)\(first.stderr)")
        for round in 1...2 {
            var copies: [URL] = []
            for w in 0..<8 {
                let dir = try JejuBinary.temporaryFolder()
                try FileManager.default.removeItem(at: dir)
                try FileManager.default.copyItem(at: base, to: dir)
                // Writer w returns segments 2w … 2w+3: each overlaps its neighbours by two, together all 17.
                try Self.returned(keeping: Set((2 * w)..<(2 * w + 4))).write(
                    to: dir.appendingPathComponent("returned.xlf"), atomically: true, encoding: .utf8)
                copies.append(dir)
            }
            let results = try ConcurrentRuns.run(
                copies.map { ["-C", $0.path, "merge", "returned.xlf"] }, environment: env)
            for (w, r) in results.enumerated() {
                let count = w == 7 ? 3 : 4
                #expect(
                    // The translator's notes of the units returned come in too.
                    r.status == 0 && r.stdout.hasPrefix("returned.xlf: \(count) merged, 0 unchanged")
                        && r.stdout.hasSuffix(" (ko)\n"),
                    "round \(round), writer \(w): [\(r.stdout)] \(r.stderr)")
            }
            #expect(
                try cluster.psql(
                    "SELECT count(*), count(DISTINCT source_text) FROM tm_unit WHERE scope = 'team'", database: db
                ).hasPrefix("17|17\n"), "round \(round)")
            #expect(
                try cluster.psql(
                    "SELECT count(*) FROM tm_history WHERE scope = 'team' AND command = 'jeju merge'", database: db
                ).hasPrefix("17\n"), "round \(round)")
        }
        let reader = try JejuBinary.temporaryFolder()
        try FileManager.default.removeItem(at: reader)
        try FileManager.default.copyItem(at: base, to: reader)
        try FileManager.default.removeItem(at: reader.appendingPathComponent("locales/ko/\(Self.notice).xlf"))
        let extracted = try JejuBinary.run(["-C", reader.path, "extract", "--locale", "ko"], environment: env)
        #expect(
            extracted.stdout.contains("17 segments, 17 new, 0 changed, 0 removed, 17 from memory"),
            "\(extracted.stdout)\(extracted.stderr)")
        let original = try String(
            contentsOf: SharedData.packageRoot.appendingPathComponent("locales/ko/\(Self.notice).xlf"), encoding: .utf8)
        let filled = try String(
            contentsOf: reader.appendingPathComponent("locales/ko/\(Self.notice).xlf"), encoding: .utf8)
        for target in original.components(separatedBy: "<target>").dropFirst().map({
            $0.components(separatedBy: "</target>")[0]
        }) {
            #expect(filled.contains("<target>\(target)</target>"), "\(target)")
        }
    }

    /// A merge killed at any moment: the files are all old or all new, the server has all of the merge's units
    /// or none, and merging again converges without adding anything twice.
    @Test func aKilledMergeLeavesFilesAndServerWhole() throws {
        guard let (cluster, db) = try SharedMemoryCommandTests.database() else { return }
        let env = ["JEJU_DATABASE_URL": cluster.url(database: db)]
        let base = try Self.untranslatedCopy(scope: "killed")
        #expect(try JejuBinary.run(["-C", base.path, "tm", "migrate"], environment: env).status == 0)
        #expect(try JejuBinary.run(["-C", base.path, "extract", "--locale", "ko"], environment: env).status == 0)
        try Self.returned(keeping: Set(0..<17)).write(
            to: base.appendingPathComponent("returned.xlf"), atomically: true, encoding: .utf8)
        let xliff = "locales/ko/\(Self.notice).xlf"
        let before = try Data(contentsOf: base.appendingPathComponent(xliff))
        var seen = Set<String>()
        for run in 0..<8 {
            let dir = try JejuBinary.temporaryFolder()
            try FileManager.default.removeItem(at: dir)
            try FileManager.default.copyItem(at: base, to: dir)
            let p = try ConcurrentRuns.start(["-C", dir.path, "merge", "returned.xlf"], environment: env)
            usleep(UInt32(150_000 + run * 120_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            // The next command finishes a commit the kill interrupted; then the files are whole.
            #expect(try JejuBinary.run(["-C", dir.path, "stats", "--locale", "ko"]).status == 0)
            let after = try Data(contentsOf: dir.appendingPathComponent(xliff))
            let memory =
                (try? String(contentsOf: dir.appendingPathComponent("locales/ko/memory.tmx"), encoding: .utf8)) ?? ""
            let filesNew = after != before
            #expect(filesNew == memory.contains("공무원들이다"), "run \(run): the XLIFF and the memory disagree")
            let units = try cluster.psql("SELECT count(*) FROM tm_unit WHERE scope = 'killed'", database: db)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(units == "0" || units == "17", "run \(run): \(units) units on the server")
            // Files ahead of the server would be work the team does not see: the server commits first.
            #expect(!(filesNew && units == "0"), "run \(run)")
            seen.insert("files \(filesNew ? "new" : "old"), server \(units)")
            let rerun = try JejuBinary.run(["-C", dir.path, "merge", "returned.xlf"], environment: env)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(
                try cluster.psql("SELECT count(*) FROM tm_unit WHERE scope = 'killed'", database: db).hasPrefix("17\n"))
            #expect(try Data(contentsOf: dir.appendingPathComponent(xliff)) != before)
        }
        #expect(
            try cluster.psql("SELECT count(*) FROM tm_history WHERE scope = 'killed'", database: db).hasPrefix("17\n"))
        print("killed merges left: \(seen.sorted())")
    }

    /// A project reads the scopes it names in `memoryShared:` (another project's, a ministry's common memory),
    /// each with its penalty; the scopes it does not name stay out of its matches.
    @Test func aProjectReadsTheScopesItSharesWithTheirPenalties() throws {
        guard let (cluster, db) = try SharedMemoryCommandTests.database() else { return }
        let env = ["JEJU_DATABASE_URL": cluster.url(database: db)]
        let ministry = try SharedMemoryCommandTests.sharedProject("memoryScope: ministry\n")
        #expect(try JejuBinary.run(["-C", ministry.path, "tm", "migrate"], environment: env).status == 0)
        #expect(
            try JejuBinary.run(["-C", ministry.path, "tm", "push", "--locale", "ko"], environment: env).status == 0)
        let alone = try Self.untranslatedCopy(scope: "alone")
        let penalised = try Self.untranslatedCopy(scope: "penalised")
        let trusting = try Self.untranslatedCopy(scope: "trusting")
        for (dir, penalty) in [(penalised, 3), (trusting, 0)] {
            let yml = dir.appendingPathComponent("jeju.yml")
            try (try String(contentsOf: yml, encoding: .utf8) + "memoryShared:\n  ministry: \(penalty)\n").write(
                to: yml, atomically: true, encoding: .utf8)
        }
        let question = ["tm", "lookup", Self.question, "--locale", "ko"]
        #expect(
            try JejuBinary.run(["-C", alone.path] + question, environment: env).stdout == "no match at or above 70\n")
        let shared = try JejuBinary.run(["-C", penalised.path] + question, environment: env)
        #expect(
            shared.stdout.hasPrefix("97  ministry:locales/ko/memory.tmx unit 3  [memory −3]\n"),
            "\(shared.stdout)\(shared.stderr)")
        // Pre-translation needs 100: the penalised scope only offers candidates, the trusted one fills the targets.
        let extract = ["extract", "--locale", "ko"]
        let candidates = try JejuBinary.run(["-C", penalised.path] + extract, environment: env)
        #expect(
            candidates.stdout.contains("17 segments, 17 new, 0 changed, 0 removed, 0 from memory"),
            "\(candidates.stdout)\(candidates.stderr)")
        let xliff = try String(
            contentsOf: penalised.appendingPathComponent("locales/ko/\(Self.notice).xlf"), encoding: .utf8)
        #expect(xliff.contains("origin=\"ministry:locales/ko/memory.tmx unit 3\""))
        let filled = try JejuBinary.run(["-C", trusting.path] + extract, environment: env)
        #expect(
            filled.stdout.contains("17 segments, 17 new, 0 changed, 0 removed, 17 from memory"),
            "\(filled.stdout)\(filled.stderr)")
        // The setting is checked: a penalty out of range, or shared scopes without the server.
        let yml = alone.appendingPathComponent("jeju.yml")
        let text = try String(contentsOf: yml, encoding: .utf8)
        try (text + "memoryShared:\n  ministry: 101\n").write(to: yml, atomically: true, encoding: .utf8)
        let bad = try JejuBinary.run(["-C", alone.path, "tm", "stats"], environment: env)
        #expect(
            bad.status == 2
                && bad.stderr.contains(
                    "memoryShared: the penalty of 'ministry' must be from 0 to 100, not 101 [config.value]"),
            "\(bad.stderr)")
        try (text.replacingOccurrences(of: "memory: postgres\n", with: "") + "memoryShared:\n  ministry: 1\n").write(
            to: yml, atomically: true, encoding: .utf8)
        let embedded = try JejuBinary.run(["-C", alone.path, "tm", "stats"])
        #expect(embedded.status == 2 && embedded.stderr.contains("set 'memory: postgres'"), "\(embedded.stderr)")
    }
}
