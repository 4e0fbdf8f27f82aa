/// A finding about an input file, printed the way compilers print them:
/// `path:line:column: severity: message [rule]`. The rule is a stable code (`config.value`, `xml.well-formed`,
/// `merge.duplicate-id` …) that names what the input breaks: callers and tests switch on it, never on the text.
public struct Diagnostic: Error, CustomStringConvertible, Equatable, Sendable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Codable, Comparable {
        /// Informational.
        case info
        /// Worth a look; does not fail a check.
        case warning
        /// Fails a check (exit 1) or, for unreadable input, the command (exit 2).
        case error

        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        /// Orders info < warning < error.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// The severity.
    public var severity: Severity
    /// The file the finding is about, as the user named it (or `-` for standard input).
    public var path: String
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column (in characters), if known.
    public var column: Int?
    /// What is wrong and, where possible, what to change.
    public var message: String
    /// The rule the input breaks, as a stable code: `area.rule`.
    public var rule: String

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, rule: String, path: String, line: Int? = nil, column: Int? = nil, message: String
    ) {
        self.severity = severity
        self.rule = rule
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: severity: message`.
    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message) [\(rule)]"
    }
}
