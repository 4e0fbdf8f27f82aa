import ArgumentParser
import Foundation
import ICU
import JejuSupport
import MemoryServer
import TranslationMemory

/// `jeju tm search WORDS`: a concordance over the memories.
struct TMSearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Concordance: units whose source or target contains every word, the hits highlighted.",
        discussion: "Hits are shown in bold on a terminal and between « » otherwise. Matching ignores case (ICU).")

    @OptionGroup var options: ProjectOptions

    @Argument(help: "The words to find.")
    var words: [String]

    @Option(help: "Only this locale (default: every target).")
    var locale: String?

    @Option(parsing: .unconditional, help: "At most this many units.")
    var max = 20

    func validate() throws {
        if max < 1 { throw ValidationError("--max must be at least 1") }
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "tm search")
            defer { projectLock.release() }
            let patterns: [ICURegex]
            do {
                patterns = try words.map { word in
                    try ICURegex(
                        "\\Q" + word.replacingOccurrences(of: "\\E", with: "\\E\\\\E\\Q") + "\\E",
                        options: [.caseInsensitive])
                }
            } catch {
                throw Diagnostic(
                    rule: "icu.word-break", path: "<words>", message: "cannot search for these words: \(error)")
            }
            let terminal = isatty(1) == 1
            let (open, close) = terminal ? ("\u{1B}[1m", "\u{1B}[0m") : ("«", "»")
            func hits(_ text: String) -> [Range<Int>] {
                let units = Array(text.utf16)
                var ranges: [Range<Int>] = []
                for p in patterns {
                    p.setText(units)
                    var from = 0, any = false
                    while let r = p.firstMatch(from: from), !r.isEmpty {
                        ranges.append(r)
                        any = true
                        from = r.upperBound
                    }
                    if !any { return [] }
                }
                return ranges.sorted { $0.lowerBound < $1.lowerBound }
            }
            func highlight(_ text: String, _ ranges: [Range<Int>]) -> String {
                let units = Array(text.utf16)
                var out: [UInt16] = []
                var at = 0
                for r in ranges where r.lowerBound >= at {
                    out += units[at..<r.lowerBound]
                    out += Array(open.utf16) + units[r] + Array(close.utf16)
                    at = r.upperBound
                }
                out += units[at...]
                return String(decoding: out, as: UTF16.self)
            }
            var shown = 0
            var out = ""
            let tags = try SharedMemory.locales(locale, in: project)
            // The memories, from the files or (memory: postgres) from the server, which reads them as `tm pull` does.
            var memories: [(path: String, tag: String, document: TMXDocument)] = []
            if SharedMemory.isShared(project) {
                let scope = SharedMemory.scope(project)
                let read = try SharedMemory.run(read: true) { server in
                    try await server.documents(scope: scope, locales: tags)
                }
                for tag in tags {
                    for (memory, document) in read where memory.locale == tag {
                        memories.append((memory.memory, tag, document))
                    }
                }
            } else {
                for tag in tags {
                    for url in MemoryFiles(project: project, locale: tag).existing {
                        let path = project.relativePath(url)
                        memories.append(
                            (
                                path, tag,
                                try TMXReader.read(try TextFile.mapped(url, shown: path), path: path)
                            ))
                    }
                }
            }
            for (path, tag, document) in memories {
                for (i, unit) in document.units.enumerated() {
                    guard shown < max, let s = unit.variant(in: project.config.source), let t = unit.variant(in: tag)
                    else { continue }
                    let sourceHits = hits(s.segment.text), targetHits = hits(t.segment.text)
                    if sourceHits.isEmpty && targetHits.isEmpty { continue }
                    shown += 1
                    out += "\(path) unit \(i + 1)\(unit.id.map { " (tuid \($0))" } ?? "")\n"
                    out += "    \(project.config.source): \(highlight(s.segment.text, sourceHits))\n"
                    out += "    \(tag): \(highlight(t.segment.text, targetHits))\n"
                }
            }
            Console.write(shown == 0 ? "no unit contains \(words.joined(separator: " "))\n" : out)
        }
    }
}
