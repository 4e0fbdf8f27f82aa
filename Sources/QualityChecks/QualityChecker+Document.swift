import Interchange
import JejuSupport

extension QualityChecker {
    /// A finding placed in its translation file.
    public struct PlacedFinding: Sendable {
        /// The line of the segment in the file.
        public var line: Int
        /// The unit's id.
        public var unit: String
        /// The finding.
        public var finding: QAFinding
        /// For a suppressed finding: the reason recorded in the XLIFF.
        public var reason: String?
    }

    /// What the checks found in one translation file.
    public struct DocumentResult: Sendable {
        /// Segments checked.
        public var segments = 0
        /// Segments with no translation yet (not checked).
        public var untranslated = 0
        /// The findings that stand, in file order.
        public var findings: [PlacedFinding] = []
        /// The findings suppressed, with their reasons.
        public var suppressed: [PlacedFinding] = []

        /// The findings of severity error.
        public var errors: [PlacedFinding] { findings.filter { $0.finding.severity == .error } }
    }

    /// Checks every translated segment of `document` (state translated or later, or with a target) into
    /// `locale`: what `jeju check` reports and what gates `jeju build`.
    public func check(_ document: XLIFFDocument, locale: String) -> DocumentResult {
        var result = DocumentResult()
        for file in document.files {
            for unit in file.units where unit.translate {
                for segment in unit.segments where !segment.isIgnorable {
                    guard let target = segment.target, segment.effectiveState >= .translated || !target.isBlank,
                          let input = QAInput(unit: unit, segment: segment, sourceLocale: document.sourceLanguage, targetLocale: locale)
                    else {
                        result.untranslated += 1
                        continue
                    }
                    result.segments += 1
                    let checked = check(input)
                    result.findings += checked.findings.map { PlacedFinding(line: segment.line, unit: unit.id, finding: $0) }
                    result.suppressed += checked.suppressed.map {
                        PlacedFinding(line: segment.line, unit: unit.id, finding: $0.finding, reason: $0.reason)
                    }
                }
            }
        }
        return result
    }
}
