import Foundation
import Interchange
import JejuSupport
import TranslationMemory

extension OmegaTKit {
    /// The properties OmegaT gives an alternative translation (one for a single occurrence of a repeated
    /// sentence) in its project memory.
    static let alternativeProperties: Set<String> = ["file", "id", "prev", "next", "path"]

    /// The kit's work read from OmegaT's project memory (`omegat/project_save.tmx`, written when the translator
    /// saves) rather than from `target/`: each of the kit's source PO files with every entry given the memory's
    /// translation of its source text (the tags as text, as the kit wrote them), ready for `ReturnedWork.read`.
    /// The entries keep their lines in the source file (up to a translation of several lines), so a diagnostic
    /// points there. An alternative translation
    /// is refused with the reason: which occurrence it belongs to is OmegaT's to say, in its target files.
    public static func returned(sources: [(path: String, text: String)], projectMemory data: Data, path: String)
        throws(Diagnostic) -> [(path: String, text: String)]
    {
        let memory = try TMXReader.read(data, path: path)
        let sourceLanguage = memory.header.sourceLanguage ?? ""
        var translations: [String: String] = [:]
        for unit in memory.units {
            if unit.properties.contains(where: { alternativeProperties.contains($0.type ?? "") }) {
                throw Diagnostic(
                    rule: "omegat.alternative", path: path, line: 1, column: 1,
                    message:
                        "the project memory holds alternative translations (for single occurrences of a repeated sentence): in OmegaT, use Project > Create Translated Documents, then merge the project again"
                )
            }
            guard let s = unit.variant(in: sourceLanguage),
                let t = unit.variants.first(where: { !$0.isIn(sourceLanguage) })
            else { continue }
            translations[s.segment.text] = t.segment.text
        }
        var out: [(path: String, text: String)] = []
        for source in sources {
            var po = try POReader.read(source.text, path: source.path)
            guard po.field(ReturnedWork.tagsField) == tagsValue else {
                throw Diagnostic(
                    rule: "omegat.source", path: source.path, line: 1, column: 1,
                    message:
                        "not a source file of a Jeju kit (no \(ReturnedWork.tagsField): \(tagsValue) in its header)")
            }
            for i in po.entries.indices { po.entries[i].translations = [translations[po.entries[i].id] ?? ""] }
            out.append((source.path, POWriter.string(po)))
        }
        return out
    }
}
