import JejuSupport

/// One problem `jeju validate` found: the rule it breaks, where, and what is wrong.
public struct ValidationFinding: Sendable, Equatable, Codable, CustomStringConvertible {
    /// A short, stable name of the violated rule (`xliff2.id-unique`, `po.plural-forms`, `xml.well-formed`).
    public var rule: String
    /// Error (the file is invalid) or warning.
    public var severity: Diagnostic.Severity
    /// The file as the user named it.
    public var path: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong, in words.
    public var message: String

    /// Creates a finding.
    public init(
        rule: String, severity: Diagnostic.Severity = .error, path: String, line: Int?, column: Int?, message: String
    ) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// A finding from a reader's diagnostic.
    public init(rule: String, _ diagnostic: Diagnostic) {
        self.init(
            rule: rule, severity: diagnostic.severity, path: diagnostic.path, line: diagnostic.line,
            column: diagnostic.column, message: diagnostic.message)
    }

    /// A file the reader refused before any rule of its format could be checked: the reader's own rule when it
    /// names what the input breaks at the XML or byte level (`xml.entity`, `xml.namespace`, `limits.xml-depth`,
    /// `xml.encoding`, `input.utf8`) or in TMX's structure (`tmx.structure`, `tmx.language`), else
    /// `xml.well-formed`.
    public init(readFailure diagnostic: Diagnostic) {
        let kept = ["xml.", "input.", "limits.", "tmx."].contains { diagnostic.rule.hasPrefix($0) }
        self.init(rule: kept ? diagnostic.rule : "xml.well-formed", diagnostic)
    }

    /// The compiler-style diagnostic, the rule named at the end in brackets.
    public var diagnostic: Diagnostic {
        Diagnostic(severity, rule: rule, path: path, line: line, column: column, message: message)
    }

    /// `path:line:column: severity: message [rule]`.
    public var description: String { diagnostic.description }
}
