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
        commandName: "extract",
        abstract: "Write or update the XLIFF 2.1 files translators work on: locales/<tag>/<notice>.xlf and ui.xlf.",
        discussion: """
            One <file> per notice, one <unit> per block, one <segment> per sentence, with context notes, glossary \
            terms and memory candidates. An exact or in-context memory match fills the target (state translated, \
            subState jeju:tm-exact or jeju:tm-in-context); a fuzzy match is only a candidate. Run it again after \
            editing a notice: unchanged sentences keep their translation and state; a changed sentence keeps its \
            old translation as a candidate and goes back to initial (subState jeju:source-changed); translations \
            of removed sentences go to the memory. Files that would not change are not rewritten; files none of whose \
            inputs (source, memory, settings, termbase, the file itself) changed since are not read again.
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
            // A file none of whose inputs changed since an extract last left it as it was is not read again.
            let key = ExtractState.key(project)
            let previous = session == nil ? ExtractState.load(project, key: key) : ExtractState(key: key)
            let digests = documents.map(\.digest)
            var memoryBefore: [String: String] = [:]
            if session == nil {
                for locale in targets { memoryBefore[locale] = ExtractState.memory(project, locale: locale) }
            }
            // Everything is read and built before anything is written: bad input anywhere changes nothing.
            let progress = options.progress("extracting", total: targets.count * documents.count, unit: "translations")
            progress.update(0)
            /// One locale's outcomes and the translations its memory gains.
            func extract(_ locale: String) throws(Diagnostic) -> ([Extraction], [ProjectMemory.Entry]) {
                var memory: (any MemoryLookup)?? = nil
                // An extractor of its own: its term matchers are not shared between threads.
                let extractor = Extractor(project: project, termbase: termbase)
                var outcomes: [Extraction] = []
                var entries: [ProjectMemory.Entry] = []
                for (d, document) in documents.enumerated() {
                    defer { progress.advance() }
                    let url = CanonicalTranslation.url(project: project, locale: locale, documentID: document.id)
                    if let state = memoryBefore[locale],
                        let segments = previous.unchanged(
                            locale: locale, memory: state, path: project.relativePath(url), absolute: url.path,
                            source: digests[d])
                    {
                        outcomes.append(Extraction(url: url, locale: locale, document: d, outcome: nil, kept: segments))
                        continue
                    }
                    // The memory is opened for the first document that needs it.
                    if memory == nil {
                        memory = .some(try SharedMemory.lookup(session, project: project, locale: locale))
                    }
                    // The glossary entries are made afresh from the termbase; the old ones are not read.
                    let old = try CanonicalTranslation.load(
                        project: project, locale: locale, documentID: document.id, without: [.glossary])
                    let outcome = try extractor.extract(document, locale: locale, old: old, memory: memory ?? nil)
                    outcomes.append(Extraction(url: url, locale: locale, document: d, outcome: outcome, kept: 0))
                    entries += outcome.memoryEntries
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
            var outcomes = perLocale.flatMap(\.0)
            var memoryEntries: [String: [ProjectMemory.Entry]] = [:]
            for (locale, part) in zip(targets, perLocale) { memoryEntries[locale] = part.1 }
            // The XLIFF files and the memories change together, or (on any failure, or kill -9 before the commit)
            // none of them.
            var transaction = FileTransaction(root: project.root)
            var lines: [ExtractLine] = []
            // If anything below fails, the files staged so far are removed.
            defer { transaction.abandon() }
            // Written out (serialised, compared with the file, staged) on both cores, a batch at a time (the texts
            // of one batch are held at once).
            for batch in stride(from: 0, to: outcomes.count, by: 512) {
                let range = batch..<min(outcomes.count, batch + 512)
                let staged = try Parallel.map(range.count) { i -> Result<FileTransaction.PreparedFile?, Diagnostic>? in
                    let e = outcomes[range.lowerBound + i]
                    guard let outcome = e.outcome else { return nil }
                    return Result { () throws(Diagnostic) in
                        try FileTransaction.prepareIfChanged(XLIFFWriter.data(outcome.document), to: e.url)
                    }
                }
                // Every file prepared is adopted before a failure is reported, so that none is left behind.
                var failure: Diagnostic?
                for (i, result) in zip(range, staged) {
                    let url = outcomes[i].url
                    guard let outcome = outcomes[i].outcome, let result else {
                        let n = outcomes[i].kept
                        lines.append(
                            ExtractLine(
                                file: project.relativePath(url), locale: outcomes[i].locale,
                                document: documents[outcomes[i].document].id, written: false, segments: n, added: 0,
                                changed: 0, removed: 0, pretranslated: 0))
                        continue
                    }
                    let prepared: FileTransaction.PreparedFile?
                    switch result {
                    case .success(let p): prepared = p
                    case .failure(let error):
                        failure = failure ?? error
                        continue
                    }
                    if let prepared { transaction.adopt(prepared) }
                    let r = outcome.report
                    outcomes[i].kept = r.unchanged + r.added + r.changed
                    // Only the report and the counts are needed from here on.
                    outcomes[i].outcome?.document = XLIFFDocument(sourceLanguage: "", targetLanguage: nil)
                    lines.append(
                        ExtractLine(
                            file: project.relativePath(url), locale: r.locale, document: r.document,
                            written: prepared != nil, segments: r.unchanged + r.added + r.changed, added: r.added,
                            changed: r.changed, removed: r.removed, pretranslated: r.pretranslated))
                }
                if let failure { throw failure }
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
            if session == nil {
                record(outcomes, digests: digests, memoryBefore: memoryBefore, previous: previous, project: project)
            }
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

    /// One translation file of the run: extracted (`outcome`), or skipped as unchanged (`outcome` nil).
    struct Extraction {
        var url: URL
        var locale: String
        /// The index of its source document.
        var document: Int
        var outcome: Extractor.Outcome?
        /// The segments the file holds.
        var kept: Int
    }

    /// Records, for the next extract, the files this one left as they are: every file of a locale whose memory it
    /// did not change, except those where a changed sentence left its old translation as a candidate (the next
    /// extract drops it). The files of locales whose memory changed, and those written meanwhile by anyone, are
    /// read again next time.
    func record(
        _ extractions: [Extraction], digests: [String], memoryBefore: [String: String], previous: ExtractState,
        project: Project
    ) {
        var state = ExtractState(key: previous.key)
        var byLocale: [String: [Extraction]] = [:]
        for e in extractions { byLocale[e.locale, default: []].append(e) }
        for (locale, items) in byLocale {
            let memory = ExtractState.memory(project, locale: locale)
            guard memory == memoryBefore[locale] else { continue }
            var entry = ExtractState.Locale(memory: memory)
            // Documents not extracted this time keep what was known of them.
            if let old = previous.locales[locale], old.memory == memory { entry.files = old.files }
            for e in items {
                let path = project.relativePath(e.url)
                guard (e.outcome?.report.changed ?? 0) == 0 else {
                    entry.files[path] = nil
                    continue
                }
                let stamp = FileStamp.of(e.url)
                entry.files[path] = ExtractState.File(
                    size: stamp.size, mtime: stamp.mtime, source: digests[e.document], segments: e.kept)
            }
            state.locales[locale] = entry
        }
        state.save(project)
    }
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
