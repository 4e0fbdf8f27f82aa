import ArgumentParser
import Foundation
import Glossary
import ICU
import JejuSupport
import Notices

/// `jeju glossary terms FILE|-`: every termbase term in a text, with its span and concept.
struct GlossaryTerms: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List every termbase term in a text file (or - for standard input), with its span and concept.",
        discussion: """
            A notice (page text or Markdown) is read as one: only its title and body are searched, not the page \
            chrome around them; positions are its blocks' lines. Anything else, or --plain, is searched as raw text.
            """
    )

    @OptionGroup var options: ProjectOptions
    @Argument(help: "The text file, or - for standard input.") var file: String
    @Option(help: "The language of the text (default: the project's source locale).") var locale: String?
    @Option(help: "text or json.") var format: String = "text"
    @Flag(help: "Search the file as raw text even when it is a notice.") var plain = false

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else { throw ValidationError("--format must be text or json") }
        if let locale, !LanguageTag.isWellFormed(locale) { throw ValidationError("--locale: '\(locale)' is not a BCP 47 tag") }
    }

    struct Found: Encodable {
        let line: Int
        let column: Int
        let offset: Int
        let length: Int
        let text: String
        let concept: String
        let term: String
        let status: String?
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "glossary terms")
            defer { projectLock.release() }
            let termbase = try GlossaryStore(project: project).load()
            let path = options.resolve(file)
            let text = try TextFile.read(path, allowEmpty: true)
            let language = locale ?? project.config.source
            let matcher = try TermMatcher(termbase: termbase, locale: language)
            // A notice: its blocks, each at its own line; otherwise the whole text from line 1.
            var pieces: [(text: String, line: Int)] = [(text, 1)]
            if !plain, let notice = try? NoticeReader.read(text, path: path) {
                pieces = notice.blocks.filter(\.isTranslatable).map { ($0.content.text, $0.line) }
            }
            // Positions are the source file's: a match is looked up in the source from its block's line on, past
            // the markup the reader removed (heading marks, list markers, quotation marks, emphasis).
            let source = Array(text.unicodeScalars)
            var lineStarts = [0]
            for (i, u) in source.enumerated() where u == "\n" { lineStarts.append(i + 1) }
            func position(of offset: Int) -> (Int, Int) {
                var lo = 0, hi = lineStarts.count - 1
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
                }
                return (lo + 1, offset - lineStarts[lo] + 1)
            }
            func find(_ needle: [Unicode.Scalar], from start: Int) -> Int? {
                guard let first = needle.first, needle.count <= source.count else { return nil }
                // Markup sits next to the text it marks: look a bounded way ahead, so a miss costs little.
                var i = start
                let end = min(source.count, start + 4096 + needle.count)
                while i + needle.count <= end {
                    if source[i] == first && Array(source[i..<(i + needle.count)]) == needle { return i }
                    i += 1
                }
                return nil
            }
            var found: [Found] = []
            for piece in pieces {
                var line = piece.line, column = 1
                var cursor = piece.text.startIndex
                var sourceCursor = lineStarts[min(max(piece.line - 1, 0), lineStarts.count - 1)]
                for m in matcher.matches(in: piece.text) {
                    for ch in piece.text.unicodeScalars[cursor..<m.range.lowerBound] {
                        if ch == "\n" { line += 1; column = 1 } else { column += 1 }
                    }
                    cursor = m.range.lowerBound
                    var at = (line, column)
                    if let hit = find(Array(m.text.unicodeScalars), from: sourceCursor) {
                        at = position(of: hit)
                        sourceCursor = hit + m.text.unicodeScalars.count
                    }
                    found.append(Found(line: at.0, column: at.1, offset: m.scalarOffset, length: m.scalarLength, text: m.text,
                                       concept: m.conceptID, term: m.term, status: m.status?.shortName))
                }
            }
            let shown = file == "-" ? "-" : file
            if format == "json" {
                Console.write(try JSONOutput.encode(found))
            } else {
                Console.write(found.map { f in
                    let status = f.status.map { $0 == "preferred" ? "" : " [\($0)]" } ?? ""
                    return "\(shown):\(f.line):\(f.column): \(f.text) → \(f.concept) (\(f.term))\(status)\n"
                }.joined())
            }
        }
    }
}
