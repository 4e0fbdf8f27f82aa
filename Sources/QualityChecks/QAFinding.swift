import JejuSupport

/// What a quality check found in one segment.
public struct QAFinding: Sendable, Equatable, Codable {
    /// The check's id, e.g. `numbers`.
    public var checkID: String
    /// The severity (from the profile in force).
    public var severity: Diagnostic.Severity
    /// The segment's id.
    public var segmentID: String
    /// What is wrong and what to change.
    public var message: String

    /// Creates a finding.
    public init(checkID: String, severity: Diagnostic.Severity, segmentID: String, message: String) {
        self.checkID = checkID
        self.severity = severity
        self.segmentID = segmentID
        self.message = message
    }
}

/// Something that judges a translated segment before it is accepted: `jeju merge` refuses a segment with an
/// error finding; `jeju check` reports all findings.
public protocol SegmentCheck {
    /// The findings for one segment (empty when it is clean).
    func findings(for input: QAInput) -> [QAFinding]
}
