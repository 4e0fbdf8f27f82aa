import Foundation
import Glossary
import ICU
import Inline
import Interchange
import JejuSupport
import TranslationMemory

/// A complete OmegaT project for one target locale (`jeju export --format omegat`), as the files it holds: a
/// translator unzips it, opens it in OmegaT (3.6 or later) and translates; `jeju merge` takes its `target/` files
/// back.
///
/// - `omegat.project`: the languages, the folders, `sentence_seg` false (Jeju's segments are OmegaT's: no second
///   segmentation), tags kept.
/// - `omegat/filters.xml`: OmegaT's PO filter with `skipHeader`, so the PO header is not a segment.
/// - `source/<document>.po`: one entry per segment, `msgctxt` the segment id, inline codes as OmegaT tags
///   (`OmegaTTags`), `#.` comments (notes, key, glossary terms, state) that OmegaT shows in its Comments pane,
///   `msgstr` empty: the translations come from the memories.
/// - `tm/auto/<tag>-translations.tmx`: the canonical translations (translated, reviewed or final) in OmegaT's
///   representation of inline codes (the tags as text, as OmegaT writes `project_save.tmx`), so OmegaT fills
///   every translated segment, coded ones included, by exact match — except a source translated in two ways,
///   whose translations are candidates (OmegaT would put one of them everywhere).
/// - `tm/<tag>-candidates.tmx`: drafts, previous translations of changed segments, memory candidates and the
///   translations of sources translated in two ways, offered as matches (never inserted).
/// - `tm/<tag>-memory.tmx`: the project memory; `tm/penalty-N/NAME.tmx`: each imported memory with its penalty.
/// - `glossary/<tag>.utf8`: the termbase in OmegaT's TSV layout, every usable term on its own line
///   (`OmegaTGlossary.kit`).
public enum OmegaTKit {
    /// The header value of `ReturnedWork.tagsField` in the kit's PO files.
    public static let tagsValue = "omegat"

    /// The folders OmegaT requires to exist when it opens a project (empty ones included).
    public static let folders = ["source", "target", "tm", "glossary", "dictionary", "omegat"]

    /// The files of the kit for `locale`, paths relative to the kit folder; nil when no document has a
    /// canonical translation yet.
    public static func files(project: Project, locale: String, termbase: Termbase?) throws(Diagnostic) -> [(
        path: String, data: Data
    )]? {
        let source = project.config.source
        var files: [(path: String, data: Data)] = []
        var translations: [(String, String)] = []
        var candidates: [(String, String)] = []
        for document in try SourceDocument.all(in: project) {
            guard
                let canonical = try CanonicalTranslation.load(
                    project: project, locale: locale, documentID: document.id),
                let file = canonical.file(id: document.id)
            else { continue }
            files.append(("source/\(document.id).po", Data(POWriter.string(po(canonical, file: file)).utf8)))
            for unit in file.units {
                for s in unit.segments where !s.isIgnorable {
                    guard let id = s.id else { continue }
                    let numbering = OmegaTTags.numbering(s.source)
                    let src = OmegaTTags.render(s.source, numbering: numbering)
                    if let t = s.target, !t.isEmpty {
                        let pair = (src, OmegaTTags.render(t, numbering: numbering))
                        if s.effectiveState >= .translated {
                            translations.append(pair)
                        } else {
                            candidates.append(pair)
                        }
                    }
                    for m in unit.matches where m.segmentID == id && !m.target.isEmpty {
                        let n = OmegaTTags.numbering(m.source)
                        candidates.append(
                            (OmegaTTags.render(m.source, numbering: n), OmegaTTags.render(m.target, numbering: n)))
                    }
                }
            }
        }
        guard !files.isEmpty else { return nil }
        // OmegaT inserts one translation per source text from tm/auto; a source translated two ways (in two notices)
        // would come back with one of them in both places. Such sources are offered as candidates instead: the
        // translator picks per segment, and a segment left empty merges as no change.
        var targets: [String: Set<String>] = [:]
        for (s, t) in translations { targets[s, default: []].insert(t) }
        candidates += translations.filter { (targets[$0.0]?.count ?? 0) > 1 }
        translations = translations.filter { (targets[$0.0]?.count ?? 0) == 1 }
        files.append(("omegat.project", Data(projectFile(source: source, target: locale).utf8)))
        files.append(("omegat/filters.xml", Data(filters.utf8)))
        files.append(("tm/auto/\(locale)-translations.tmx", memory(translations, source: source, target: locale)))
        if !candidates.isEmpty {
            files.append(("tm/\(locale)-candidates.tmx", memory(candidates, source: source, target: locale)))
        }
        let memories = MemoryFiles(project: project, locale: locale)
        for url in memories.existing {
            let document = try TMXReader.read(
                try TextFile.readBytes(url.path, limit: Limits.memoryBytes), path: project.relativePath(url))
            let pairs = converted(document, source: source, target: locale)
            guard !pairs.isEmpty else { continue }
            if url == memories.projectMemory {
                files.append(("tm/\(locale)-memory.tmx", memory(pairs, source: source, target: locale)))
            } else {
                let penalty =
                    Int(document.header.properties.first { $0.type == MemoryFiles.penaltyProperty }?.value ?? "") ?? 0
                let folder = penalty > 0 ? "tm/penalty-\(min(penalty, 100))" : "tm"
                files.append(("\(folder)/\(url.lastPathComponent)", memory(pairs, source: source, target: locale)))
            }
        }
        if let termbase {
            files.append(
                ("glossary/\(locale).utf8", Data(OmegaTGlossary.kit(termbase, source: source, target: locale).utf8)))
        }
        return files
    }

