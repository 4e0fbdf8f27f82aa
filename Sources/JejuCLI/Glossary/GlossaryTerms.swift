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
        if let locale, !LanguageTag.isWellFormed(locale) {
            throw ValidationError("--locale: '\(locale)' is not a BCP 47 tag")
        }
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
            let bytes = try TextFile.readUTF8(path, allowEmpty: true)
            let language = locale ?? project.config.source
            let matcher = try TermMatcher(termbase: termbase, locale: language)
            // A notice: its blocks, each at its own line; otherwise the whole text from line 1.
            var pieces: [(text: String, line: Int)] = []
            if !plain, let notice = try? NoticeReader.read(utf8: bytes, path: path) {
                pieces = notice.blocks.filter(\.isTranslatable).map { ($0.content.text, $0.line) }
            } else {
                pieces = [(String(decoding: bytes, as: UTF8.self), 1)]
            }
            let shown = file == "-" ? "-" : file
            let out = BufferedOutput()
            var found: [Found] = []
            let progress = options.progress("finding terms")
            defer { progress.finish() }
            bytes.withUnsafeBufferPointer { source in
                let locator = SourceLocator(source)
                for (index, piece) in pieces.enumerated() {
                    var line = piece.line, column = 1
                    var cursor = piece.text.startIndex
                    var sourceCursor = locator.lineStart(piece.line)
                    let share = 1 / Double(pieces.count)
                    for m in matcher.matches(
                        in: piece.text, progress: { progress.update("finding terms", (Double(index) + $0) * share) })
                    {
                        for ch in piece.text.unicodeScalars[cursor..<m.range.lowerBound] {
                            if ch == "\n" { line += 1; column = 1 } else { column += 1 }
                        }
                        cursor = m.range.lowerBound
                        var at = (line, column)
                        if let hit = locator.find(m.text, from: sourceCursor) {
                            at = locator.position(of: hit)
                            sourceCursor = hit + m.text.utf8.count
                        }
                        if format == "json" {
                            found.append(
                                Found(
                                    line: at.0, column: at.1, offset: m.scalarOffset, length: m.scalarLength,
                                    text: m.text,
                                    concept: m.conceptID, term: m.term, status: m.status?.shortName))
                        } else {
                            // FILE:LINE:COLUMN: TEXT → CONCEPT (TERM) [STATUS], written piece by piece.
                            out.append(shown)
                            out.append(byte: 0x3A)
                            out.append(decimal: at.0)
                            out.append(byte: 0x3A)
                            out.append(decimal: at.1)
                            out.append(": ")
                            out.append(m.text)
                            out.append(" → ")
                            out.append(m.conceptID)
                            out.append(" (")
                            out.append(m.term)
                            out.append(byte: 0x29)
                            if let status = m.status?.shortName, status != "preferred" {
                                out.append(" [")
                                out.append(status)
                                out.append(byte: 0x5D)
                            }
                            out.append(byte: 0x0A)
                        }
                    }
                }
            }
            if format == "json" { Console.write(try JSONOutput.encode(found)) }
            out.flush()
        }
    }
}

/// Positions in the source file's UTF-8 bytes: a match is looked up in the source from its block's line on, past
/// the markup the reader removed (heading marks, list markers, quotation marks, emphasis), and told as a line
/// and a column in Unicode scalars.
private struct SourceLocator {
    let source: UnsafeBufferPointer<UInt8>
    /// The byte offset where each line starts.
    let lineStarts: [Int]

    init(_ source: UnsafeBufferPointer<UInt8>) {
        self.source = source
        var starts = [0]
        for i in source.indices where source[i] == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    /// Where line `n` (1-based, clamped to the file) starts.
    func lineStart(_ n: Int) -> Int { lineStarts[min(max(n - 1, 0), lineStarts.count - 1)] }

    /// The line and column (1-based, the column in scalars) of byte `offset`.
    func position(of offset: Int) -> (Int, Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        for i in lineStarts[lo]..<offset where source[i] & 0xC0 != 0x80 { column += 1 }
        return (lo + 1, column)
    }

    /// The byte offset of `needle` at or after `start`. Markup sits next to the text it marks: the search looks
    /// a bounded way ahead (4,096 scalars), so a miss costs little.
    func find(_ needle: String, from start: Int) -> Int? {
        var needle = needle
        return needle.withUTF8 { n -> Int? in
            guard let first = n.first, n.count <= source.count, let base = source.baseAddress,
                let needleBase = n.baseAddress
            else { return nil }
            var i = start
            var scalars = 0
            while i + n.count <= source.count, scalars <= 4096 {
                if source[i] == first, memcmp(base + i, needleBase, n.count) == 0 { return i }
                i += 1
                while i < source.count, source[i] & 0xC0 == 0x80 { i += 1 }
                scalars += 1
            }
            return nil
        }
    }
}
