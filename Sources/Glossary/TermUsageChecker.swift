import ICU

/// Checks glossary term usage in a translation: a concept named in the source whose approved target term is
/// missing from the target (inflected forms count, by the target language's `Morphology`), and deprecated
/// target terms used. Where the termbase has several concepts for one source term, the target needs the
/// approved term of one of them. Where the language's derivations are modelled (`Morphology.derivational(forLocale:)`), an
/// approved term present only as another part of speech is reported as `partOfSpeech`, not `missing`. Each
/// finding says whether a review validated the concept's terms in the target language. Given the document's
/// register (`news`, `formal`), an approved target term the termbase marks for other registers only is reported
/// (`register`) unless the source sentence itself used a term of that register: "Republik Korea" where a news
/// text says "Korea".
///
/// Setup can fail (ICU); checking cannot. Not thread-safe (its matchers cache word ids).
public final class TermUsageChecker {
    private let termbase: Termbase
    private let source: TermMatcher
    private let target: TermMatcher
    /// The target terms with derivations across parts of speech, when the language has them modelled.
    private let derived: TermMatcher?
    /// The target locale.
    public let targetLocale: String
    /// The registers of the terms that name some, by concept and term text: source and target language.
    private let sourceRegisters: [String: [String: [String]]]
    private let targetRegisters: [String: [String: [String]]]
    private let conceptIndex: [String: Int]

    /// A checker for translations from `sourceLocale` into `targetLocale`.
    public init(termbase: Termbase, sourceLocale: String = "en", targetLocale: String) throws(ICUError) {
        self.termbase = termbase
        self.targetLocale = targetLocale
        self.source = try TermMatcher(
            termbase: termbase, locale: sourceLocale,
            statuses: [nil, .preferred, .admitted, .deprecated, .superseded])
        self.target = try TermMatcher(termbase: termbase, locale: targetLocale)
        if let m = Morphology.derivational(forLocale: targetLocale) {
            self.derived = try TermMatcher(termbase: termbase, locale: targetLocale, morphology: m)
        } else {
            self.derived = nil
        }
        var index: [String: Int] = [:]
        for (i, c) in termbase.concepts.enumerated() where index[c.id] == nil { index[c.id] = i }
        self.conceptIndex = index
        func registers(_ locale: String) -> [String: [String: [String]]] {
            var out: [String: [String: [String]]] = [:]
            for c in termbase.concepts {
                for t in c.section(locale)?.terms ?? [] where !t.registers.isEmpty {
                    out[c.id, default: [:]][t.text] = t.registers
                }
            }
            return out
        }
        self.sourceRegisters = registers(sourceLocale)
        self.targetRegisters = registers(targetLocale)
    }

    /// The findings for one source segment and its translation, in source order (missing) then target order
    /// (deprecated, then register). `register` is the document's (`ProjectConfig.register`); nil checks no register.
    public func check(source sourceText: String, target targetText: String, register: String? = nil)
        -> [TermUsageFinding]
    {
        let inSource = source.matches(in: sourceText)
        let inTarget = target.matches(in: targetText, overlapping: true)
        var approvedFound: Set<String> = []
        var approvedSpans: [String: [Range<String.Index>]] = [:]
        for m in inTarget where m.status == nil || m.status == .preferred || m.status == .admitted {
            approvedFound.insert(m.conceptID)
            approvedSpans[m.conceptID, default: []].append(m.range)
        }
        // A source term the termbase has several concepts for (homonyms, or one concept entered twice) names one
        // of them at each place: the target needs the approved term of one.
        var namedAt: [Range<String.Index>: [String]] = [:]
        for m in inSource { namedAt[m.range, default: []].append(m.conceptID) }
        var out: [TermUsageFinding] = []
        var reported: Set<String> = []
        // Derived forms of approved terms, looked for only when something is missing.
        var derivedForms: [String: String]?
        for m in inSource where !approvedFound.contains(m.conceptID) && !reported.contains(m.conceptID) {
            if namedAt[m.range]?.contains(where: approvedFound.contains) ?? false { continue }
            guard let i = conceptIndex[m.conceptID], let section = termbase.concepts[i].section(targetLocale) else {
                continue
            }
            let expected = approved(section)
            guard !expected.isEmpty else { continue }
            reported.insert(m.conceptID)
            if derivedForms == nil, let derived {
                var forms: [String: String] = [:]
                for d in derived.matches(in: targetText, overlapping: true)
                where (d.status == nil || d.status == .preferred || d.status == .admitted) && forms[d.conceptID] == nil
                {
                    forms[d.conceptID] = d.text
                }
                derivedForms = forms
            }
            if let form = derivedForms?[m.conceptID] {
                out.append(
                    TermUsageFinding(
                        kind: .partOfSpeech, conceptID: m.conceptID, text: form, expected: expected,
                        review: section.reviewStatus))
            } else {
                out.append(
                    TermUsageFinding(
                        kind: .missing, conceptID: m.conceptID, text: m.text, expected: expected,
                        review: section.reviewStatus))
            }
        }
        for m in inTarget where m.status == .deprecated || m.status == .superseded {
            // A deprecated form that is also an approved one of the same concept at the same place is not a use.
            if approvedSpans[m.conceptID]?.contains(where: { $0.overlaps(m.range) }) ?? false { continue }
            let section = conceptIndex[m.conceptID].flatMap { termbase.concepts[$0].section(targetLocale) }
            out.append(
                TermUsageFinding(
                    kind: .deprecated, conceptID: m.conceptID, text: m.text,
                    expected: section.map(approved) ?? [], review: section?.reviewStatus ?? .draft,
                    termStatus: m.status))
        }
        if let register { out += registerFindings(register, inSource: inSource, inTarget: inTarget) }
        return out
    }

    /// Approved target terms marked for other registers than the document's, where the source did not choose a
    /// term of that register and the concept has a term that fits.
    private func registerFindings(_ register: String, inSource: [TermMatch], inTarget: [TermMatch])
        -> [TermUsageFinding]
    {
        var out: [TermUsageFinding] = []
        var reported: Set<[String]> = []
        for m in inTarget where m.status == nil || m.status == .preferred || m.status == .admitted {
            // Most terms name no register: one dictionary read rules them out.
            guard let own = targetRegisters[m.conceptID]?[m.term], !own.contains(register),
                let i = conceptIndex[m.conceptID], let section = termbase.concepts[i].section(targetLocale)
            else { continue }
            let chosen = inSource.contains { s in
                s.conceptID == m.conceptID
                    && (sourceRegisters[s.conceptID]?[s.term] ?? []).contains(where: own.contains)
            }
            let fitting = approvedTerms(section).filter { $0.fits(register: register) }.map(\.text)
            guard !chosen, !fitting.isEmpty, reported.insert([m.conceptID, m.term]).inserted else { continue }
            out.append(
                TermUsageFinding(
                    kind: .register, conceptID: m.conceptID, text: m.text, expected: fitting,
                    review: section.reviewStatus, registers: own))
        }
        return out
    }

    private func approved(_ section: LanguageSection) -> [String] { approvedTerms(section).map(\.text) }

    private func approvedTerms(_ section: LanguageSection) -> [Term] {
        section.terms.filter(\.isPreferred) + section.terms.filter { $0.status == .admitted }
    }
}
