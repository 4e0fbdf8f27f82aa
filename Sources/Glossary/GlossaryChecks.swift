import ICU
import JejuSupport

/// The termbase checks `jeju glossary check` runs (besides the reader's `xml` and `structure` findings).
public enum GlossaryChecks {
    /// Every check, in the order findings are reported for one position.
    public static let all: [GlossaryCheck] = [
        missingLocale, missingDefinition, duplicateConcept, duplicateTerm, statusConflict, notNFC, spacing, script,
        uzbekApostrophe, acronymExpansion, deprecatedWithoutPreferred, termCollision, arabicArticle, register,
    ]

    /// Runs `checks` and returns their findings sorted by position (line, column), then check id.
    public static func run(_ context: GlossaryCheck.Context, checks: [GlossaryCheck] = all) -> [GlossaryFinding] {
        checks.flatMap { $0.run(context) }.sorted(by: GlossaryChecks.order)
    }

    /// Findings order: by line, column, then check id and message.
    public static func order(_ a: GlossaryFinding, _ b: GlossaryFinding) -> Bool {
        (a.line ?? 0, a.column ?? 0, a.check, a.message) < (b.line ?? 0, b.column ?? 0, b.check, b.message)
    }

    /// Each term with its concept and language section, in document order.
    static func eachTerm(_ termbase: Termbase, _ body: (Concept, LanguageSection, Term) -> Void) {
        for c in termbase.concepts { for s in c.languages { for t in s.terms { body(c, s, t) } } }
    }

    /// The comparison key of a term: NFKC case-folded.
    static func key(_ s: String) -> String { Normalizer.normalize(s, .nfkcCasefold) }

    /// A concept without a term in a locale of jeju.yml (or without a usable one: only deprecated terms).
    public static let missingLocale = GlossaryCheck(
        id: "missing-locale", title: "every concept has a term in the source and every target locale", severity: .error
    ) { ctx, check in
        var out: [GlossaryFinding] = []
        for c in ctx.termbase.concepts {
            for locale in [ctx.sourceLocale] + ctx.targetLocales {
                guard let section = c.section(locale) else {
                    out.append(check.finding(ctx, c.position, concept: c.id, locale: locale, "no term in '\(locale)'"))
                    continue
                }
                // A rejected section has only deprecated terms on purpose: it waits for a new proposal (see stats).
                if section.preferredTerm == nil && !section.terms.isEmpty && section.reviewStatus != .rejected {
                    out.append(
                        check.finding(
                            ctx, section.position, concept: c.id, locale: locale,
                            "only deprecated or superseded terms in '\(locale)'; add the approved term"))
                }
            }
        }
        return out
    }

    /// A concept without a definition in the source language.
    public static let missingDefinition = GlossaryCheck(
        id: "missing-definition", title: "every concept has a definition in the source language", severity: .warning
    ) { ctx, check in
        ctx.termbase.concepts.compactMap { c in
            let has = !(c.section(ctx.sourceLocale)?.definitions.isEmpty ?? true) || !c.definitions.isEmpty
            return has
                ? nil
                : check.finding(
                    ctx, c.position, concept: c.id, locale: ctx.sourceLocale,
                    "no definition in '\(ctx.sourceLocale)'")
        }
    }

    /// Two concepts with the same preferred source term and part of speech (the same concept entered twice).
    public static let duplicateConcept = GlossaryCheck(
        id: "duplicate-concept", title: "no concept is entered twice", severity: .error
    ) { ctx, check in
        var seen: [String: Concept] = [:]
        var out: [GlossaryFinding] = []
        for c in ctx.termbase.concepts {
            guard let term = c.preferredTerm(ctx.sourceLocale) else { continue }
            let k = key(term.text) + "|" + (term.partOfSpeech?.rawValue ?? "") + "|" + (c.subjectField ?? "")
            if let first = seen[k] {
                out.append(
                    check.finding(
                        ctx, c.position, concept: c.id, locale: ctx.sourceLocale,
                        "'\(term.text)' is already concept \(first.id) (same term, part of speech and subject field)"))
            } else {
                seen[k] = c
            }
        }
        return out
    }

