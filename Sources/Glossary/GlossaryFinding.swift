import JejuSupport

/// A finding about a termbase: where, which check, which concept and locale, and what is wrong.
public struct GlossaryFinding: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The id of the check that found it (e.g. `missing-locale`, `not-nfc`, `structure`).
    public var check: String
    /// How serious it is: errors fail `jeju glossary check`.
    public var severity: Diagnostic.Severity
    /// The termbase file, as the user named it.
    public var path: String
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column, if known.
    public var column: Int?
    /// The concept the finding is about, if any.
    public var conceptID: String?
    /// The locale the finding is about, if any.
    public var locale: String?
    /// What is wrong and what to change.
    public var message: String

    /// A finding.
    public init(
        check: String, severity: Diagnostic.Severity = .error, path: String, position: SourcePosition?,
        conceptID: String? = nil, locale: String? = nil, message: String
    ) {
        self.check = check
        self.severity = severity
        self.path = path
        self.line = position?.line
        self.column = position?.column
        self.conceptID = conceptID
        self.locale = locale
        self.message = message
    }

    /// The finding as a compiler-style diagnostic (concept and locale folded into the message).
    public var diagnostic: Diagnostic {
        var context: [String] = []
        if let conceptID { context.append("concept \(conceptID)") }
        if let locale { context.append(locale) }
        let prefix = context.isEmpty ? "" : "[\(context.joined(separator: ", "))] "
        return Diagnostic(severity, rule: check, path: path, line: line, column: column, message: "\(prefix)\(message)")
    }

    /// `path:line:column: severity: [concept id, locale] message [check]`.
    public var description: String { diagnostic.description }
}
