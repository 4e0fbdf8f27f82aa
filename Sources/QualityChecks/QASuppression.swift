import Foundation

/// A finding the translator or reviewer has decided to accept, with the reason: recorded in the XLIFF unit as
/// `<note category="jeju:qa-suppress">check-id: reason</note>` (every segment of the unit) or
/// `<note category="jeju:qa-suppress">check-id@segment-id: reason</note>` (one segment).
///
/// A suppression without a reason is not one: `QualityChecker` reports it (check `suppression`) and keeps the
/// findings it would have hidden.
public struct QASuppression: Sendable, Hashable, Codable {
    /// The XLIFF note category that marks a suppression.
    public static let noteCategory = "jeju:qa-suppress"

    /// The check whose findings are suppressed (`numbers`).
    public var checkID: String
    /// The segment it applies to; nil for every segment of the unit.
    public var segmentID: String?
    /// Why the finding is acceptable.
    public var reason: String

    /// A suppression.
    public init(checkID: String, segmentID: String? = nil, reason: String) {
        self.checkID = checkID
        self.segmentID = segmentID
        self.reason = reason
    }

    /// Reads a note's text (`check-id: reason` or `check-id@segment-id: reason`); nil when it does not name a
    /// check id before a colon.
    public init?(note: String) {
        guard let colon = note.firstIndex(of: ":") else { return nil }
        let head = note[..<colon].trimmingCharacters(in: .whitespaces)
        let reason = note[note.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = head.split(separator: "@", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let check = parts.first, !check.isEmpty,
            check.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else { return nil }
        self.init(checkID: check, segmentID: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil, reason: reason)
    }

    /// The note text that records this suppression.
    public var noteText: String { "\(checkID)\(segmentID.map { "@\($0)" } ?? ""): \(reason)" }

    /// Whether it applies to `finding`.
    public func covers(_ finding: QAFinding) -> Bool {
        finding.checkID == checkID && (segmentID == nil || segmentID == finding.segmentID)
    }
}
