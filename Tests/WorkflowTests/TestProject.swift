import Foundation
import Inline
import Interchange
import JejuSupport
import TestSupport
import TranslationMemory
import Workflow

/// A small project on disk for the workflow tests: targets ko and ar, one Markdown notice, UI messages.
struct TestProject {
    let project: Project

    static let notice = """
        ---
        title: Officials meet in Jeju
        date: 2016-05-26
        views: 120
        id: officials-meet
        ---
        Officials from 24 countries met in Jeju. They studied *e-government* at the [Academy](https://academy.example/).

        The course lasted ten days.

        A farewell dinner closed it.

        """

    init() throws {
        let root = try JejuBinary.temporaryFolder()
        let config = ProjectConfig(source: "en", targets: ["ko", "ar"])
        try config.yaml.write(to: root.appendingPathComponent("jeju.yml"), atomically: true, encoding: .utf8)
        project = Project(root: root, config: config)
        try write(Self.notice, to: "locales/en/notices/officials-meet.md")
        try write(
            "{\n  \"notice.date\": \"Date\",\n  \"notice.views\": \"{count, plural, one {# view} other {# views}}\"\n}\n",
            to: "locales/en/ui.json")
    }

    func write(_ text: String, to path: String) throws {
        try AtomicFile.write(text, to: project.url(path))
    }

    func read(_ path: String) throws -> String { try String(contentsOf: project.url(path), encoding: .utf8) }

    /// Runs extract for `locale` over every document and writes the results the way `jeju extract` does.
    @discardableResult
    func extract(_ locale: String = "ko") throws -> [Extractor.Outcome] {
        let extractor = Extractor(project: project, termbase: nil)
        let files = MemoryFiles(project: project, locale: locale)
        let memory = files.existing.isEmpty ? nil : try MemoryIndex(files: files)
        var outcomes: [Extractor.Outcome] = []
        var entries: [ProjectMemory.Entry] = []
        for d in try SourceDocument.all(in: project) {
            let old = try CanonicalTranslation.load(project: project, locale: locale, documentID: d.id)
            let o = try extractor.extract(d, locale: locale, old: old, memory: memory)
            try AtomicFile.writeIfChanged(
                XLIFFWriter.data(o.document),
                to: CanonicalTranslation.url(project: project, locale: locale, documentID: d.id))
            entries += o.memoryEntries
            outcomes.append(o)
        }
        if !entries.isEmpty { try ProjectMemory(project: project, locale: locale).add(entries) }
        return outcomes
    }

    func canonical(_ locale: String = "ko", _ id: String = "officials-meet") throws -> XLIFFDocument? {
        try CanonicalTranslation.load(project: project, locale: locale, documentID: id)
    }

    /// The segment whose source text is `text`, with its unit.
    func segment(_ text: String, locale: String = "ko", document: String = "officials-meet") throws -> (
        XLIFFSegment, XLIFFUnit
    )? {
        guard let file = try canonical(locale, document)?.file(id: document) else { return nil }
        for u in file.units {
            for s in u.segments where !s.isIgnorable && s.source.text == text { return (s, u) }
        }
        return nil
    }

    /// Puts a translation into the canonical file directly (as a translator editing it would).
    func translate(
        _ text: String, as target: String, state: XLIFFState = .translated, locale: String = "ko",
        document: String = "officials-meet"
    ) throws {
        guard var doc = try canonical(locale, document) else { return }
        for (fi, f) in doc.files.enumerated() {
            for (ui, u) in f.units.enumerated() {
                for (si, s) in u.segments.enumerated() where !s.isIgnorable && s.source.text == text {
                    doc.files[fi].units[ui].segments[si].target = Segment(text: target)
                    doc.files[fi].units[ui].segments[si].state = state
                }
            }
        }
        try AtomicFile.write(
            XLIFFWriter.data(doc), to: CanonicalTranslation.url(project: project, locale: locale, documentID: document))
    }

    /// Imports a memory with one unit per (source, target, context).
    func memory(_ units: [(String, String, String?)], locale: String = "ko") throws {
        try ProjectMemory(project: project, locale: locale).add(
            units.map {
                ProjectMemory.Entry(source: .init(text: $0.0), target: .init(text: $0.1), context: $0.2)
            })
    }
}
