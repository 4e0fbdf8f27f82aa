import Glossary

extension QAChecks {
    /// A concept the source names, translated with its approved term (inflected forms count, by the target
    /// language's morphology); and a deprecated variant of a term no review has validated yet. Both are warnings:
    /// a draft term may still change. When the terms cannot be matched in the target language at all, it says so
    /// for each segment rather than passing it unchecked.
    public static let glossary = QACheck(
        id: "glossary",
        title: "approved glossary term used for each concept in the source (draft terms: not yet validated)",
        severity: .warning
    ) { input, context in
        // First the usage: making the locale's checker is what records that it cannot be made.
        let usage = context.termUsage(input)
        if let failure = context.termCheckFailures[input.targetLocale] {
            return ["the glossary checks cannot run into \(input.targetLocale): \(failure)"]
        }
        return usage.filter {
            ($0.kind == .missing && !context.properNames.contains($0.conceptID))
                || ($0.kind == .deprecated && !$0.validated)
        }.map { f in
            let draft =
                switch f.review {
                case .validated: ""
                case .draft: " (a draft: the term in \(input.targetLocale) is not yet validated)"
                case .rejected: " (rejected in review: the concept waits for a new proposal in \(input.targetLocale))"
                }
            if f.kind == .deprecated {
                return
                    "\(QAChecks.quoted(f.text)) is \(f.termStatus?.shortName ?? "deprecated") in the glossary (\(f.conceptID))\(draft)"
                    + (f.expected.isEmpty
                        ? "" : "; use " + f.expected.map { QAChecks.quoted($0) }.joined(separator: " or "))
            }
            return
                "the source has \(QAChecks.quoted(f.text)) (\(f.conceptID)); the glossary's term in \(input.targetLocale) is "
                + f.expected.map { QAChecks.quoted($0) }.joined(separator: " or ") + ", which the target lacks" + draft
        }
    }

    /// A name the termbase marks as a proper name (a person, a ministry, a place) that the source has and the
    /// target does not, in any of the forms the termbase lists for the target language: a changed name ("Lee
    /// Jae-in" for "Lee In-jae") or one left out. Inflected forms count, as for `glossary`, which leaves proper
    /// names to this check.
    public static let properNames = QACheck(
        id: "proper-names", title: "names the termbase marks as proper names in one of their listed forms",
        severity: .warning
    ) { input, context in
        context.termUsage(input).filter { $0.kind == .missing && context.properNames.contains($0.conceptID) }.map { f in
            let draft =
                f.review == .validated ? "" : " (a draft: the name in \(input.targetLocale) is not yet validated)"
            return
                "the source names \(QAChecks.quoted(f.text)) (\(f.conceptID)); the target has none of its forms in \(input.targetLocale): "
                + f.expected.map { QAChecks.quoted($0) }.joined(separator: " or ") + "; check the name's spelling"
                + draft
        }
    }

    /// A concept the source names whose approved term the target has only in another part of speech (a verb
    /// entry as a noun): weaker than `glossary`, reported instead of it.
    public static let glossaryPartOfSpeech = QACheck(
        id: "glossary-part-of-speech", title: "approved glossary term used in its own part of speech", severity: .info
    ) { input, context in
        context.termUsage(input).filter { $0.kind == .partOfSpeech }.map { f in
            "the target has \(QAChecks.quoted(f.text)) (\(f.conceptID)), another part of speech than the glossary's term in "
                + "\(input.targetLocale): " + f.expected.map { QAChecks.quoted($0) }.joined(separator: " or ")
        }
    }

    /// An approved term the termbase marks for other registers than the document's (the project's `register:`),
    /// where the source sentence did not itself use a term of that register: the formal "Republik Korea" where a
    /// news text says "Korea". UI messages have no register.
    public static let termRegister = QACheck(
        id: "term-register", title: "glossary terms in the document's register (jeju.yml register:)", severity: .warning
    ) { input, context in
        context.termUsage(input).filter { $0.kind == .register }.map { f in
            let marked = f.registers.joined(separator: ", ")
            return
                "\(QAChecks.quoted(f.text)) is the glossary's \(marked) term (\(f.conceptID)) and the source does not use its \(marked) form; "
                + "in this \(context.register ?? "") text write "
                + f.expected.map { QAChecks.quoted($0) }.joined(separator: " or ")
        }
    }

    /// A deprecated (or superseded) variant of a validated glossary term used in the target.
    public static let deprecatedTerm = QACheck(
        id: "deprecated-term", title: "no deprecated or superseded variant of a validated glossary term in the target",
        severity: .error
    ) { input, context in
        context.termUsage(input).filter { $0.kind == .deprecated && $0.validated }.map { f in
            "\(QAChecks.quoted(f.text)) is \(f.termStatus?.shortName ?? "deprecated") in the glossary (\(f.conceptID)), whose term in \(input.targetLocale) is validated"
                + (f.expected.isEmpty
                    ? "" : "; use " + f.expected.map { QAChecks.quoted($0) }.joined(separator: " or "))
        }
    }
}
