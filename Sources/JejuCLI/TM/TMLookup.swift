import ArgumentParser
import Foundation
import Inline
import JejuSupport
import MemoryServer
import TranslationMemory

/// `jeju tm lookup TEXT --locale TAG`.
struct TMLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find exact, in-context and fuzzy matches in the memories of a locale.",
        discussion: """
            Score: 100 × (1 − d / max(n, m)) over ICU word tokens (NFKC case-folded, numbers as one token), \
            less 1 per differing number, 2 per differing inline code, 1 for a case/spacing/punctuation-only \
            difference and the memory's penalty. 100 is exact; 101 exact in the same context. Numbers and codes \
            that differ are adapted in the suggested target.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Argument(help: "The source text (TMX segment markup with --markup).")
    var text: String?

    @Option(help: "The target locale.")
    var locale: String

    @Option(parsing: .unconditional, help: "The lowest score shown.")
    var min = 70

    @Option(parsing: .unconditional, help: "At most this many matches per query.")
    var max = 5

    @Option(help: "text or json.")
    var format = "text"

    @Flag(help: "Score every unit (slow; the recall reference for the index).")
    var exhaustive = false

    @Option(help: "One query per line; results as JSON lines.")
    var queries: String?

    @Option(help: "The unit's context (notice and unit id) for in-context matches.")
    var context: String?

    @Flag(help: "Read TEXT (and query lines) as TMX segment markup with inline codes.")
    var markup = false

    func validate() throws {
        if (text == nil) == (queries == nil) { throw ValidationError("give TEXT or --queries FILE (one of them)") }
        if !["text", "json"].contains(format) { throw ValidationError("--format must be text or json") }
        if max < 1 { throw ValidationError("--max must be at least 1") }
        if !(0...101).contains(min) {
            throw ValidationError("--min must be a score from 0 to 101 (101: an exact match in the same context)")
        }
    }

    func segment(_ s: String) throws(Diagnostic) -> Inline.Segment {
        markup ? try TMXReader.segment(markup: s) : Inline.Segment(text: s)
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "tm lookup")
            defer { projectLock.release() }
            guard project.config.targets.contains(locale) else {
                throw Diagnostic(
                    rule: "options.locale", path: Project.configFileName,
                    message:
                        "'\(locale)' is not a target locale of this project (targets: \(project.config.targets.joined(separator: ", ")))"
                )
            }
            if SharedMemory.isShared(project) {
                try lookupOnServer(project: project)
                return
            }
            let bar = options.progress("reading the memory")
            // One query reads the part of the index it needs; a batch reads the index whole, once.
            let index = try MemoryIndex(
                files: MemoryFiles(project: project, locale: locale), progress: bar.update,
                loading: queries == nil && !exhaustive ? .onDemand : .whole)
            bar.finish()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if let queries {
                let lines = try TextFile.read(options.resolve(queries), allowEmpty: true).split(
                    separator: "\n", omittingEmptySubsequences: false)
                var out = ""
                let progress = options.progress("looking up", total: lines.count, unit: "queries")
                for (done, line) in lines.enumerated() where !line.isEmpty {
                    progress.update(done)
                    let matches = try index.lookup(
                        try segment(String(line)), context: context, minimum: min, maximum: max,
                        exhaustive: exhaustive)
                    let record = QueryResult(query: String(line), matches: matches.map(MatchJSON.init))
                    out += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
                }
                progress.finish()
                Console.write(out)
                return
            }
            let matches = try index.lookup(
                try segment(text ?? ""), context: context, minimum: min, maximum: max, exhaustive: exhaustive)
            if format == "json" {
                encoder.outputFormatting.insert(.prettyPrinted)
                Console.write(String(decoding: try encoder.encode(matches.map(MatchJSON.init)), as: UTF8.self) + "\n")
                return
            }
            Console.write(try report(matches, project: project))
        }
    }

    /// With `memory: postgres`: the same lookups against the shared server (its read replica when
    /// `JEJU_DATABASE_READ_URL` is set).
    private func lookupOnServer(project: Project) throws {
        let queryLines: [String]?
        if let queries {
            queryLines = try TextFile.read(options.resolve(queries), allowEmpty: true)
                .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }.map(String.init)
        } else {
            queryLines = nil
        }
        let segments = try (queryLines ?? [text ?? ""]).map { line throws(Diagnostic) in try segment(line) }
        let scope = SharedMemory.scope(project), source = project.config.source, shared = project.config.memoryShared
        let (tag, context, minimum, maximum, exhaustive) = (locale, context, min, max, exhaustive)
        let results = try SharedMemory.run(read: true) { server in
            let lookup = try await ServerLookup(
                server: server, scope: scope, shared: shared, sourceLanguage: source, locale: tag)
            var all: [[Match]] = []
            for s in segments {
                all.append(
                    try await lookup.lookup(
                        s, context: context, minimum: minimum, maximum: maximum, exhaustive: exhaustive))
            }
            return all
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let queryLines {
            var out = ""
            for (line, matches) in zip(queryLines, results) {
                let record = QueryResult(query: line, matches: matches.map(MatchJSON.init))
                out += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
            }
            Console.write(out)
            return
        }
        let matches = results.first ?? []
        if format == "json" {
            encoder.outputFormatting.insert(.prettyPrinted)
            Console.write(String(decoding: try encoder.encode(matches.map(MatchJSON.init)), as: UTF8.self) + "\n")
            return
        }
        Console.write(try report(matches, project: project))
    }

    private func report(_ matches: [Match], project: Project) throws -> String {
        if matches.isEmpty { return "no match at or above \(min)\n" }
        var out = ""
        for m in matches {
            let s = m.score
            var notes: [String] = []
            if s.numberPenalty > 0 { notes.append("numbers −\(s.numberPenalty)") }
            if s.codePenalty > 0 { notes.append("codes −\(s.codePenalty)") }
            if s.formattingPenalty > 0 { notes.append("case/spacing/punctuation −\(s.formattingPenalty)") }
            if s.memoryPenalty > 0 { notes.append("memory −\(s.memoryPenalty)") }
            let origin = "\(m.origin.file) unit \(m.origin.unit)" + (m.origin.tuid.map { " (tuid \($0))" } ?? "")
            out += "\(s.value)  \(origin)\(notes.isEmpty ? "" : "  [" + notes.joined(separator: ", ") + "]")\n"
            out += "    \(project.config.source): \(TMXWriter.markup(m.source))\n"
            out += "    \(locale): \(TMXWriter.markup(m.adaptedTarget))\n"
            for a in m.adaptations { out += "    adapted \(a.kind): \(a.from) → \(a.to)\n" }
        }
        return out
    }
}

/// One line of `--queries` output.
struct QueryResult: Encodable {
    var query: String
    var matches: [MatchJSON]
}

/// A match as JSON: score, each penalty, source, target (as stored and adapted), origin.
struct MatchJSON: Encodable {
    struct Penalties: Encodable {
        var numbers: Int
        var codes: Int
        var formatting: Int
        var memory: Int
    }
    var score: Int
    var base: Int
    var penalties: Penalties
    var source: String
    var target: String
    var adaptedTarget: String
    var adaptations: [Match.Adaptation]
    var origin: Match.Origin
    var context: String?

    init(_ m: Match) {
        score = m.score.value
        base = m.score.base
        penalties = Penalties(
            numbers: m.score.numberPenalty, codes: m.score.codePenalty, formatting: m.score.formattingPenalty,
            memory: m.score.memoryPenalty)
        source = TMXWriter.markup(m.source)
        target = TMXWriter.markup(m.target)
        adaptedTarget = TMXWriter.markup(m.adaptedTarget)
        adaptations = m.adaptations
        origin = m.origin
        context = m.context
    }
}
