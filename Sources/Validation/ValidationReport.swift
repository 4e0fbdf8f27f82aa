/// The result of validating one file.
public struct ValidationReport: Sendable, Codable, Equatable {
    /// The file as the user named it.
    public var path: String
    /// The recognised kind, nil when the file could not be recognised.
    public var kind: DocumentKind?
    /// Every finding, in document order.
    public var findings: [ValidationFinding]

    /// Creates a report.
    public init(path: String, kind: DocumentKind?, findings: [ValidationFinding]) {
        self.path = path
        self.kind = kind
        self.findings = findings
    }

    /// Whether the file is valid: no finding of severity error.
    public var isValid: Bool { !findings.contains { $0.severity == .error } }
}

extension ValidationReport {
    /// Names the file `path` in the report and its findings (the command shows paths as the user typed them).
    public mutating func rename(to path: String) {
        self.path = path
        for i in findings.indices { findings[i].path = path }
    }
}
