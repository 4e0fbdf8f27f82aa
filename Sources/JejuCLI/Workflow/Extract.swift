import ArgumentParser
import Foundation
import Glossary
import Interchange
import JejuSupport
import TranslationMemory
import Workflow

/// `jeju extract [NOTICE…] [--locale TAG…]`.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write or update the XLIFF 2.1 files translators work on: locales/<tag>/<notice>.xlf and ui.xlf.",
        discussion: """
            One <file> per notice, one <unit> per block, one <segment> per sentence, with context notes, glossary \
            terms and memory candidates. An exact or in-context memory match fills the target (state translated, \
            subState jeju:tm-exact or jeju:tm-in-context); a fuzzy match is only a candidate. Run it again after \
            editing a notice: unchanged sentences keep their translation and state; a changed sentence keeps its \
            old translation as a candidate and goes back to initial (subState jeju:source-changed); translations \
            of removed sentences go to the memory. Files that would not change are not rewritten.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Argument(help: "Notices to extract (id or file name; 'ui' for the UI messages). Default: all.")
    var notices: [String] = []

    @OptionGroup var locales: TargetLocaleOptions

    @OptionGroup var output: ReportFormatOption

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.write, command: "extract")
            defer { projectLock.release() }
            let targets = try locales.targets(in: project)
            let documents = try SourceDocument.all(in: project, only: notices)
            let store = GlossaryStore(project: project)
            let termbase = try store.loadIfAny()
            let session = try SharedMemory.session(project)
            defer { session?.close() }
            // Everything is read and built before anything is written: bad input anywhere changes nothing.
            let progress = options.progress("extracting", total: targets.count * documents.count, unit: "translations")
            progress.update(0)
            /// One locale's outcomes and the translations its memory gains.
            func extract(_ locale: String) throws(Diagnostic) -> ([(URL, Extractor.Outcome)], [ProjectMemory.Entry]) {
                let memory = try SharedMemory.lookup(session, project: project, locale: locale)
                // An extractor of its own: its term matchers are not shared between threads.
                let extractor = Extractor(project: project, termbase: termbase)
                var outcomes: [(URL, Extractor.Outcome)] = []
                var entries: [ProjectMemory.Entry] = []
                for document in documents {
                    // The glossary entries are made afresh from the termbase; the old ones are not read.
                    let old = try CanonicalTranslation.load(
                        project: project, locale: locale, documentID: document.id, without: [.glossary])
                    let outcome = try extractor.extract(document, locale: locale, old: old, memory: memory)
                    outcomes.append(
                        (CanonicalTranslation.url(project: project, locale: locale, documentID: document.id), outcome))
                    entries += outcome.memoryEntries
                    progress.advance()
                }
                return (outcomes, entries)
            }
            // Locales are independent: with the embedded memory each runs on a core of its own (its own index
            // connection); a server session serves one caller at a time.
            let perLocale =
                session == nil
                ? try Parallel.map(targets.count) { i throws(Diagnostic) in try extract(targets[i]) }
                : try targets.map { locale throws(Diagnostic) in try extract(locale) }
            progress.finish()
            let outcomes = perLocale.flatMap(\.0)
            var memoryEntries: [String: [ProjectMemory.Entry]] = [:]
            for (locale, part) in zip(targets, perLocale) { memoryEntries[locale] = part.1 }
            // The XLIFF files and the memories change together, or (on any failure, or kill -9 before the commit)
            // none of them.
            var transaction = FileTransaction(root: project.root)
            var lines: [ExtractLine] = []
            // Written out on both cores, a batch at a time (the texts of one batch are held at once).
            for batch in stride(from: 0, to: outcomes.count, by: 512) {
                let range = batch..<min(outcomes.count, batch + 512)
                let texts = try Parallel.map(range.count) { i throws(Diagnostic) in
                    XLIFFWriter.data(outcomes[range.lowerBound + i].1.document)
                }
                for (i, data) in zip(range, texts) {
                    let (url, outcome) = outcomes[i]
                    let written = try transaction.stageIfChanged(data, to: url)
                    let r = outcome.report
                    lines.append(
                        ExtractLine(
                            file: project.relativePath(url), locale: r.locale, document: r.document, written: written,
                            segments: r.unchanged + r.added + r.changed, added: r.added, changed: r.changed,
                            removed: r.removed, pretranslated: r.pretranslated))
                }
            }
            var memories: [(ProjectMemory, ProjectMemory.Written)] = []
            var published: [(ProjectMemory, TMXDocument)] = []
            for locale in targets {
                guard let entries = memoryEntries[locale], !entries.isEmpty else { continue }
                let memory = ProjectMemory(project: project, locale: locale)
                let (document, report) = try memory.merged(entries)
                if report.added + report.updated > 0 {
                    memories.append((memory, try memory.stage(document, in: &transaction)))
                    published.append((memory, document))
                }
            }
            try SharedMemory.publish(
                session, project: project, documents: published, origin: "jeju extract", command: "jeju extract")
            try transaction.commit()
            for (memory, written) in memories { try memory.index(written) }
            if output.format == .json {
                Console.write(try JSONOutput.encode(lines))
                return
            }
            var out = ""
            for l in lines {
                out +=
                    "\(l.file): \(l.segments) segments, \(l.added) new, \(l.changed) changed, \(l.removed) removed, \(l.pretranslated) from memory"
                out += l.written ? "\n" : " (unchanged)\n"
            }
            Console.write(out)
        }
    }

    /// `--locale` values checked against jeju.yml, or every target.
}

/// One line of `jeju extract --format json`.
struct ExtractLine: Encodable {
    var file: String
    var locale: String
    var document: String
    var written: Bool
    var segments: Int
    var added: Int
    var changed: Int
    var removed: Int
    var pretranslated: Int
}
