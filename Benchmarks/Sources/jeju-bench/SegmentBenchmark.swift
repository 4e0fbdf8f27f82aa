import Foundation
import JejuKit

/// `Segmenter` with the project's rules versus a bare ICU sentence-break loop over the same text, side by side in
/// one run (alternating, best of N), so machine noise hits both alike.
///
/// Text: the project's notices and, when `../shared` is beside the checkout, the English UD and UDHR texts,
/// repeated as paragraphs until at least `--mb` MB (default 50).
enum SegmentBenchmark {
    static func run(_ args: ArraySlice<String>) throws {
        var megabytes = 50
        var rounds = 3
        var root = FileManager.default.currentDirectoryPath
        var i = args.startIndex
        while i < args.endIndex {
            switch args[i] {
            case "--mb": i += 1; megabytes = Int(args[i]) ?? megabytes
            case "--rounds": i += 1; rounds = Int(args[i]) ?? rounds
            case "-C": i += 1; root = args[i]
            default: throw BenchmarkError("unknown option \(args[i])")
            }
            i += 1
        }
        let project = try Project.find(from: URL(fileURLWithPath: root))
        let (paragraphs, distinct) = try text(project, megabytes: megabytes)
        let texts = paragraphs.map(UTF16Text.init)
        let bytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
        print("segment: \(texts.count) paragraphs, \(String(format: "%.1f", Double(bytes) / 1e6)) MB of UTF-8 text (\(distinct) distinct)")

        let segmenter = try Segmenter.forProject(project, language: "en")
        let bare = try BreakIterator(.sentence, locale: "en")
        let bareSuppressed = try BreakIterator(.sentence, locale: "en@ss=standard")
        var bestJeju = Double.infinity, bestICU = Double.infinity, bestSuppressed = Double.infinity
        var jejuCount = 0, icuCount = 0, suppressedCount = 0
        for _ in 0..<rounds {
            var t0 = Date()
            icuCount = 0
            for t in texts {
                bare.setText(t.units)
                bare.forEachBoundary { _, _ in icuCount += 1; return true }
            }
            bestICU = min(bestICU, Date().timeIntervalSince(t0))
            t0 = Date()
            suppressedCount = 0
            for t in texts {
                bareSuppressed.setText(t.units)
                bareSuppressed.forEachBoundary { _, _ in suppressedCount += 1; return true }
            }
            bestSuppressed = min(bestSuppressed, Date().timeIntervalSince(t0))
            t0 = Date()
            jejuCount = 0
            for t in texts { jejuCount += segmenter.boundaryOffsets(in: t).count }
            bestJeju = min(bestJeju, Date().timeIntervalSince(t0))
        }
        let mb = Double(bytes) / 1e6
        print(String(format: "bare ICU sentence loop:  %6.1f MB/s  (%d boundaries, best of %d: %.2f s)", mb / bestICU, icuCount, rounds, bestICU))
        print(String(format: "bare ICU loop with CLDR suppressions (en@ss=standard): %6.1f MB/s  (%d boundaries, best of %d: %.2f s)",
                     mb / bestSuppressed, suppressedCount, rounds, bestSuppressed))
        print(String(format: "Segmenter (project rules): %6.1f MB/s  (%d boundaries, %d rules, best of %d: %.2f s)",
                     mb / bestJeju, jejuCount, segmenter.rules.count, rounds, bestJeju))
        print(String(format: "ratio Segmenter / bare ICU: %.2f; / ICU with suppressions: %.2f", bestICU / bestJeju, bestSuppressed / bestJeju))
    }

    /// The benchmark's text: the corpus's paragraphs in order, repeated until they hold at least `megabytes` MB of
    /// UTF-8; and how many distinct paragraphs there are.
    static func text(_ project: Project, megabytes: Int) throws -> (paragraphs: [String], distinct: Int) {
        let corpus = try corpus(project)
        var paragraphs: [String] = []
        var bytes = 0
        while bytes < megabytes * 1_000_000 {
            let p = corpus[paragraphs.count % corpus.count]
            paragraphs.append(p)
            bytes += p.utf8.count
        }
        return (paragraphs, corpus.count)
    }

    static func corpus(_ project: Project) throws -> [String] {
        var paragraphs: [String] = []
        for file in project.noticeFiles() {
            let notice = try NoticeReader.read(contentsOf: file.path)
            paragraphs += notice.blocks.map(\.content.text)
        }
        let shared = project.root.deletingLastPathComponent().appendingPathComponent("shared/corpora")
        let ud = shared.appendingPathComponent("ud/UD_English-EWT/en_ewt-ud-test.conllu")
        if let text = try? String(contentsOf: ud, encoding: .utf8) {
            var current: [String] = []
            for line in text.split(separator: "\n") where line.hasPrefix("# text = ") {
                current.append(String(line.dropFirst(9)))
                if current.count == 6 { paragraphs.append(current.joined(separator: " ")); current = [] }
            }
        }
        let udhr = shared.appendingPathComponent("udhr/udhr_eng.xml")
        if let xml = try? Data(contentsOf: udhr), let root = try? XMLReader.parse(xml, path: udhr.path) {
            func walk(_ e: XElement) {
                if e.name == "para" { paragraphs.append(e.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")) }
                e.elements.forEach(walk)
            }
            walk(root)
        }
        return paragraphs.filter { !$0.isEmpty }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
