extension QAChecks {
    /// A concept the source names, translated with its approved term (inflected forms count, by the target
    /// language's morphology).
    public static let glossary = QACheck(
        id: "glossary", title: "approved glossary term used for each concept in the source", severity: .warning
    ) { input, context in
        context.termUsage(input).filter { $0.kind == .missing }.map { f in
            "the source has \(QAChecks.quoted(f.text)) (\(f.conceptID)); the glossary's term in \(input.targetLocale) is "
                + f.expected.map { QAChecks.quoted($0) }.joined(separator: " or ") + ", which the target lacks"
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

    /// A deprecated (or superseded) glossary term used in the target.
    public static let deprecatedTerm = QACheck(
        id: "deprecated-term", title: "no deprecated glossary term in the target", severity: .error
    ) { input, context in
        context.termUsage(input).filter { $0.kind == .deprecated }.map { f in
            "\(QAChecks.quoted(f.text)) is deprecated in the glossary (\(f.conceptID))"
                + (f.expected.isEmpty ? "" : "; use " + f.expected.map { QAChecks.quoted($0) }.joined(separator: " or "))
        }
    }
}