    /// The same term twice in one language section.
    public static let duplicateTerm = GlossaryCheck(
        id: "duplicate-term", title: "no term is repeated within a language", severity: .error
    ) { ctx, check in
        var out: [GlossaryFinding] = []
        for c in ctx.termbase.concepts {
            for s in c.languages {
                // Acronyms keep their case (MOU and MoU are two written forms), as term recognition does.
                var seen: Set<String> = []
                for t in s.terms
                where !seen.insert(t.isAcronym ? "acronym|" + Normalizer.nfc(t.text) : key(t.text)).inserted {
                    out.append(
                        check.finding(
                            ctx, t.position, concept: c.id, locale: s.language,
                            "'\(t.text)' appears twice in this language"))
                }
            }
        }
        return out
    }

    /// A term preferred in one concept and deprecated in another.
    public static let statusConflict = GlossaryCheck(
        id: "status-conflict", title: "no term is preferred in one concept and deprecated in another", severity: .error
    ) { ctx, check in
        var preferred: [String: String] = [:]
        eachTerm(ctx.termbase) { c, s, t in
            if t.status == .preferred { preferred[LanguageTag.language(of: s.language) + "|" + key(t.text)] = c.id }
        }
        var out: [GlossaryFinding] = []
        eachTerm(ctx.termbase) { c, s, t in
            guard t.status == .deprecated || t.status == .superseded,
                let other = preferred[LanguageTag.language(of: s.language) + "|" + key(t.text)], other != c.id
            else { return }
            out.append(
                check.finding(
                    ctx, t.position, concept: c.id, locale: s.language,
                    "'\(t.text)' is \(t.status?.shortName ?? "deprecated") here but preferred in concept \(other)"))
        }
        return out
    }

    /// Text that is not in Unicode Normalization Form C.
    public static let notNFC = GlossaryCheck(
        id: "not-nfc", title: "terms, definitions and notes are in NFC", severity: .error
    ) { ctx, check in
        var out: [GlossaryFinding] = []
        for c in ctx.termbase.concepts {
            for s in c.languages {
                for d in s.definitions + s.notes where !Normalizer.isNormalized(d, .nfc) {
                    out.append(
                        check.finding(
                            ctx, s.position, concept: c.id, locale: s.language, "a definition or note is not in NFC"))
                }
                for t in s.terms where !Normalizer.isNormalized(t.text, .nfc) {
                    out.append(
                        check.finding(
                            ctx, t.position, concept: c.id, locale: s.language,
                            "'\(t.text)' is not in NFC; write '\(Normalizer.nfc(t.text))'"))
                }
            }
        }
        return out
    }

