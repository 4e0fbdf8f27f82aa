import Foundation
import Glossary
import Inline
import Notices
import QualityChecks
import TestSupport

/// Runs one check the way `QualityChecker` does, and returns its messages; `codes` are the spans the source's and
/// the target's codes mark.
func messages(
    _ check: QACheck, _ source: String, _ target: String, _ locale: String, source sourceLocale: String = "en",
    codes: (source: [CodeSpan], target: [CodeSpan]) = ([], []), fixedOrder: Set<String> = [],
    messageFormat: Bool = false, context: QAContext? = nil
) -> [String] {
    let input = QAInput(
        segmentID: "s1", sourceText: source, sourceCodes: Segment(text: source, spans: codes.source).codes,
        targetText: target,
        targetCodes: Segment(text: target, spans: codes.target).codes, sourceLocale: sourceLocale, targetLocale: locale,
        isMessageFormat: messageFormat, fixedOrderCodeIDs: fixedOrder)
    return check.run(input, context: context ?? QAContext()).map(\.message)
}

/// The project's own termbase (glossary/egov.tbx), read with the Glossary module's reader.
enum ProjectTermbase {
    static func load() throws -> Termbase {
        let url = SharedData.packageRoot.appendingPathComponent("glossary/egov.tbx")
        return try TBXReader.read(try Data(contentsOf: url), path: "glossary/egov.tbx").termbase
    }
}
