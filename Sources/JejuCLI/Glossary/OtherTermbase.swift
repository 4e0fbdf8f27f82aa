import Foundation
import Glossary
import JejuSupport

/// A termbase given with `--compare`: its target-language terms, found by the English terms they translate.
struct OtherTermbase {
    let name: String
    let terms: [String: [String]]

    init(_ file: String, resolved: String, source: String, locale: String) throws {
        let data = try TextFile.readBytes(resolved)
        guard let kind = TermbaseFormat.detect(data, path: file) else {
            throw Diagnostic(
                rule: "options.format", path: file,
                message: "cannot tell the termbase format from the content or the extension (tbx, csv or tsv)")
        }
        let termbase = try kind.read(
            data, path: file, options: ImportOptions(sourceLocale: source, targetLocale: locale)
        ).termbase
        var terms: [String: [String]] = [:]
        for c in termbase.concepts {
            guard let english = c.section(source), let target = c.section(locale) else { continue }
            let rendered = target.proposedTerms.map(\.text)
            for t in english.terms {
                let key = t.text.lowercased()
                terms[key, default: []] += rendered.filter { !(terms[key]?.contains($0) ?? false) }
            }
        }
        self.name = (file as NSString).lastPathComponent
        self.terms = terms
    }

    /// `term (file)` for every rendering of the concept's source-language terms.
    func renderings(of concept: Concept, source: String) -> [String] {
        var out: [String] = []
        for t in concept.section(source)?.proposedTerms ?? [] {
            for r in terms[t.text.lowercased()] ?? [] where !out.contains("\(r) (\(name))") {
                out.append("\(r) (\(name))")
            }
        }
        return out
    }
}
