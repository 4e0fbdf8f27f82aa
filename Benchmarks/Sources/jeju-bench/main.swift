import Foundation

// One executable, one subcommand per benchmark; each lives in its own file and prints its figures.
let benchmarks: [String: (ArraySlice<String>) throws -> Void] = [
    "segment": SegmentBenchmark.run,
    "glossary": GlossaryBenchmark.run,
    "tm": TMBenchmark.run,
    "qa": QualityChecksBenchmark.run,
    "build": BuildBenchmark.run,
    "terms": TermsBenchmark.run,
    "commands-text": CommandsTextBenchmark.run,
    "commands-project": CommandsProjectBenchmark.run,
    "tm-server": TMServerBenchmark.run,
]

let args = CommandLine.arguments.dropFirst()
guard let name = args.first, let bench = benchmarks[name] else {
    print("usage: jeju-bench <\(benchmarks.keys.sorted().joined(separator: "|"))> [options]")
    exit(2)
}
do {
    try bench(args.dropFirst())
} catch {
    FileHandle.standardError.write(Data("jeju-bench: \(error)\n".utf8))
    exit(1)
}