    /// The PO source file of one document: Jeju's PO export with OmegaT tags and no translations.
    public static func po(_ document: XLIFFDocument, file: XLIFFFile) -> POFile {
        var po = Exporter.po(document, file: file)
        po.headerComments = [
            "Source file of a Jeju kit for OmegaT (\(file.original ?? file.id) into \(document.targetLanguage ?? "")); the translations come from tm/auto."
        ]
        po.header.append((ReturnedWork.tagsField, tagsValue))
        var byID: [String: POEntry] = [:]
        for e in po.entries { if let id = e.context { byID[id] = e } }
        var entries: [POEntry] = []
        for unit in file.units {
            for s in unit.segments where !s.isIgnorable {
                guard let id = s.id, var e = byID[id] else { continue }
                let numbering = OmegaTTags.numbering(s.source)
                e.id = OmegaTTags.render(s.source, numbering: numbering)
                e.previousID = nil
                e.translations = [""]
                e.flags = []
                e.extractedComments = e.extractedComments.map {
                    $0.hasPrefix("Keep the numbered tags")
                        ? "Keep the tags <g0>…</g0>, <x1/>: they are the formatting and links of the source." : $0
                }
                entries.append(e)
            }
        }
        po.entries = entries
        return po
    }

    /// A TMX memory of `pairs` (OmegaT-tagged source and target text, tags as text), one unit per distinct pair.
    static func memory(_ pairs: [(String, String)], source: String, target: String) -> Data {
        var seen = Set<String>()
        var units: [TranslationUnit] = []
        for (s, t) in pairs where seen.insert(s + "\u{0}" + t).inserted {
            units.append(
                TranslationUnit(variants: [
                    TranslationVariant(language: source, segment: Inline.Segment(text: Normalizer.nfc(s))),
                    TranslationVariant(language: target, segment: Inline.Segment(text: Normalizer.nfc(t))),
                ]))
        }
        let header = TMXHeader(attributes: [
            "creationtool": "Jeju", "creationtoolversion": "1", "segtype": "paragraph", "o-tmf": "OmegaT TMX",
            "adminlang": "en",
            "srclang": source, "datatype": "plaintext",
        ])
        return TMXWriter.data(TMXDocument(header: header, units: units))
    }

    /// The units of a Jeju memory as OmegaT-tagged pairs (Jeju's `bpt`/`ept`/`ph`/`it` become `<g0>`, `<x1/>`,
    /// `<bx2/>`, numbered by the source).
    static func converted(_ document: TMXDocument, source: String, target: String) -> [(String, String)] {
        var out: [(String, String)] = []
        for unit in document.units {
            guard let s = unit.variant(in: source),
                let t = unit.variants.first(where: { $0.isIn(target) && !$0.isIn(source) })
            else { continue }
            var data: [(id: String, value: String)] = []
            let sx = InlineContent.xliff(InlineContent.notice(tmx: s.segment), originalData: &data)
            let tx = InlineContent.xliff(InlineContent.notice(tmx: t.segment), originalData: &data)
            let numbering = OmegaTTags.numbering(sx)
            out.append((OmegaTTags.render(sx, numbering: numbering), OmegaTTags.render(tx, numbering: numbering)))
        }
        return out
    }

    /// `omegat.project` for OmegaT 3.6 and later.
    static func projectFile(source: String, target: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <omegat>
            <project version="1.0">
                <source_dir>source</source_dir>
                <source_dir_excludes/>
                <target_dir>target</target_dir>
                <tm_dir>tm</tm_dir>
                <glossary_dir>glossary</glossary_dir>
                <glossary_file>glossary/glossary.txt</glossary_file>
                <dictionary_dir>dictionary</dictionary_dir>
                <source_lang>\(XMLEscape.text(source))</source_lang>
                <target_lang>\(XMLEscape.text(target))</target_lang>
                <source_tok>\(source.hasPrefix("en") ? "org.omegat.tokenizer.LuceneEnglishTokenizer" : "org.omegat.tokenizer.DefaultTokenizer")</source_tok>
                <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
                <sentence_seg>false</sentence_seg>
                <support_default_translations>true</support_default_translations>
                <remove_tags>false</remove_tags>
            </project>
        </omegat>

        """
    }

    /// The project's filter settings: the PO filter skips the header (OmegaT adds its defaults for the others).
    static let filters = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <filters removeTags="false" removeSpacesNonseg="true" preserveSpaces="false" ignoreFileContext="false">
            <filter className="org.omegat.filters2.po.PoFilter" enabled="true">
                <files sourceFilenameMask="*.po" targetFilenamePattern="${filename}" sourceEncoding="UTF-8" targetEncoding="UTF-8"/>
                <option name="skipHeader" value="true"/>
            </filter>
        </filters>

        """
}
