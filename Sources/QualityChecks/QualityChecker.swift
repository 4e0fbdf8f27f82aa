import Glossary
import JejuSupport
import Notices

/// Runs the checks of a profile on translated segments: what `jeju check` reports and what `jeju merge`
/// refuses a segment for (any finding of severity error).
///
/// Suppressions in the input (`QASuppression`) hide the findings they cover; one without a reason hides
/// nothing and is itself reported (check `suppression`). Not thread-safe (its `QAContext` caches ICU objects).
public final class QualityChecker: SegmentCheck {
    /// The outcome for one segment.
    public struct Result: Sendable, Equatable {
        /// The findings that stand.
        public var findings: [QAFinding]
        /// The findings suppressed, each with the suppression that covered it.
        public var suppressed: [Suppressed]
    }

    /// A suppressed finding and why.
    public struct Suppressed: Sendable, Equatable, Codable {
        /// The finding.
        public var finding: QAFinding
        /// The reason recorded with the suppression.
        public var reason: String
    }

    /// The id of the findings about suppressions themselves.
    public static let suppressionCheckID = "suppression"

    /// The findings of the segments met last (at most `repetitionLimit`), by what the checks read: the input
    /// without its segment id and suppressions. The checks are functions of this and the
    /// context, so a segment met again (a sentence repeated across notices, a UI message) gets the findings it
    /// got before without running them again.
    private var repetitions = BoundedMemo<QAInput, [QAFinding]>(limit: repetitionLimit)
    static let repetitionLimit = 4096

    /// The profile in force.
    public let profile: QAProfile
    /// What the checks share.
    public let context: QAContext

    /// A checker for `profile`, with the project `termbase` if there is one, for documents in `register` (the
    /// project's `register:`; nil checks no register).
    public init(
        profile: QAProfile = .default, termbase: Termbase? = nil, sourceLocale: String = "en", register: String? = nil
    ) {
        self.profile = profile
        var bands = LengthBand.udhr
        for (language, band) in profile.lengthBands { bands[language] = band }
        self.context = QAContext(
            termbase: termbase, sourceLocale: sourceLocale, allowedIdentical: profile.allowIdentical,
            lengthBands: bands, extraQuotationMarks: profile.quotationMarks, apostrophes: profile.apostrophes,
            register: register)
    }

    /// The findings that stand for one segment.
    public func findings(for input: QAInput) -> [QAFinding] { check(input).findings }

    /// The findings for one segment, and those its suppressions hide. A blank target gets only the `empty`
    /// check: the others would only repeat that it is missing.
    public func check(_ input: QAInput) -> Result {
        var all: [QAFinding] = []
        var key = input
        key.segmentID = ""
        key.suppressions = []
        if let known = repetitions[key] {
            all = known.map { finding in
                var f = finding
                f.segmentID = input.segmentID
                return f
            }
        } else {
            let blank = QAChecks.isBlank(input.targetText)
            for (check, severity) in profile.enabledChecks where !blank || check.id == QAChecks.empty.id {
                all += check.run(input, context: context, severity: severity)
            }
            repetitions.keep(all, for: key)
        }
        var result = Result(findings: [], suppressed: [])
        let valid = input.suppressions.filter { !$0.reason.isEmpty }
        for s in input.suppressions where s.reason.isEmpty && (s.segmentID == nil || s.segmentID == input.segmentID) {
            result.findings.append(
                QAFinding(
                    checkID: Self.suppressionCheckID, severity: .warning, segmentID: input.segmentID,
                    message:
                        "the suppression of '\(s.checkID)' gives no reason and is ignored; write '\(s.checkID): why it is acceptable'"
                ))
        }
        for finding in all {
            if let s = valid.first(where: { $0.covers(finding) }) {
                result.suppressed.append(Suppressed(finding: finding, reason: s.reason))
            } else {
                result.findings.append(finding)
            }
        }
        return result
    }
}
