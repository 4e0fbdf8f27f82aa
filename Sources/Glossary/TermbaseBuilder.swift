import ICU
import JejuSupport

/// Builds a termbase row by row from delimited files, validating ids, language codes and picklist values
/// with the position of the offending field.
struct TermbaseBuilder {
    let path: String
    let options: ImportOptions
    var termbase = Termbase()
    /// What the import noticed without failing (term notation it could not read one way only).
    var findings: [GlossaryFinding] = []
    private var index: [String: Int] = [:]

    init(path: String, options: ImportOptions) {
        self.path = path
        self.options = options
    }

    func fail(_ f: DelimitedText.Field, _ message: String, rule: String = "glossary.import-row") -> Diagnostic {
        Diagnostic(rule: rule, path: path, line: f.line, column: f.column, message: message)
    }

    func conceptID(_ f: DelimitedText.Field?) throws(Diagnostic) -> String {
        guard let f else { return "" }
        let raw = f.value.trimmingWhitespace()
        guard !raw.isEmpty else { throw fail(f, "empty concept id") }
        var id = options.idPrefix + raw
        if !TBXReader.isNCName(id) { id = "c" + id }
        guard TBXReader.isNCName(id) else { throw fail(f, "concept id '\(raw)' cannot be made an XML name") }
        return id
    }

    /// A language tag from a field (TICO's `am_ET` becomes `am-ET`), mapped and validated.
    func language(_ f: DelimitedText.Field?, default fallback: String?) throws(Diagnostic) -> String {
        guard let f, !f.value.isEmpty else {
            if let fallback { return fallback }
            throw Diagnostic(rule: "glossary.language", path: path, message: "no language given")
        }
        var tag = f.value.trimmingWhitespace()
        if let mapped = options.languageMap[tag] { tag = mapped }
        tag = LanguageTag(tag).hyphenated
        if let mapped = options.languageMap[tag] { tag = mapped }
        guard LanguageTag.isWellFormed(tag) else {
            throw fail(f, "'\(f.value)' is not a language code", rule: "glossary.language")
        }
        guard LikelySubtags.isKnownLanguage(tag) else {
            throw fail(
                f, "unknown language code '\(f.value)'; map it to a real one with --map-language \(f.value)=CODE",
                rule: "glossary.language")
        }
        return tag
    }

    mutating func add(
        concept id: String, language: String, term termField: DelimitedText.Field?, pos: DelimitedText.Field?,
        definition: String?, definitionSource: String? = nil, subjectField: String? = nil, properName: String? = nil,
        termType: DelimitedText.Field? = nil, status: DelimitedText.Field? = nil, doNotTranslate: String? = nil,
        note: String? = nil, notation: Bool = false, abbreviations: Bool = false
    ) throws(Diagnostic) {
        guard let termField else { return }
        var texts = [termField.value]
        if notation {
            let (terms, problem) = TermNotation.expand(termField.value, abbreviations: abbreviations)
            texts = terms
            if let problem {
                findings.append(
                    GlossaryFinding(
                        check: "term-notation", severity: .warning, path: path,
                        position: SourcePosition(line: termField.line, column: termField.column), conceptID: id,
                        locale: language, message: problem + "; kept as one term"))
            }
        }
        if index[id] == nil {
            index[id] = termbase.concepts.count
            termbase.concepts.append(Concept(id: id, position: SourcePosition(line: termField.line, column: 1)))
        }
        guard let ci = index[id] else { return }
        var concept = termbase.concepts[ci]
        var term = Term(texts[0], position: SourcePosition(line: termField.line, column: termField.column))
        if let pos, !pos.value.isEmpty {
            let v = pos.value.trimmingWhitespace().lowercased()
            if let p = Term.PartOfSpeech(rawValue: v) {
                term.partOfSpeech = p
            } else if v == "proper noun" {
                term.partOfSpeech = .noun
                concept.isProperName = true
            } else {
                throw fail(
                    pos, "part of speech '\(pos.value)' is not one of noun, verb, adjective, adverb, other, proper noun"
                )
            }
        }
        if let termType, !termType.value.isEmpty {
            guard let t = Term.TermType(rawValue: termType.value.trimmingWhitespace()) else {
                throw fail(
                    termType,
                    "termType '\(termType.value)' is not one of \(Term.TermType.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            term.termType = t
        }
        if let status, !status.value.isEmpty {
            guard let s = Term.AdministrativeStatus(name: status.value) else {
                throw fail(status, "status '\(status.value)' is not one of preferred, admitted, deprecated, superseded")
            }
            term.status = s
        }
        term.doNotTranslate = Self.isYes(doNotTranslate)
        if let note, !note.isEmpty {
            term.notes = note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        if let subjectField, !subjectField.isEmpty { concept.subjectField = subjectField }
        if Self.isYes(properName) { concept.isProperName = true }
        var si = concept.languages.firstIndex { $0.language == language }
        if si == nil {
            concept.languages.append(LanguageSection(language: language))
            si = concept.languages.count - 1
        }
        if let si {
            if let definition, !definition.isEmpty {
                for d in definition.split(separator: "\n").map(String.init)
                where !concept.languages[si].definitions.contains(d) {
                    concept.languages[si].definitions.append(d)
                }
            }
            if let definitionSource, !definitionSource.isEmpty {
                concept.languages[si].definitionSource = definitionSource
            }
            for text in texts {
                var variant = term
                variant.text = text
                if !concept.languages[si].terms.contains(variant) { concept.languages[si].terms.append(variant) }
            }
        }
        termbase.concepts[ci] = concept
    }

    static func isYes(_ s: String?) -> Bool {
        guard let s = s?.trimmingWhitespace().lowercased() else { return false }
        return ["yes", "true", "1", "y", "x"].contains(s)
    }
}
