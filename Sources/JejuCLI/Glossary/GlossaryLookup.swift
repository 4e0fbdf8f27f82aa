import ArgumentParser
import Foundation
import Glossary
import ICU
import JejuSupport

/// `jeju glossary lookup TEXT`: the concepts named in TEXT, with their terms in every language.
struct GlossaryLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up a term: the matching concepts, the approved term in each language, variants, definition."
    )

    @OptionGroup var options: ProjectOptions
    @Argument(help: "A term or a phrase containing terms.") var text: String
    @Option(help: "Show the source language and this one only (default: every language).")
    var locale: String?
    @Option(help: "The language TEXT is in (default: the source locale, then every language of the termbase).")
    var from: String?
    @Option(help: "text or json.") var format: String = "text"

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else { throw ValidationError("--format must be text or json") }
        for (name, tag) in [("--locale", locale), ("--from", from)] {
            if let tag, !LanguageTag.isWellFormed(tag) {
                throw ValidationError("\(name): '\(tag)' is not a BCP 47 tag")
            }
        }
    }

    struct LanguageEntry: Encodable {
        let language: String
        let preferred: String?
        let admitted: [String]
        let deprecated: [String]
        let doNotTranslate: Bool
    }

    struct Entry: Encodable {
        let concept: String
        let matched: String
        let subjectField: String?
        let properName: Bool
        let definition: String?
        let languages: [LanguageEntry]
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "glossary lookup")
            defer { projectLock.release() }
            let termbase = try GlossaryStore(project: project).load()
            let languages =
                from.map { [$0] }
                ?? ([project.config.source] + termbase.languages.filter { $0 != project.config.source })
            var entries: [Entry] = []
            var seen: Set<String> = []
            for language in languages {
                let matcher = try TermMatcher(termbase: termbase, locale: language)
                for m in matcher.matches(in: text) where seen.insert(m.conceptID).inserted {
                    guard let c = termbase.concept(id: m.conceptID) else { continue }
                    entries.append(
                        Entry(
                            concept: c.id, matched: m.text, subjectField: c.subjectField, properName: c.isProperName,
                            definition: c.definition(project.config.source),
                            languages: c.languages.filter { s in
                                locale.map { s.language == $0 || s.language == project.config.source } ?? true
                            }.map { s in
                                LanguageEntry(
                                    language: s.language, preferred: s.preferredTerm?.text,
                                    admitted: s.terms.filter { $0.status == .admitted }.map(\.text),
                                    deprecated: s.deprecatedTerms.map(\.text),
                                    doNotTranslate: s.terms.contains { $0.doNotTranslate })
                            }))
                }
                if !entries.isEmpty && from == nil { break }
            }
            if format == "json" {
                Console.write(try JSONOutput.encode(entries))
                return
            }
            if entries.isEmpty {
                Console.write("no concept found for '\(text)'\n")
                return
            }
            var out = ""
            for e in entries {
                out +=
                    "\(e.concept)  \(e.matched)" + (e.properName ? "  (proper name)" : "")
                    + (e.subjectField.map { "  [\($0)]" } ?? "") + "\n"
                if let d = e.definition { out += "  \(d)\n" }
                for l in e.languages {
                    var line = "  \(l.language.padding(toLength: 4, withPad: " ", startingAt: 0)) \(l.preferred ?? "—")"
                    if l.doNotTranslate { line += "  (do not translate)" }
                    if !l.admitted.isEmpty { line += "  also: " + l.admitted.joined(separator: ", ") }
                    if !l.deprecated.isEmpty { line += "  not: " + l.deprecated.joined(separator: ", ") }
                    out += line + "\n"
                }
            }
            Console.write(out)
        }
    }
}
