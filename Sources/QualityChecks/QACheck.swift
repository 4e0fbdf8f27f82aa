import JejuSupport

/// One quality check, as a value: an id, a title, a default severity and a function returning findings.
///
/// The severity a finding carries is the one the profile in force gives the check (`QAProfile`); the check's
/// own is the default when the profile does not name it.
public struct QACheck: Sendable {
    /// Stable id, used in profiles, suppressions, findings and JSON (`numbers`).
    public let id: String
    /// One line saying what it checks.
    public let title: String
    /// The default severity of its findings.
    public let severity: Diagnostic.Severity
    let body: @Sendable (QAInput, QAContext) -> [String]

    /// A check whose body returns one message per problem: what is wrong and what to change.
    public init(
        id: String, title: String, severity: Diagnostic.Severity,
        _ body: @escaping @Sendable (QAInput, QAContext) -> [String]
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.body = body
    }

    /// The findings of this check for one segment, at `severity` (the profile's, or the default).
    public func run(_ input: QAInput, context: QAContext, severity: Diagnostic.Severity? = nil) -> [QAFinding] {
        body(input, context).map {
            QAFinding(checkID: id, severity: severity ?? self.severity, segmentID: input.segmentID, message: $0)
        }
    }
}