    /// Leading, trailing or double spaces in a term or definition.
    public static let spacing = GlossaryCheck(
        id: "spacing", title: "no leading, trailing or double spaces", severity: .error
    ) { ctx, check in
        func problem(_ s: String) -> String? {
            guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return nil }
            if first.properties.isWhitespace { return "leading space" }
            if last.properties.isWhitespace { return "trailing space" }
            var previous = false
            for u in s.unicodeScalars {
                let ws = u.properties.isWhitespace
                if ws && previous { return "double space" }
                previous = ws
            }
            return nil
        }
        var out: [GlossaryFinding] = []
        for c in ctx.termbase.concepts {
            for s in c.languages {
                for t in s.terms {
                    if let p = problem(t.text) {
                        out.append(
                            check.finding(
                                ctx, t.position, concept: c.id, locale: s.language, "\(p) in term '\(t.text)'"))
                    }
                }
                for d in s.definitions {
                    if let p = problem(d) {
                        out.append(
                            check.finding(ctx, s.position, concept: c.id, locale: s.language, "\(p) in the definition"))
                    }
                }
            }
        }
        return out
    }

    /// Letters outside the scripts the locale is written in (CLDR likely subtags through ICU).
    public static let script = GlossaryCheck(
        id: "script", title: "letters are in the locale's script", severity: .error
    ) { ctx, check in
        var scriptsByLocale: [String: Set<Script>] = [:]
        var out: [GlossaryFinding] = []
        eachTerm(ctx.termbase) { c, s, t in
            let allowed = scriptsByLocale[s.language] ?? LikelySubtags.letterScripts(of: s.language)
            scriptsByLocale[s.language] = allowed
            guard !allowed.isEmpty, !t.doNotTranslate else { return }
            let latin = Script(named: "Latn")
            var foreign: [Script: String] = [:]
            for u in t.text.unicodeScalars where CharacterProperties.isAlphabetic(u) {
                let sc = Script.of(u)
                if sc == .common || sc == .inherited || allowed.contains(sc) { continue }
                if Script.extensions(of: u).contains(where: { allowed.contains($0) }) { continue }
                // A borrowed Latin acronym (ICT, ADB) is how many languages write it.
                if t.isAcronym && sc == latin { continue }
                foreign[sc, default: ""].unicodeScalars.append(u)
            }
            for (sc, letters) in foreign.sorted(by: { $0.key.isoCode < $1.key.isoCode }) {
                let expected = allowed.map(\.isoCode).sorted().joined(separator: "+")
                out.append(
                    check.finding(
                        ctx, t.position, concept: c.id, locale: s.language,
                        "'\(t.text)' has \(sc.name) letters (\(letters)) in a \(expected) locale"))
            }
        }
        return out
    }

    /// Uzbek oʻ and gʻ written with an ASCII or typographic apostrophe instead of U+02BB.
    public static let uzbekApostrophe = GlossaryCheck(
        id: "uzbek-apostrophe", title: "Uzbek oʻ and gʻ use U+02BB MODIFIER LETTER TURNED COMMA", severity: .error
    ) { ctx, check in
        let wrong: Set<Unicode.Scalar> = ["\u{27}", "\u{2018}", "\u{2019}", "\u{60}", "\u{B4}", "\u{2BC}", "\u{2BD}"]
        var out: [GlossaryFinding] = []
        eachTerm(ctx.termbase) { c, s, t in
            guard LanguageTag.language(of: s.language) == "uz" else { return }
            var previous: Unicode.Scalar?
            for u in t.text.unicodeScalars {
                if wrong.contains(u), let p = previous, "oOgG".unicodeScalars.contains(p) {
                    let fixed = String(
                        String.UnicodeScalarView(t.text.unicodeScalars.map { wrong.contains($0) ? "\u{2BB}" : $0 }))
                    out.append(
                        check.finding(
                            ctx, t.position, concept: c.id, locale: s.language,
                            "'\(t.text)' writes \(p)ʻ with U+\(String(u.value, radix: 16, uppercase: true)); use U+02BB (ʻ): '\(fixed)'"
                        ))
                    break
                }
                previous = u
            }
        }
        return out
    }

    /// An acronym whose full form differs between concepts (ADB = Asian Development Bank in one concept,
    /// African Development Bank in another).
    public static let acronymExpansion = GlossaryCheck(
        id: "acronym-expansion", title: "an acronym has one expansion", severity: .error
    ) { ctx, check in
        var first: [String: (expansion: String, concept: String)] = [:]
        var out: [GlossaryFinding] = []
        for c in ctx.termbase.concepts {
            for s in c.languages {
                guard
                    let full = s.terms.first(where: { $0.termType == .fullForm && $0.isPreferred })
                        ?? s.terms.first(where: { !$0.isAcronym && $0.isPreferred })
                else { continue }
                for t in s.terms where t.termType == .acronym {
                    let k = LanguageTag.language(of: s.language) + "|" + t.text
                    if let seen = first[k] {
                        if key(seen.expansion) != key(full.text) {
                            out.append(
                                check.finding(
                                    ctx, t.position, concept: c.id, locale: s.language,
                                    "acronym '\(t.text)' stands for '\(full.text)' here but for '\(seen.expansion)' in concept \(seen.concept)"
                                ))
                        }
                    } else {
                        first[k] = (full.text, c.id)
                    }
                }
            }
        }
        return out
    }

    /// A deprecated term with no preferred alternative in the same language section.
    public static let deprecatedWithoutPreferred = GlossaryCheck(
        id: "deprecated-without-preferred", title: "a deprecated term has a preferred alternative", severity: .error
    ) { ctx, check in
        var out: [GlossaryFinding] = []
        for c in ctx.termbase.concepts {
            // A rejected section has no preferred term on purpose: it waits for a new proposal.
            for s in c.languages
            where !s.deprecatedTerms.isEmpty && !s.terms.contains(where: { $0.status == .preferred })
                && s.reviewStatus != .rejected
            {
                for t in s.deprecatedTerms {
                    out.append(
                        check.finding(
                            ctx, t.position, concept: c.id, locale: s.language,
                            "'\(t.text)' is \(t.status?.shortName ?? "deprecated") but no term in this language is preferred"
                        ))
                }
            }
        }
        return out
    }

    /// One usable term for two concepts in one language (Yoruba ìlànà for both "best practice" and "policy"): a
    /// translator cannot tell which is meant, and the term check reads either for both. Acronyms, proper names
    /// (a ministry and its minister may share a word) and terms noted as homonyms (a note starting "homonym")
    /// are left alone.
    public static let termCollision = GlossaryCheck(
        id: "term-collision", title: "no usable term stands for two concepts in one language", severity: .warning
    ) { ctx, check in
        var first: [String: (concept: String, term: String)] = [:]
        var out: [GlossaryFinding] = []
        func homonym(_ notes: [String]) -> Bool { notes.contains { $0.lowercased().hasPrefix("homonym") } }
        eachTerm(ctx.termbase) { c, s, t in
            guard t.status != .deprecated, t.status != .superseded, !t.isAcronym, !c.isProperName,
                !homonym(t.notes), !homonym(s.notes)
            else { return }
            let k = LanguageTag.language(of: s.language) + "|" + key(t.text)
            if let other = first[k], other.concept != c.id {
                out.append(
                    check.finding(
                        ctx, t.position, concept: c.id, locale: s.language,
                        "'\(t.text)' is also a term of concept \(other.concept); give each concept its own term, or note both as homonyms"
                    ))
            } else if first[k] == nil {
                first[k] = (c.id, t.text)
            }
        }
        return out
    }

    /// A term's register (`<admin type="projectSubset">register:NAME</admin>`) must be a lower-case word, as
    /// `register:` in jeju.yml names a document's: a misspelt one would never match and never be checked.
    public static let register = GlossaryCheck(
        id: "register", title: "term registers are lower-case words (register:news, register:formal)", severity: .error
    ) { ctx, check in
        var out: [GlossaryFinding] = []
        eachTerm(ctx.termbase) { c, s, t in
            for name in t.registers where !ProjectConfig.isRegisterName(name) {
                out.append(
                    check.finding(
                        ctx, t.position, concept: c.id, locale: s.language,
                        "'\(Term.registerPrefix)\(name)' of '\(t.text)' is not a register: write a lower-case word (register:news, register:formal)"
                    ))
            }
        }
        return out
    }

    /// An Arabic term written with the article (الدولة المشاركة): a termbase gives the citation form (دولة
    /// مشاركة), and the term check adds the article, with the other proclitics, when it reads a text. Names
    /// keep theirs (المنظمة العالمية …), and so does the second noun of a construct (سياسة الحكومة الإلكترونية).
    public static let arabicArticle = GlossaryCheck(
        id: "arabic-article", title: "Arabic terms in their citation form, without the article", severity: .warning
    ) { ctx, check in
        var out: [GlossaryFinding] = []
        eachTerm(ctx.termbase) { c, s, t in
            guard LanguageTag.language(of: s.language) == "ar", !c.isProperName, !t.isAcronym,
                let word = t.text.split(separator: " ").first, word.hasPrefix("ال"), word.count > 3
            else { return }
            out.append(
                check.finding(
                    ctx, t.position, concept: c.id, locale: s.language,
                    "'\(t.text)' begins with the article; write the citation form ('\(citationForm(t.text))')"))
        }
        return out
    }

    /// `term` without the article on its head noun and the adjectives that follow it, up to the first word
    /// without one (a preposition, or the genitive of a construct keeps its own: تحقق من هوية المستخدم).
    public static func citationForm(_ term: String) -> String {
        var leading = true
        return term.split(separator: " ").map { word -> String in
            if leading && word.hasPrefix("ال") && word.count > 3 { return String(word.dropFirst(2)) }
            leading = false
            return String(word)
        }.joined(separator: " ")
    }
}
