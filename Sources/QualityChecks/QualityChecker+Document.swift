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
        // The `diacritics` check also judges the file's segments together: one short segment says little.
        let diacritics = profile.enabledChecks.first { $0.check.id == QAChecks.diacritics.id }
        var marked = MarkedLetters.Count(), firstChecked: (input: QAInput, line: Int, unit: String)?, judged = false
        for file in document.files {
            for unit in file.units where unit.translate {
                for segment in unit.segments where !segment.isIgnorable {
                    guard let target = segment.target, segment.effectiveState >= .translated || !target.isEmpty,
                        let input = QAInput(
                            unit: unit, segment: segment, sourceLocale: document.sourceLanguage, targetLocale: locale)
                    else {
                        result.untranslated += 1
                        continue
                    }
                    result.segments += 1
                    let checked = check(input)
                    if diacritics != nil, let count = QAChecks.markedLetterCount(input, context) {
                        marked = marked + count
                        if firstChecked == nil { firstChecked = (input, segment.line, unit.id) }
                        judged =
                            judged
                            || (checked.findings + checked.suppressed.map(\.finding)).contains {
                                $0.checkID == QAChecks.diacritics.id
                            }
                    }
                    result.findings += checked.findings.map {
                        PlacedFinding(line: segment.line, unit: unit.id, finding: $0)
                    }
                    result.suppressed += checked.suppressed.map {
                        PlacedFinding(line: segment.line, unit: unit.id, finding: $0.finding, reason: $0.reason)
                    }
                }
            }
        }
        if let (_, severity) = diacritics, !judged, let first = firstChecked,
            let norm = MarkedLetters.udhr[context.facts(locale).language],
            let message = norm.judge(marked, language: context.facts(locale).language, across: result.segments)
        {
            let finding = QAFinding(
                checkID: QAChecks.diacritics.id, severity: severity, segmentID: first.input.segmentID, message: message)
            if let s = first.input.suppressions.first(where: { !$0.reason.isEmpty && $0.covers(finding) }) {
                result.suppressed.append(
                    PlacedFinding(line: first.line, unit: first.unit, finding: finding, reason: s.reason))
            } else {
                result.findings.insert(PlacedFinding(line: first.line, unit: first.unit, finding: finding), at: 0)
            }
        }
        return result
    }
}
