import Foundation
import Glossary
import JejuSupport

/// Validates TBX termbases with the Glossary module: its reader's structural findings (TBX v3 / TBX-Basic and
/// TBX 2008) decide validity; the termbase checks that need no project (duplicates, statuses, NFC, spacing,
/// scripts…) are quality advice, so they are reported as warnings. The check that every concept covers the
/// project's locales is left to `jeju glossary check`.
public enum TBXValidator {
    /// Parses and validates TBX bytes.
    public static func validate(_ data: Data, path: String) -> [ValidationFinding] {
        let result: TBXReader.Result
        do throws(Diagnostic) {
            result = try TBXReader.read(data, path: path)
        } catch {
            return [ValidationFinding(readFailure: error)]
        }
        let languages = result.termbase.languages
        let source = languages.contains("en") ? "en" : (languages.first ?? "en")
        let context = GlossaryCheck.Context(
            termbase: result.termbase, path: path, sourceLocale: source,
            targetLocales: languages.filter { $0 != source })
        let checks = GlossaryChecks.all.filter { $0.id != GlossaryChecks.missingLocale.id }
        let advice = GlossaryChecks.run(context, checks: checks).map { finding -> GlossaryFinding in
            var f = finding
            f.severity = min(f.severity, .warning)
            return f
        }
        return (result.findings + advice).sorted(by: GlossaryChecks.order).map {
            ValidationFinding(
                rule: "tbx.\($0.check)", severity: $0.severity, path: path, line: $0.line,
                column: $0.column, message: $0.message)
        }
    }
}
