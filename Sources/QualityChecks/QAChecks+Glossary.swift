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
