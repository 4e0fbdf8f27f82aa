import ArgumentParser
import Foundation
import Glossary
import ICU
import JejuSupport

/// `jeju glossary terms FILE|-`: every termbase term in a text, with its span and concept.
struct GlossaryTerms: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List every termbase term in a text file (or - for standard input), with its span and concept."
    )

    @OptionGroup var options: ProjectOptions
    @Argument(help: "The text file, or - for standard input.") var file: String
    @Option(help: "The language of the text (default: the project's source locale).") var locale: String?
    @Option(help: "text or json.") var format: String = "text"

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
            let project = try options.project()
            let termbase = try GlossaryStore(project: project).load()
            let path = options.resolve(file)
            let text = try TextFile.read(path, allowEmpty: true)
            let language = locale ?? project.config.source
            let matcher = try TermMatcher(termbase: termbase, locale: language)
            let matches = matcher.matches(in: text)
            var found: [Found] = []
            var line = 1, column = 1
            var cursor = text.startIndex
            for m in matches {
                for ch in text.unicodeScalars[cursor..<m.range.lowerBound] {
                    if ch == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                cursor = m.range.lowerBound
                found.append(Found(line: line, column: column, offset: m.scalarOffset, length: m.scalarLength, text: m.text,
                                   concept: m.conceptID, term: m.term, status: m.status?.shortName))
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
