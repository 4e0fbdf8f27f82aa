import Foundation
import JejuKit

/// `jeju check`, `jeju stats`, `jeju extract` and `jeju build` as a user runs them, on the build benchmark's
/// generated project (N notices, default 1,000, with XLIFF files for the 13 target languages): the release
/// binary as a process, wall and CPU time and peak memory (GNU time), each command once after a warm-up run
/// of `jeju stats` (so the disk cache holds the project for all of them alike). `--project DIR` keeps the
/// generated project in DIR (for profiling one command), `--generate-only` only makes it.
enum CommandsProjectBenchmark {
    static func run(_ args: ArraySlice<String>) throws {
        var count = 1_000
        var kept: String?
        var generateOnly = false
        var i = args.startIndex
        while i < args.endIndex {
            switch args[i] {
            case "--notices": i += 1; count = Int(args[i]) ?? count
            case "--project": i += 1; kept = args[i]
            case "--generate-only": generateOnly = true
            default: throw BenchmarkError("unknown option \(args[i])")
            }
            i += 1
        }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let jeju = try CommandRun.jejuBinary(repository: repo)
        let root =
            kept.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("jeju-bench-project-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        defer { if kept == nil { try? FileManager.default.removeItem(at: root) } }
        let project = try BuildBenchmark.generate(count: count, at: root, repo: repo)
        let locales = project.config.targets.count
        if generateOnly { return }
        print("commands-project: \(count) notices × \(locales) target locales, \(jeju)")
        let out = root.appendingPathComponent("out.txt").path
        let err = root.appendingPathComponent("err.txt").path
        _ = try CommandRun.measure(jeju, ["stats"], in: root.path, stdout: out)
        let commands: [(String, [String])] = [
            ("jeju check", ["check", "--quiet"]),
            ("jeju stats", ["stats"]),
            ("jeju extract (every locale)", ["extract", "--quiet"]),
            // The first extract moves the generated files' translations into the memory, so the second finds an
            // exact match for every sentence and rewrites every file; the third has nothing to do.
            ("jeju extract again (the memory changed: every file pre-translated)", ["extract", "--quiet"]),
            ("jeju extract a third time (nothing changed)", ["extract", "--quiet"]),
            // The files now hold the memory's matches for every sentence: five times the XML to read.
            ("jeju stats again (after the extracts)", ["stats"]),
            ("jeju build", ["build", "--quiet"]),
            ("jeju build again (no-op)", ["build", "--quiet"]),
        ]
        print("| command | wall s | CPU s | CPU / wall | peak memory | exit |")
        print("|---|---|---|---|---|---|")
        for (label, arguments) in commands {
            let r = try CommandRun.measure(jeju, arguments, in: root.path, stdout: out, stderr: err)
            print(
                "| `\(label)` | \(String(format: "%.2f", r.wall)) | \(String(format: "%.2f", r.cpu)) | "
                    + "\(String(format: "%.2f", r.cpu / max(r.wall, 0.001))) | \(String(format: "%.0f MiB", r.peakMiB)) | "
                    + "\(r.status) |")
            if r.status != 0 && r.status != 1 {
                let message = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
                print("    \(message.split(separator: "\n").prefix(3).joined(separator: "\n    "))")
            }
        }
    }
}
