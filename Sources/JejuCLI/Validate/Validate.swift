import ArgumentParser
import Foundation
import JejuSupport
import Validation

/// `jeju validate FILE…`: checks XLIFF 2 and 1.2, PO, TMX, TBX and SRX files against their standards' rules.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check XLIFF 2.x/1.2, PO, TMX, TBX and SRX files: well-formedness and each standard's own rules.",
        discussion: """
            The kind of each file is recognised from its root element (and the .po extension). Every problem is \
            printed as path:line:column with the rule it breaks. Exit status: 0 all files valid (warnings allowed), \
            1 a file is invalid, 2 a file cannot be read (missing, a folder, too large) or bad usage.
            """
    )

    @OptionGroup var options: ProjectOptions
    @Option(help: "text or json.") var format: String = "text"
    @Option(
        help:
            "Treat every file as this kind instead of recognising it: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var kind: String?
    @Option(
        help: ArgumentHelp(
            "Extra XLIFF 2 fragment-identifier prefixes, a properties file of namespace=prefix lines.",
            valueName: "FILE"))
    var fragmentPrefixes: String?
    @Argument(help: "The files to check (- for standard input).") var files: [String]

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else { throw ValidationError("--format must be text or json") }
        if let kind, DocumentKind(rawValue: kind) == nil {
            throw ValidationError(
                "--kind must be one of \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard !files.isEmpty else { throw ValidationError("name at least one file") }
    }

    struct Summary: Encodable {
        let files: [ValidationReport]
        let unreadable: [Diagnostic]
        let valid: Int
        let invalid: Int
    }

    func run() throws {
        try reportingFailures {
            var settings = DocumentValidator.Options(kind: kind.flatMap(DocumentKind.init(rawValue:)))
            if let fragmentPrefixes {
                let text = try TextFile.read(options.resolve(fragmentPrefixes))
                settings.xliff2.extraFragmentPrefixes = XLIFF2Validator.Options.prefixes(fromProperties: text)
            }
            var reports: [ValidationReport] = []
            var unreadable: [Diagnostic] = []
            for file in files {
                do throws(Diagnostic) {
                    var report = try DocumentValidator.validate(path: options.resolve(file), options: settings)
                    report.rename(to: file)
                    reports.append(report)
                } catch {
                    var diagnostic = error
                    diagnostic.path = file
                    unreadable.append(diagnostic)
                }
            }
            let invalid = reports.filter { !$0.isValid }.count
            if format == "json" {
                Console.write(
                    try JSONOutput.encode(
                        Summary(
                            files: reports, unreadable: unreadable,
                            valid: reports.count - invalid, invalid: invalid)))
            } else {
                var out = ""
                for report in reports {
                    out += report.findings.map { $0.description + "\n" }.joined()
                    let errors = report.findings.filter { $0.severity == .error }.count
                    let warnings = report.findings.count - errors
                    let name = report.kind?.displayName ?? "unrecognised file"
                    out +=
                        report.isValid
                        ? "\(report.path): valid \(name)\(warnings > 0 ? " (\(warnings) warning(s))" : "")\n"
                        : "\(report.path): invalid \(name): \(errors) error(s), \(warnings) warning(s)\n"
                }
                Console.write(out)
                for d in unreadable { Console.error(d.description) }
            }
            if !unreadable.isEmpty { throw ExitCode(2) }
            if invalid > 0 { throw ExitCode(1) }
        }
    }
}
