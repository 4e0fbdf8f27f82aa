import ArgumentParser
import Foundation
import Glossary
import JejuSupport

/// `jeju glossary stats`: where validation stands, per language.
struct GlossaryStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Per language: concepts validated, draft and rejected, and the draft terms the notices use.",
        discussion: """
            A concept is validated in a language once a review approved or corrected its term ('jeju glossary \
            review apply'); rejected when a review rejected it; draft otherwise. The notices' use is read from the \
            extracted translations (locales/<tag>/*.xlf): a concept the English sentences name whose term in that \
            language is still a draft is listed, so a project can decide to publish with validated terms only.
            """
    )

    @OptionGroup var options: ProjectOptions
    @OptionGroup var output: ReportFormatOption

    struct DraftUse: Encodable {
        let concept: String
        let english: String
        let term: String
        let sentences: Int
    }

    struct Language: Encodable {
        let locale: String
        let validated: Int
        let draft: Int
        let rejected: Int
        let missing: Int
        let draftsInNotices: [DraftUse]
    }

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "glossary stats")
            defer { projectLock.release() }
            let source = project.config.source
            let termbase = try GlossaryStore(project: project).load()
            // The notices are the same in every locale: count the concepts their English sentences name once.
            var named: [String: Int] = [:]
            for locale in project.config.targets {
                let sentences = try NoticeSentences(project: project, locale: locale)
                guard !sentences.sentences.isEmpty else { continue }
                named = try sentences.byConcept(termbase, sourceLocale: source).mapValues(\.count)
                break
            }
            var languages: [Language] = []
            for locale in project.config.targets {
                var counts: [ReviewStatus: Int] = [:]
                var missing = 0
                var drafts: [DraftUse] = []
                for c in termbase.concepts {
                    guard let section = c.languages.first(where: { $0.language == locale }) else {
                        missing += 1
                        continue
                    }
                    let status = section.reviewStatus
                    counts[status, default: 0] += 1
                    if status == .draft, let uses = named[c.id] {
                        drafts.append(
                            DraftUse(
                                concept: c.id, english: c.preferredTerm(source)?.text ?? "",
                                term: section.preferredTerm?.text ?? "", sentences: uses))
                    }
                }
                languages.append(
                    Language(
                        locale: locale, validated: counts[.validated] ?? 0, draft: counts[.draft] ?? 0,
                        rejected: counts[.rejected] ?? 0, missing: missing, draftsInNotices: drafts))
            }
            if output.format == .json {
                Console.write(try JSONOutput.encode(languages))
                return
            }
            var out = "locale  validated  draft  rejected  missing  drafts in notices\n"
            for l in languages {
                out +=
                    l.locale.padding(toLength: 6, withPad: " ", startingAt: 0)
                    + [l.validated, l.draft, l.rejected, l.missing, l.draftsInNotices.count].enumerated().map { i, n in
                        let width = [11, 7, 10, 9, 19][i]
                        return String(repeating: " ", count: max(1, width - String(n).count)) + String(n)
                    }.joined() + "\n"
            }
            for l in languages where !l.draftsInNotices.isEmpty {
                out +=
                    "\n\(l.locale): draft terms in the notices: "
                    + l.draftsInNotices.map { "\($0.term) (\($0.concept))" }.joined(separator: ", ") + "\n"
            }
            Console.write(out)
        }
    }
}
