import Glossary
import ICU
import Segmentation

/// What the checks share across segments: the termbase, the names allowed to stay untranslated, the length
/// bands, and each locale's ICU data, loaded once.
///
/// Not thread-safe: it caches ICU formatters and term matchers. Use one per thread.
public final class QAContext {
    /// The project termbase, for the glossary and do-not-translate checks; nil when the project has none.
    public let termbase: Termbase?
    /// Texts that may stay identical to the source: the profile's allow-list, proper names of the termbase and
    /// its do-not-translate terms.
    public let allowedIdentical: [String]
    /// The usual target/source length ratio of each target language.
    public let lengthBands: [String: LengthBand]
    /// Quotation marks accepted besides CLDR's, by language subtag (the profile's house style).
    public let extraQuotationMarks: [String: String]
    /// The letter apostrophe of each language subtag that names one (the profile's `apostrophes:`).
    public let apostrophes: [String: String]
    /// The source-language terms marked do-not-translate in the termbase ("WeGO").
    public let doNotTranslate: [String]
    /// The ids of the termbase's proper-name concepts (people, organisations, places): the `proper-names` check
    /// reports them, `glossary` the others.
    public let properNames: Set<String>
    /// The register of the documents checked (`ProjectConfig.register`), for `term-register`; nil: not checked.
    public let register: String?
    /// The words of `allowedIdentical`, case-folded (what the script checks let stand), read once.
    private(set) lazy var allowedIdenticalWords = Set(
        allowedIdentical.flatMap { QAChecks.letterRuns($0).map { CaseMapping.folded($0.text) } })
    private var facts: [String: LocaleFacts] = [:]
    private var termCheckers: [String: TermUsageChecker] = [:]
    /// Why the term checks cannot run into a target locale (ICU refused to open its word breaks), by locale: the
    /// `glossary` check reports it rather than passing the segment unchecked.
    var termCheckFailures: [String: String] = [:]
    private var lastTermUsage: (key: [String], findings: [TermUsageFinding])?
    private var runs = TextMemo<[(text: String, range: Range<Int>)]>()
    private var words = TextMemo<Set<String>>()
    private var spans = TextMemo<[(kind: ProtectedSpan.Kind, range: Range<Int>, text: String)]>()

    /// The runs of letters of `text` (`QAChecks.letterRuns`), computed once for the checks of a segment.
    func letterRuns(_ text: String) -> [(text: String, range: Range<Int>)] {
        runs.value(for: text) { QAChecks.letterRuns($0) }
    }

    /// The case-folded words (letter runs) of `text`, computed once for the checks of a segment.
    func foldedWords(_ text: String) -> Set<String> {
        words.value(for: text) { [self] text in Set(letterRuns(text).map { CaseMapping.folded($0.text) }) }
    }

    /// The protected spans of `text` (`QAChecks.protectedSpans`), computed once for the checks of a segment.
    func protectedSpans(_ text: String) -> [(kind: ProtectedSpan.Kind, range: Range<Int>, text: String)] {
        spans.value(for: text) { QAChecks.protectedSpans($0) }
    }

    /// A context over `termbase` (optional), with `allowedIdentical` texts, `lengthBands` (by language
    /// subtag; the measured UDHR bands by default) and quotation marks accepted besides CLDR's.
    public init(
        termbase: Termbase? = nil, sourceLocale: String = "en", allowedIdentical: [String] = [],
        lengthBands: [String: LengthBand] = LengthBand.udhr, extraQuotationMarks: [String: String] = [:],
        apostrophes: [String: String] = [:], register: String? = nil
    ) {
        self.termbase = termbase
        self.register = register
        self.apostrophes = apostrophes
        self.lengthBands = lengthBands
        self.extraQuotationMarks = extraQuotationMarks
        var dnt: [String] = [], allowed = allowedIdentical
        let sourceLanguage = LanguageTag.language(of: sourceLocale)
        for concept in termbase?.concepts ?? [] {
            for section in concept.languages where LanguageTag.language(of: section.language) == sourceLanguage {
                for term in section.terms {
                    if term.doNotTranslate { dnt.append(term.text) }
                    if term.doNotTranslate || concept.isProperName && term.isAcronym { allowed.append(term.text) }
                }
            }
        }
        self.properNames = Set(termbase?.concepts.filter(\.isProperName).map(\.id) ?? [])
        self.doNotTranslate = Array(Set(dnt)).sorted { ($0.count, $0) > ($1.count, $1) }
        self.allowedIdentical = Array(Set(allowed)).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The ICU facts of `locale`, loaded on first use.
    public func facts(_ locale: String) -> LocaleFacts {
        if let f = facts[locale] { return f }
        let f = LocaleFacts(locale: locale)
        facts[locale] = f
        return f
    }

    /// The glossary findings for one segment (computed once for the checks that share them).
    func termUsage(_ input: QAInput) -> [TermUsageFinding] {
        guard let termbase else { return [] }
        let key = [input.sourceLocale, input.targetLocale, input.sourceText, input.targetText]
        if let last = lastTermUsage, last.key == key { return last.findings }
        guard termCheckFailures[input.targetLocale] == nil else { return [] }
        let checker: TermUsageChecker
        if let cached = termCheckers[input.targetLocale] {
            checker = cached
        } else {
            do {
                checker = try TermUsageChecker(
                    termbase: termbase, sourceLocale: input.sourceLocale, targetLocale: input.targetLocale)
            } catch {
                termCheckFailures[input.targetLocale] = error.description
                return []
            }
            termCheckers[input.targetLocale] = checker
        }
        let findings = checker.check(
            source: input.sourceText, target: input.targetText, register: input.isMessageFormat ? nil : register)
        lastTermUsage = (key, findings)
        return findings
    }
}

/// What several checks compute from one text, kept for the last few texts: the checks of a segment read its
/// source and target many times over.
struct TextMemo<Value> {
    private var entries: [(text: String, value: Value)] = []

    mutating func value(for text: String, _ make: (String) -> Value) -> Value {
        if let hit = entries.first(where: { $0.text == text }) { return hit.value }
        let value = make(text)
        if entries.count == 4 { entries.removeFirst() }
        entries.append((text, value))
        return value
    }
}
