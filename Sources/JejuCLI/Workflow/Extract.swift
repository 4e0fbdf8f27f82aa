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
            // Only the embedded memory can tell that nothing changed.
            let digests = session == nil ? documents.map(\.digest) : []
            var memoryBefore: [String: String] = [:]
            if session == nil {
                for locale in targets { memoryBefore[locale] = ExtractState.memory(project, locale: locale) }
            }
            // Nothing visible changes before the commit: each file is written beside its target, hidden, as soon as
            // it is made (so no locale's documents are held at once), and renamed only when every locale succeeded.
            let progress = options.progress("extracting", total: targets.count * documents.count, unit: "translations")
            progress.update(0)
            /// One locale's files, the translations its memory gains, and what stopped it (its files so far are
            /// still returned, so that none is left behind).
            func extract(_ locale: String) -> LocaleExtraction {
                var result = LocaleExtraction()
                var memory: (any MemoryLookup)?
                var memoryOpened = false
                // An extractor of its own: its term matchers are not shared between threads.
                let extractor = Extractor(project: project, termbase: termbase)
                do throws(Diagnostic) {
                    for (d, document) in documents.enumerated() {
                        defer { progress.advance() }
                        let url = CanonicalTranslation.url(project: project, locale: locale, documentID: document.id)
                        if let state = memoryBefore[locale],
                            let segments = previous.unchanged(
                                locale: locale, memory: state, path: project.relativePath(url), absolute: url.path,
                                source: digests[d])
                        {
                            result.items.append(Extraction(url: url, locale: locale, document: d, kept: segments))
                            continue
                        }
                        // The memory is opened for the first document that needs it.
                        if !memoryOpened {
                            memory = try SharedMemory.lookup(session, project: project, locale: locale)
                            memoryOpened = true
                        }
                        // The glossary entries are made afresh from the termbase; the old ones are not read.
                        let old = try CanonicalTranslation.load(
                            project: project, locale: locale, documentID: document.id, without: [.glossary])
                        let outcome = try extractor.extract(document, locale: locale, old: old, memory: memory)
                        var item = Extraction(url: url, locale: locale, document: d, kept: 0)
                        let r = outcome.report
                        (item.report, item.kept) = (r, r.unchanged + r.added + r.changed)
                        item.prepared = try FileTransaction.prepareIfChanged(
                            XLIFFWriter.data(outcome.document), to: url)
                        result.items.append(item)
                        result.entries += outcome.memoryEntries
                    }
                } catch {
                    result.failure = error
                }
                return result
            }
            // Locales are independent: with the embedded memory each runs on a core of its own (its own index
            // connection); a server session serves one caller at a time.
            let perLocale =
                session == nil
                ? try Parallel.map(targets.count) { i in extract(targets[i]) } : targets.map { extract($0) }
            progress.finish()
            // The XLIFF files and the memories change together, or (on any failure, or kill -9 before the commit)
            // none of them: every file written is part of the transaction, which a failure abandons.
            var transaction = FileTransaction(root: project.root)
            defer { transaction.abandon() }
            for part in perLocale {
                for item in part.items { if let prepared = item.prepared { transaction.adopt(prepared) } }
            }
            if let failure = perLocale.lazy.compactMap(\.failure).first { throw failure }
            let extractions = perLocale.flatMap(\.items)
            var memoryEntries: [String: [ProjectMemory.Entry]] = [:]
            for (locale, part) in zip(targets, perLocale) { memoryEntries[locale] = part.entries }
            let lines = extractions.map { e in
                let r = e.report
                return ExtractLine(
                    file: project.relativePath(e.url), locale: e.locale, document: documents[e.document].id,
                    written: e.prepared != nil, segments: e.kept, added: r?.added ?? 0, changed: r?.changed ?? 0,
                    removed: r?.removed ?? 0, pretranslated: r?.pretranslated ?? 0)
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
                record(extractions, digests: digests, memoryBefore: memoryBefore, previous: previous, project: project)
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

    /// One translation file of the run: extracted (`report`), or skipped as unchanged (`report` nil).
    struct Extraction {
        var url: URL
        var locale: String
        /// The index of its source document.
        var document: Int
        /// The segments the file holds.
        var kept: Int
        var report: Extractor.Report?
        /// The new file, written beside it (nil: the file stays as it is).
        var prepared: FileTransaction.PreparedFile?
    }

    /// One locale's part of the run.
    struct LocaleExtraction {
        var items: [Extraction] = []
        var entries: [ProjectMemory.Entry] = []
        var failure: Diagnostic?
    }

    /// Records, for the next extract, the files this one left as they are: every file of a locale whose memory it
    /// did not change, except those where a changed sentence left its old translation as a candidate (the next
    /// extract drops it). The files of locales whose memory changed, and those written meanwhile by anyone, are
    /// read again next time.
    func record(
        _ extractions: [Extraction], digests: [String], memoryBefore: [String: String], previous: ExtractState,
        project: Project
    ) {
        // Locales not extracted this time keep what was known of them.
        var state = previous
        var byLocale: [String: [Extraction]] = [:]
        for e in extractions { byLocale[e.locale, default: []].append(e) }
        for (locale, items) in byLocale {
            let memory = ExtractState.memory(project, locale: locale)
            guard memory == memoryBefore[locale] else {
                state.locales[locale] = nil
                continue
            }
            var entry = ExtractState.Locale(memory: memory)
            // Documents not extracted this time keep what was known of them.
            if let old = previous.locales[locale], old.memory == memory { entry.files = old.files }
            for e in items {
                let path = project.relativePath(e.url)
                guard (e.report?.changed ?? 0) == 0 else {
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
