import Foundation
import JejuKit

/// The text commands as a user runs them — the release `jeju` started as a process on generated files — each
/// printed beside the loop it is built around, measured in the same run, alternating, best of N (CPU time):
///
/// - `jeju segment` with each reader (`--plain`, page text, Markdown) on ≥ 50 MB against the bare ICU sentence
///   loop over the same paragraphs (in process, UTF-16 prepared outside the timing); the `Segmenter` in process
///   is shown too. Targets: ≥ 0.5 of the bare loop, peak memory ≤ 2× the input plus a constant.
/// - `jeju segment` of one line: ≤ 10 ms and ≤ 30 MB.
/// - `jeju glossary terms` on ≥ 50 MB with the 10,000-concept termbase against `TermMatcher.matches(in:)` in
///   process over the same text. Target: ≥ 0.5 of it.
///
/// The text comes from `SegmentBenchmark.text` and the termbase and its text from `GlossaryBenchmark.workload`,
/// so every run measures the same inputs.
///
/// usage: jeju-bench commands-text [--mb 50] [--rounds 3] [-C DIR] [--shared DIR] [--only segment|line|terms]
///   [--keep DIR]   (writes the inputs into DIR and leaves them there, for profiling the commands on them)
enum CommandsTextBenchmark {
    static func run(_ args: ArraySlice<String>) throws {
        var megabytes = 50
        var rounds = 3
        var root = FileManager.default.currentDirectoryPath
        var shared: String?
        var only: Set<String> = []
        var keep: String?
        var i = args.startIndex
        while i < args.endIndex {
            switch args[i] {
            case "--mb": i += 1; megabytes = Int(args[i]) ?? megabytes
            case "--rounds": i += 1; rounds = max(1, Int(args[i]) ?? rounds)
            case "-C": i += 1; root = args[i]
            case "--shared": i += 1; shared = args[i]
            case "--only": i += 1; only.insert(args[i])
            case "--keep": i += 1; keep = args[i]
            default: throw BenchmarkError("unknown option \(args[i])")
            }
            i += 1
        }
        let project = try Project.find(from: URL(fileURLWithPath: root))
        let jeju = try CommandRun.jejuBinary(repository: project.root)
        let work = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("jeju-bench-commands-text-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(at: work) } }
        print("jeju: \(jeju)")
        var rows: [Row] = []
        if only.isEmpty || only.contains("segment") {
            rows += try segment(project, work: work, jeju: jeju, megabytes: megabytes, rounds: rounds)
        }
        if only.isEmpty || only.contains("line") {
            rows += try oneLine(project, work: work, jeju: jeju, rounds: max(rounds, 10))
        }
        if only.isEmpty || only.contains("terms") {
            let sharedURL = URL(fileURLWithPath: shared ?? project.root.deletingLastPathComponent().appendingPathComponent("shared").path)
            rows += try terms(work: work, jeju: jeju, shared: sharedURL, megabytes: megabytes, rounds: rounds)
        }
        print("")
        print("| command | input | CPU s | MB/s | limit | ratio | wall s | ratio by wall | peak memory | target |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for r in rows { print(r.markdown) }
    }

    /// One line of the closing table.
    struct Row {
        var command: String
        var input: String
        var cpu: Double
        var rate: String
        var limit: String
        var ratio: String
        var peak: String
        var target: String
        /// The best wall time, and the limit's CPU time over it, for commands that use more than one core.
        var wall = ""
        var wallRatio = ""

        var markdown: String { "| `\(command)` | \(input) | \(String(format: "%.3f", cpu)) | \(rate) | \(limit) | \(ratio) | \(wall) | \(wallRatio) | \(peak) | \(target) |" }
    }

    /// CPU time of this process so far (user + system), for the in-process loops, so both sides of a ratio are
    /// CPU time.
    static func cpuNow() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func mib(_ bytes: Int) -> String { String(format: "%.0f MiB", Double(bytes) / 1_048_576) }

    /// Runs `arguments` `rounds` times, checking the exit status; the best run by CPU time, with the highest
    /// peak memory seen.
    static func best(_ jeju: String, _ arguments: [String], stdin: String? = nil, stdout: String, rounds: Int) throws -> CommandRun {
        var best: CommandRun?
        for _ in 0..<rounds {
            let run = try CommandRun.measure(jeju, arguments, stdin: stdin, stdout: stdout, stderr: stdout + ".err")
            guard run.status == 0 else {
                let err = (try? String(contentsOfFile: stdout + ".err", encoding: .utf8)) ?? ""
                throw BenchmarkError("jeju \(arguments.joined(separator: " ")) exited \(run.status): \(err.prefix(400))")
            }
            best = merge(best, run)
        }
        return best!
    }

    /// The faster of two runs by CPU time, with the shorter wall time and the higher peak memory of both.
    static func merge(_ a: CommandRun?, _ b: CommandRun) -> CommandRun {
        guard let a else { return b }
        var r = b.cpu < a.cpu ? b : a
        r.peakMemory = max(a.peakMemory, b.peakMemory)
        r.wall = min(a.wall, b.wall)
        return r
    }

    static func lineCount(_ path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path) else { return 0 }
        return data.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }

    // MARK: segment

    static func segment(_ project: Project, work: URL, jeju: String, megabytes: Int, rounds: Int) throws -> [Row] {
        let (paragraphs, distinct) = try SegmentBenchmark.text(project, megabytes: megabytes)
        let bytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
        print("segment: \(paragraphs.count) paragraphs (\(distinct) distinct), \(String(format: "%.1f", Double(bytes) / 1e6)) MB")

        // The three readers' inputs, from the same paragraphs.
        let plain = work.appendingPathComponent("plain.txt")
        try Data(paragraphs.joined(separator: "\n\n").utf8).write(to: plain)
        let page = work.appendingPathComponent("page.txt")
        try Data(("""
            the body go topmenu go
            HOME > What's New > News & Notices
            News & Notices
            Benchmark notice: the corpus repeated
            Date : 2016.05.26 Read : 9252

            """ + paragraphs.joined(separator: "\n\n") + "\n\nTop\n").utf8).write(to: page)
        let markdown = work.appendingPathComponent("notice.md")
        try Data(markdownNotice(paragraphs).utf8).write(to: markdown)

        let units = paragraphs.map { Array($0.utf16) }
        let icu = try BreakIterator(.sentence, locale: "en")
        let segmenter = try Segmenter.forProject(project, language: "en")
        let texts = units.map { UTF16Text(units: $0) }
        var icuBest = Double.infinity, segmenterBest = Double.infinity
        var icuCount = 0, segmenterCount = 0
        let inputs = [("--plain", plain), ("page text", page), ("Markdown", markdown)]
        var runs: [String: CommandRun] = [:]
        for _ in 0..<rounds {
            var t0 = cpuNow()
            icuCount = 0
            for u in units {
                icu.setText(u)
                icu.forEachBoundary { _, _ in icuCount += 1; return true }
            }
            icuBest = min(icuBest, cpuNow() - t0)
            t0 = cpuNow()
            segmenterCount = 0
            for t in texts { segmenterCount += segmenter.boundaryOffsets(in: t).count }
            segmenterBest = min(segmenterBest, cpuNow() - t0)
            for (name, file) in inputs {
                let args = ["segment", "-C", project.root.path] + (name == "--plain" ? ["--plain"] : []) + [file.path]
                runs[name] = merge(runs[name], try best(jeju, args, stdout: file.path + ".out", rounds: 1))
            }
        }
        let mb = Double(bytes) / 1e6
        let icuRate = mb / icuBest
        print(String(format: "  bare ICU sentence loop (in process): %7.1f MB/s  %.3f s CPU  %d boundaries", icuRate, icuBest, icuCount))
        print(String(format: "  Segmenter (in process):              %7.1f MB/s  %.3f s CPU  %d boundaries  (%.2f of bare ICU)",
                     mb / segmenterBest, segmenterBest, segmenterCount, icuBest / segmenterBest))
        var rows = [
            Row(command: "bare ICU sentence loop (in process)", input: String(format: "%.1f MB", mb), cpu: icuBest,
                rate: String(format: "%.1f", icuRate), limit: "", ratio: "1", peak: "", target: ""),
            Row(command: "Segmenter (in process)", input: String(format: "%.1f MB", mb), cpu: segmenterBest,
                rate: String(format: "%.1f", mb / segmenterBest), limit: "bare ICU", ratio: String(format: "%.2f", icuBest / segmenterBest),
                peak: "", target: ""),
        ]
        for (name, file) in inputs {
            let run = runs[name]!
            let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            let rate = Double(size) / 1e6 / run.cpu
            let ratio = rate / icuRate
            let peakLimit = 2 * size + 64 << 20
            print(String(format: "  jeju segment (%@): %7.1f MB/s  %.3f s CPU  %.3f s wall  peak %.0f MiB  %.2f of bare ICU  %d output lines",
                         name, rate, run.cpu, run.wall, run.peakMiB, ratio, lineCount(file.path + ".out")))
            let wallRatio = Double(size) / 1e6 / run.wall / icuRate
            let met = max(ratio, wallRatio) >= 0.5 && run.peakMemory <= peakLimit
            rows.append(Row(command: "jeju segment \(name == "--plain" ? "--plain " : "")\(file.lastPathComponent)" + (name == "--plain" ? "" : " (\(name))"),
                            input: String(format: "%.1f MB", Double(size) / 1e6), cpu: run.cpu, rate: String(format: "%.1f", rate),
                            limit: "bare ICU", ratio: String(format: "%.2f", ratio), peak: String(format: "%.0f MiB (%.1f× input)", run.peakMiB, Double(run.peakMemory) / Double(size)),
                            target: (met ? "met" : "not met") + " (≥ 0.5, ≤ 2× + const)",
                            wall: String(format: "%.3f", run.wall), wallRatio: String(format: "%.2f", wallRatio)))
        }
        return rows
    }

    /// A Markdown notice from the paragraphs: front matter, a heading every 20 blocks, every fifth paragraph a
    /// list item, paragraphs wrapped at about 80 columns as people write them.
    static func markdownNotice(_ paragraphs: [String]) -> String {
        var out = "---\ntitle: Benchmark notice\ndate: 2016-05-26\nviews: 9252\n---\n\n"
        out.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count } * 11 / 10)
        for (k, p) in paragraphs.enumerated() {
            if k % 20 == 0 { out += "## Section \(k / 20 + 1)\n\n" }
            var column = 0
            var first = true
            if k % 5 == 4 { out += "- "; column = 2 }
            for word in p.split(separator: " ") {
                if !first {
                    if column + word.utf8.count > 80 { out += k % 5 == 4 ? "\n  " : "\n"; column = k % 5 == 4 ? 2 : 0 } else { out += " "; column += 1 }
                }
                out += word
                column += word.utf8.count
                first = false
            }
            out += "\n\n"
        }
        return out
    }

    // MARK: one line

    static func oneLine(_ project: Project, work: URL, jeju: String, rounds: Int) throws -> [Row] {
        let file = work.appendingPathComponent("line.txt")
        try Data("Dr. Kim met the delegation at 10 a.m. on Monday. The talks went well.\n".utf8).write(to: file)
        let out = work.appendingPathComponent("line-out.txt").path
        var walls: [Double] = []
        var peak = 0
        var cpu = Double.infinity
        for _ in 0..<rounds {
            let run = try best(jeju, ["segment", "--plain", file.path], stdout: out, rounds: 1)
            walls.append(run.wall)
            peak = max(peak, run.peakMemory)
            cpu = min(cpu, run.cpu)
        }
        walls.sort()
        let median = walls[walls.count / 2]
        // What starting the binary costs at all: the floor under any command.
        let help = try best(jeju, ["--version"], stdout: out, rounds: rounds)
        print(String(format: "  jeju segment --plain (one line): median %.1f ms wall, best %.1f ms, %.1f ms CPU, peak %.1f MiB; jeju --version: %.1f ms, %.1f MiB",
                     median * 1000, walls[0] * 1000, cpu * 1000, Double(peak) / 1_048_576, help.wall * 1000, help.peakMiB))
        return [
            Row(command: "jeju --version (process start)", input: "", cpu: help.cpu, rate: "", limit: "", ratio: "",
                peak: String(format: "%.1f MiB", help.peakMiB), target: String(format: "%.1f ms wall", help.wall * 1000)),
            Row(command: "jeju segment --plain line.txt (one line)", input: "70 B", cpu: cpu, rate: "", limit: "10 ms, 30 MB", ratio: "",
                peak: String(format: "%.1f MiB", Double(peak) / 1_048_576),
                target: String(format: "%.1f ms wall (median of %d): ", median * 1000, rounds) + (median <= 0.010 && peak <= 30_000_000 ? "met" : "not met")),
        ]
    }

    // MARK: glossary terms

    static func terms(work: URL, jeju: String, shared: URL, megabytes: Int, rounds: Int) throws -> [Row] {
        let (text, termbase, sentences) = try GlossaryBenchmark.workload(shared: shared, megabytes: megabytes, concepts: 10_000)
        let folder = work.appendingPathComponent("terms-project")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("glossary"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("notices"), withIntermediateDirectories: true)
        try Data("source: en\ntargets: [ko]\nnotices: notices\nglossary: glossary/terms.tbx\noutput: build\n".utf8)
            .write(to: folder.appendingPathComponent("jeju.yml"))
        try Data(TBXWriter.write(termbase).utf8).write(to: folder.appendingPathComponent("glossary/terms.tbx"))
        let input = work.appendingPathComponent("terms.txt")
        try Data(text.utf8).write(to: input)
        let size = text.utf8.count
        print("glossary terms: \(String(format: "%.1f", Double(size) / 1e6)) MB from \(sentences) sentences, \(termbase.concepts.count) concepts")

        let matcher = try TermMatcher(termbase: termbase, locale: "en")
        let out = work.appendingPathComponent("terms-out.txt").path
        var inProcess = Double.infinity
        var found = 0
        var command: CommandRun?
        for _ in 0..<rounds {
            let t0 = cpuNow()
            found = matcher.matches(in: text).count
            inProcess = min(inProcess, cpuNow() - t0)
            command = merge(command, try best(jeju, ["glossary", "terms", "-C", folder.path, input.path], stdout: out, rounds: 1))
        }
        let run = command!
        let mb = Double(size) / 1e6
        let lines = lineCount(out)
        let ratio = (mb / run.cpu) / (mb / inProcess)
        print(String(format: "  TermMatcher.matches(in:) (in process): %7.1f MB/s  %.3f s CPU  %d matches", mb / inProcess, inProcess, found))
        print(String(format: "  jeju glossary terms:                   %7.1f MB/s  %.3f s CPU  %.3f s wall  peak %.0f MiB  %.2f of in process  %d lines",
                     mb / run.cpu, run.cpu, run.wall, run.peakMiB, ratio, lines))
        if lines != found { print("  warning: the command listed \(lines) terms, the matcher found \(found)") }
        return [
            Row(command: "TermMatcher.matches(in:) (in process)", input: String(format: "%.1f MB", mb), cpu: inProcess,
                rate: String(format: "%.1f", mb / inProcess), limit: "", ratio: "1", peak: "", target: ""),
            Row(command: "jeju glossary terms terms.txt", input: String(format: "%.1f MB, 10,000 concepts", mb), cpu: run.cpu,
                rate: String(format: "%.1f", mb / run.cpu), limit: "in process", ratio: String(format: "%.2f", ratio),
                peak: String(format: "%.0f MiB (%.1f× input)", run.peakMiB, Double(run.peakMemory) / Double(size)),
                target: (ratio >= 0.5 ? "met" : "not met") + " (≥ 0.5)"),
        ]
    }
}
