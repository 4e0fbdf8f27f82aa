import ArgumentParser
import Foundation
import JejuSupport
import MemoryServer
import TranslationMemory
import Workflow

/// `jeju tm stats`.
struct TMStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count the units, words and files of every locale's memories.")

    @OptionGroup var options: ProjectOptions

    @Option(help: "text or json.")
    var format = "text"

    struct FileStats: Encodable {
        var file: String
        var locale: String
        var units: Int
        var sourceWords: Int
        var penalty: Int
        var withContext: Int
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "tm stats")
            defer { projectLock.release() }
            let counter = try Statistics.wordCounter(for: project)
            var all: [FileStats] = []
            if SharedMemory.isShared(project) {
                let scope = SharedMemory.scope(project)
                all = try SharedMemory.run(read: true) { server in
                    let counter = try Statistics.wordCounter(for: project)
                    var out: [FileStats] = []
                    for m in try await server.memories(scope: scope) {
                        var words = 0
                        try await server.forEachSource(scope: scope, locale: m.locale, memory: m.memory) {
                            words += counter.count($0)
                        }
                        out.append(
                            FileStats(
                                file: m.memory, locale: m.locale, units: m.units, sourceWords: words,
                                penalty: m.penalty,
                                withContext: m.withContext))
                    }
                    return out
                }
                let order = project.config.targets
                all.sort { a, b in
                    let ia = order.firstIndex(of: a.locale) ?? order.count,
                        ib = order.firstIndex(of: b.locale) ?? order.count
                    return ia != ib ? ia < ib : a.file < b.file
                }
            }
            for locale in project.config.targets where !SharedMemory.isShared(project) {
                let files = MemoryFiles(project: project, locale: locale)
                for url in files.existing {
                    let path = project.relativePath(url)
                    let document = try TMXReader.read(try TextFile.mapped(url, shown: path), path: path)
                    let words = document.units.reduce(0) { sum, unit in
                        sum + (unit.variant(in: project.config.source).map { counter.count($0.segment.text) } ?? 0)
                    }
                    let penalty =
                        Int(document.header.properties.first { $0.type == MemoryFiles.penaltyProperty }?.value ?? "")
                        ?? 0
                    all.append(
                        FileStats(
                            file: path, locale: locale, units: document.units.count, sourceWords: words,
                            penalty: penalty, withContext: document.units.filter { $0.context != nil }.count))
                }
            }
            if format == "json" {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                Console.write(String(decoding: try encoder.encode(all), as: UTF8.self) + "\n")
                return
            }
            if all.isEmpty { Console.write("no memories yet\n"); return }
            var out = ""
            for s in all {
                out += "\(s.file): \(s.units) units, \(s.sourceWords) source words, \(s.withContext) with context"
                out += s.penalty > 0 ? ", penalty \(s.penalty)\n" : "\n"
            }
            out += "total: \(all.reduce(0) { $0 + $1.units }) units in \(all.count) files\n"
            Console.write(out)
        }
    }
}
