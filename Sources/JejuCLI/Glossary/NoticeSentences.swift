import Foundation
import Glossary
import Interchange
import JejuSupport

/// The notices' sentences in one locale's canonical translations (`locales/<tag>/*.xlf`, the UI messages left
/// out), each with its current translation: the evidence of a review sheet and the usage `glossary stats` counts.
struct NoticeSentences {
    /// One source sentence, where it is, and its translation when it has one.
    struct Sentence {
        let place: String
        let source: String
        let translation: String?
    }

    let sentences: [Sentence]

    /// The sentences of every notice translated into `locale` (none when nothing is extracted yet).
    init(project: Project, locale: String) throws(Diagnostic) {
        let folder = project.localeFolder(locale)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".xlf")
        }.sorted()
        var out: [Sentence] = []
        for name in names {
            let id = String(name.dropLast(4))
            guard id != CanonicalTranslation.uiDocumentID,
                let document = try CanonicalTranslation.load(project: project, locale: locale, documentID: id)
            else { continue }
            let path = project.relativePath(CanonicalTranslation.url(project: project, locale: locale, documentID: id))
            for file in document.files {
                for unit in file.units where unit.translate {
                    for segment in unit.segments where !segment.isIgnorable {
                        let source = InlineContent.notice(xliff: segment.source, originalData: unit.originalData).text
                        let translation = segment.target.map {
                            InlineContent.notice(xliff: $0, originalData: unit.originalData).text
                        }
                        let translated = translation.flatMap {
                            $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0
                        }
                        out.append(Sentence(place: "\(path):\(segment.line)", source: source, translation: translated))
                    }
                }
            }
        }
        sentences = out
    }

    /// For each concept named in the sentences (by its source-language terms), the sentences naming it, in order.
    func byConcept(_ termbase: Termbase, sourceLocale: String) throws -> [String: [Sentence]] {
        let matcher = try TermMatcher(termbase: termbase, locale: sourceLocale)
        var out: [String: [Sentence]] = [:]
        for s in sentences {
            var seen: Set<String> = []
            for m in matcher.matches(in: s.source) where seen.insert(m.conceptID).inserted {
                out[m.conceptID, default: []].append(s)
            }
        }
        return out
    }
}
