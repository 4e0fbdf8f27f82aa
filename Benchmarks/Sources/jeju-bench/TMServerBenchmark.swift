import Foundation
import Inline
import JejuSupport
import MemoryServer
import TranslationMemory

/// `jeju-bench tm-server --jeju BIN [--units 1000000] [--clients 8] [--queries 1000] [--locale id]
/// [--others ko,vi,… --other-units N] [--tools ../shared/tools]`, with `JEJU_DATABASE_URL` naming an empty database:
/// the same generated memory in both backends, side by side in one run; with `--others`, the server first holds
/// as many units in each other locale.
///
/// - Import: `jeju tm import` as a user runs it (a whole process: wall, CPU, peak memory), into an embedded
///   project and into a `memory: postgres` one; the embedded index is built by the first lookup and counted with
///   its import.
/// - Lookups: `clients` clients at once, each with its own connection (PostgreSQL) or its own index (embedded),
///   the queries dealt out in turn; every query timed alone, p50/p90/p99/max over all of them; the two backends'
///   matches compared query by query.
/// - A lookup command's fixed cost: `jeju tm lookup` of one sentence as a process on each backend (median of 5).
enum TMServerBenchmark {
    static func run(_ args: ArraySlice<String>) throws {
        let option = { (name: String) in TMBenchmark.option(args, name) }
        guard let url = ProcessInfo.processInfo.environment["JEJU_DATABASE_URL"] else {
            throw BenchmarkError("set JEJU_DATABASE_URL to an empty database (scripts/pg-dev.sh start)")
        }
        let jeju = option("--jeju") ?? FileManager.default.currentDirectoryPath + "/.build/release/jeju"
        let units = Int(option("--units") ?? "1000000") ?? 1_000_000
        let clients = Int(option("--clients") ?? "8") ?? 8
        let queryCount = Int(option("--queries") ?? "1000") ?? 1000
        let locale = option("--locale") ?? "id"
        let tools = option("--tools") ?? "../shared/tools"
        // Scale: memories of other locales on the same server first (`--others ko,vi,… --other-units N` each), so
        // that the lookups in `locale` run in a table of all of them (partitioned by locale).
        let others = (option("--others") ?? "").split(separator: ",").map(String.init).filter { $0 != locale }
        let otherUnits = Int(option("--other-units") ?? "\(units)") ?? units
        let env = ["JEJU_DATABASE_URL": url]
        let work = URL(fileURLWithPath: NSTemporaryDirectory() + "jeju-bench-tm-server-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let tmx = work.appendingPathComponent("tm.tmx").path, queryFile = work.appendingPathComponent("q.txt").path

        let made = try CommandRun.measure("/usr/bin/python3", ["\(tools)/make-bench-tm.py", "--units", "\(units)", "--lang", locale,
                                                              "--out", tmx, "--queries", queryFile, "--query-count", "\(queryCount)"])
        guard made.status == 0 else { throw BenchmarkError("make-bench-tm.py failed (\(made.status))") }
        let size = ((try FileManager.default.attributesOfItem(atPath: tmx)[.size]) as? NSNumber)?.intValue ?? 0
        print("tm-server benchmark: \(units) generated en→\(locale) units (\(size >> 20) MiB of TMX), \(queryCount) queries, \(clients) clients")

        let embedded = work.appendingPathComponent("embedded"), shared = work.appendingPathComponent("postgres")
        for dir in [embedded, shared] {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let targets = dir == shared ? ([locale] + others).joined(separator: ",") : locale
            guard try CommandRun.measure(jeju, ["-C", dir.path, "init", "--targets", targets]).status == 0 else {
                throw BenchmarkError("jeju init failed in \(dir.path)")
            }
        }
        let yml = shared.appendingPathComponent("jeju.yml")
        try (try String(contentsOf: yml, encoding: .utf8) + "memory: postgres\nmemoryScope: bench\n").write(to: yml, atomically: true, encoding: .utf8)
        guard try CommandRun.measure(jeju, ["-C", shared.path, "tm", "migrate"], environment: env).status == 0 else {
            throw BenchmarkError("jeju tm migrate failed: is the database reachable and empty?")
        }

        if !others.isEmpty {
            var wall = 0.0, cpu = 0.0, peak = 0.0
            for other in others {
                let file = work.appendingPathComponent("tm-\(other).tmx").path
                let generated = try CommandRun.measure("/usr/bin/python3", ["\(tools)/make-bench-tm.py", "--units", "\(otherUnits)",
                                                                           "--lang", other, "--out", file])
                guard generated.status == 0 else { throw BenchmarkError("make-bench-tm.py failed for \(other)") }
                let r = try CommandRun.measure(jeju, ["-C", shared.path, "tm", "import", file], environment: env)
                guard r.status == 0 else { throw BenchmarkError("import of \(other) exited \(r.status)") }
                try? FileManager.default.removeItem(atPath: file)
                wall += r.wall
                cpu += r.cpu
                peak = max(peak, r.peakMiB)
                print(String(format: "  import, postgres, %@: %d units in %.1f s (%.0f units/s)", other, otherUnits, r.wall, Double(otherUnits) / r.wall))
            }
            print(String(format: "  import, postgres, %d other locales: %d units in %.1f s wall (%.0f units/s), %.1f s CPU in jeju, peak %.0f MiB in jeju",
                         others.count, others.count * otherUnits, wall, Double(others.count * otherUnits) / wall, cpu, peak))
        }

        // Import, as whole processes.
        let importEmbedded = try CommandRun.measure(jeju, ["-C", embedded.path, "tm", "import", tmx])
        let indexEmbedded = try CommandRun.measure(jeju, ["-C", embedded.path, "tm", "lookup", "warm up", "--locale", locale])
        let importShared = try CommandRun.measure(jeju, ["-C", shared.path, "tm", "import", tmx], environment: env)
        for (name, r) in [("import embedded", importEmbedded), ("index embedded", indexEmbedded), ("import postgres", importShared)]
            where r.status != 0 {
            throw BenchmarkError("\(name) exited \(r.status)")
        }
        func rate(_ seconds: Double) -> String { String(format: "%.0f units/s", Double(units) / seconds) }
        print(String(format: "  import, embedded: %.1f s wall, %.1f s CPU, peak %.0f MiB; with its index built %.1f s wall (%@)",
                     importEmbedded.wall, importEmbedded.cpu, importEmbedded.peakMiB, importEmbedded.wall + indexEmbedded.wall,
                     rate(importEmbedded.wall + indexEmbedded.wall)))
        print(String(format: "  import, postgres: %.1f s wall (%@), %.1f s CPU in jeju, peak %.0f MiB in jeju",
                     importShared.wall, rate(importShared.wall), importShared.cpu, importShared.peakMiB))

        // One lookup as a command: the fixed cost (the index opened, not read whole).
        func median(_ arguments: [String], _ environment: [String: String]) throws -> Double {
            var times: [Double] = []
            for _ in 0..<5 { times.append(try CommandRun.measure(jeju, arguments, environment: environment).wall) }
            return times.sorted()[2]
        }
        let one = ["tm", "lookup", "The office opens at nine o'clock.", "--locale", locale]
        print(String(format: "  one `jeju tm lookup` process: embedded %.0f ms, postgres %.0f ms (median of 5)",
                     try median(["-C", embedded.path] + one, [:]) * 1000, try median(["-C", shared.path] + one, env) * 1000))

        let queries = try String(contentsOfFile: queryFile, encoding: .utf8).split(separator: "\n").map { Segment(text: String($0)) }
        let config = ProjectConfig(source: "en", targets: [locale])
        let project = Project(root: embedded, config: config)
        let (embeddedTimes, embeddedWall, embeddedResults) = try lookUpEmbedded(queries, project: project, locale: locale, clients: clients)
        let settings = try ServerSettings.fromEnvironment(read: true)
        let (sharedTimes, sharedWall, sharedResults) = try lookUpShared(queries, settings: settings, locale: locale, clients: clients)
        func line(_ name: String, _ times: [Double], _ wall: Double) -> String {
            let s = times.sorted()
            func p(_ q: Double) -> Double { s[min(s.count - 1, Int(Double(s.count) * q))] }
            return String(format: "  lookups, %@: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.0f queries/s with %d clients",
                          name, p(0.5), p(0.9), p(0.99), s.last ?? 0, Double(times.count) / wall, clients)
        }
        print(line("embedded", embeddedTimes, embeddedWall))
        print(line("postgres", sharedTimes, sharedWall))
        let key = { (m: Match) in "\(m.origin.unit) \(m.score.value) \(TMXWriter.markup(m.target))" }
        let same = zip(embeddedResults, sharedResults).filter { $0.map(key) == $1.map(key) }.count
        let hits = embeddedResults.filter { !$0.isEmpty }.count
        print("  the same matches on both backends for \(same) of \(queries.count) queries (\(hits) with matches)")
        let slowest = sharedTimes.indices.sorted { sharedTimes[$0] > sharedTimes[$1] }.prefix(3)
        for i in slowest {
            print(String(format: "  slowest on postgres: %.1f ms (embedded %.2f ms): %@", sharedTimes[i], embeddedTimes[i], queries[i].text))
        }
    }

    /// Lookups in the embedded index, `clients` threads at once, each with its own index connection.
    static func lookUpEmbedded(_ queries: [Segment], project: Project, locale: String, clients: Int) throws -> ([Double], Double, [[Match]]) {
        let indexes = Shared(try (0..<clients).map { _ in try MemoryIndex(files: MemoryFiles(project: project, locale: locale)) })
        let times = Shared<[Double]>(Array(repeating: 0, count: queries.count))
        let results = Shared<[[Match]]>(Array(repeating: [], count: queries.count))
        let failure = Shared<(any Error)?>(nil)
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: clients) { c in
            for i in stride(from: c, to: queries.count, by: clients) {
                let t = DispatchTime.now().uptimeNanoseconds
                do {
                    let m = try indexes.unguarded[c].lookup(queries[i], minimum: 70, maximum: 5)
                    let ms = Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
                    times.update { $0[i] = ms }
                    results.update { $0[i] = m }
                } catch {
                    failure.update { $0 = error }
                }
            }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let error = failure.value { throw error }
        return (times.value, wall, results.value)
    }

    /// Lookups on the server, `clients` connections at once.
    static func lookUpShared(_ queries: [Segment], settings: ServerSettings, locale: String, clients: Int) throws -> ([Double], Double, [[Match]]) {
        try Blocking.run {
            let start = DispatchTime.now().uptimeNanoseconds
            let parts = try await withThrowingTaskGroup(of: [(Int, Double, [Match])].self) { group in
                for c in 0..<clients {
                    group.addTask {
                        try await MemoryServer.with(settings) { server in
                            let lookup = try await ServerLookup(server: server, scope: "bench", sourceLanguage: "en", locale: locale)
                            var out: [(Int, Double, [Match])] = []
                            for i in stride(from: c, to: queries.count, by: clients) {
                                let t = DispatchTime.now().uptimeNanoseconds
                                let m = try await lookup.lookup(queries[i], minimum: 70, maximum: 5)
                                out.append((i, Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6, m))
                            }
                            return out
                        }
                    }
                }
                var all: [(Int, Double, [Match])] = []
                for try await part in group { all += part }
                return all
            }
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            var times = Array(repeating: 0.0, count: queries.count)
            var results: [[Match]] = Array(repeating: [], count: queries.count)
            for (i, ms, m) in parts {
                times[i] = ms
                results[i] = m
            }
            return (times, wall, results)
        }
    }
}

/// A value several threads update under a lock.
final class Shared<T>: @unchecked Sendable {
    private var stored: T
    private let lock = NSLock()
    init(_ value: T) { stored = value }
    var value: T { lock.withLock { stored } }
    /// The value without the lock, for what each thread only reads (each client's own index).
    var unguarded: T { stored }
    func update(_ body: (inout T) -> Void) { lock.withLock { body(&stored) } }
}
