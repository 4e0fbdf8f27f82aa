import Foundation
import Inline
import JejuSupport
import TranslationMemory

/// `jeju-bench tm --tmx big.tmx --queries q.txt [--project DIR] [--min 70] [--max 5] [--locale id]`: imports the
/// memory into a fresh project, then looks up every query, all in one process. Prints import time, peak memory
/// (VmHWM), index size, lookup p50/p99, and recall against the exhaustive scan.
enum TMBenchmark {
    static func option(_ args: ArraySlice<String>, _ name: String) -> String? {
        guard let i = args.firstIndex(of: name), args.index(after: i) < args.endIndex else { return nil }
        return args[args.index(after: i)]
    }

    static func peakMemoryMiB() -> Double {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
            return kb / 1024
        }
        return 0
    }

    static func run(_ args: ArraySlice<String>) throws {
        guard let tmx = option(args, "--tmx"), let queryFile = option(args, "--queries") else {
            print("usage: jeju-bench tm --tmx FILE --queries FILE [--project DIR] [--locale id] [--min 70] [--max 5] [--recall N]")
            return
        }
        let locale = option(args, "--locale") ?? "id"
        let minimum = Int(option(args, "--min") ?? "70") ?? 70
        let maximum = Int(option(args, "--max") ?? "5") ?? 5
        let recallCount = Int(option(args, "--recall") ?? "1000") ?? 1000
        let folder = URL(fileURLWithPath: option(args, "--project") ?? NSTemporaryDirectory() + "jeju-bench-tm-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = ProjectConfig(source: "en", targets: [locale])
        try AtomicFile.write(config.yaml, to: folder.appendingPathComponent("jeju.yml"))
        let project = Project(root: folder, config: config)

        let data = try Data(contentsOf: URL(fileURLWithPath: tmx), options: .alwaysMapped)
        let t0 = Date()
        let reports = try MemoryImporter.run(data, path: tmx, project: project, locales: [locale], name: nil, penalty: nil)
        let importSeconds = Date().timeIntervalSince(t0)
        let peakAfterImport = peakMemoryMiB()
        let memoryFile = MemoryFiles(project: project, locale: locale).projectMemory
        let tmxSize = ((try? FileManager.default.attributesOfItem(atPath: memoryFile.path)[.size]) as? NSNumber)?.int64Value ?? 0

        let t1 = Date()
        let index = try MemoryIndex(files: MemoryFiles(project: project, locale: locale))
        let loadSeconds = Date().timeIntervalSince(t1)
        index.checkpoint()
        let queries = try String(contentsOfFile: queryFile, encoding: .utf8).split(separator: "\n").map(String.init)

        var times: [Double] = []
        var results: [[Match]] = []
        for q in queries {
            let s = DispatchTime.now().uptimeNanoseconds
            let m = try index.lookup(Segment(text: q), minimum: minimum, maximum: maximum)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - s) / 1e6)
            results.append(m)
        }
        let sorted = times.sorted()
        func pct(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }

        // Recall: every match the exhaustive scan finds at or above the threshold, with the same score.
        var expected = 0, found = 0, topSame = 0, checked = 0
        var exhaustiveTime = 0.0
        for (i, q) in queries.prefix(recallCount).enumerated() {
            let all = try index.lookup(Segment(text: q), minimum: minimum, maximum: nil)
            let s = Date()
            let oracle = try index.lookup(Segment(text: q), minimum: minimum, maximum: nil, exhaustive: true)
            exhaustiveTime += Date().timeIntervalSince(s)
            let key = { (m: Match) in "\(m.origin.file)#\(m.origin.unit)=\(m.score.value)" }
            let got = Set(all.map(key))
            expected += oracle.count
            found += oracle.filter { got.contains(key($0)) }.count
            // The exhaustive list is ranked: its first `maximum` are what `--exhaustive --max` shows.
            if oracle.prefix(maximum).map(key) == results[i].map(key) { topSame += 1 }
            checked += 1
        }
        let hits = results.filter { !$0.isEmpty }.count
        print("tm benchmark: \(tmx)")
        print("  import: \(reports.first?.added ?? 0) units in \(String(format: "%.1f", importSeconds)) s; memory.tmx \(tmxSize >> 20) MiB")
        print("  peak memory (VmHWM) after import: \(String(format: "%.0f", peakAfterImport)) MiB")
        print("  index: \(index.diskSize >> 20) MiB on disk; loaded in \(String(format: "%.2f", loadSeconds)) s")
        print("  lookup (--min \(minimum) --max \(maximum)), \(queries.count) queries, \(hits) with matches: p50 \(String(format: "%.2f", pct(0.5))) ms, p99 \(String(format: "%.2f", pct(0.99))) ms, max \(String(format: "%.2f", sorted.last ?? 0)) ms")
        print("  recall vs --exhaustive over \(checked) queries: \(found)/\(expected) matches with equal scores (\(expected == 0 ? 100 : Double(found) * 100 / Double(expected))%), top-\(maximum) identical for \(topSame)/\(checked); exhaustive \(String(format: "%.0f", exhaustiveTime * 1000 / Double(max(checked, 1)))) ms/query")
        print("  peak memory (VmHWM) overall: \(String(format: "%.0f", peakMemoryMiB())) MiB")
        if option(args, "--project") == nil { try? FileManager.default.removeItem(at: folder) }
    }
}
