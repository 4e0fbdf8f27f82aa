import Foundation
import Glossary
import JejuSupport

/// The project's termbase file: where it is, and reading it for commands that need it whole.
struct GlossaryStore {
    let project: Project
    /// The termbase's URL (jeju.yml `glossary:`).
    var url: URL { project.url(project.config.glossary) }
    /// Its path for messages (relative to the project root).
    var displayPath: String { project.config.glossary }

    /// Whether the file exists.
    var exists: Bool { FileManager.default.fileExists(atPath: url.path) }

    /// The termbase when the project has one (see `Project.termbaseURL`: a path in jeju.yml that does not exist
    /// is an error), else nil.
    func loadIfAny() throws -> Termbase? {
        try project.termbaseURL() == nil ? nil : try load()
    }

    /// Reads the termbase. Errors in its structure fail the command (exit 2) with every such finding printed.
    func load() throws -> Termbase {
        guard exists else {
            throw Diagnostic(rule: "glossary.missing", path: displayPath, message: "no termbase here (jeju.yml glossary: \(project.config.glossary)); import one with 'jeju glossary import'")
        }
        let data = try TextFile.readBytes(url.path)
        let result = try TBXReader.read(data, path: displayPath)
        let errors = result.findings.filter { $0.severity == .error }
        if !errors.isEmpty {
            for e in errors { Console.error(e.description) }
            throw Diagnostic(rule: "glossary.structure", path: displayPath, message: "the termbase has \(errors.count) structural error(s); run 'jeju glossary check'")
        }
        return result.termbase
    }
}

/// JSON output in Jeju's style: sorted keys, pretty-printed, final newline.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// `--format text|json`.
enum ReportFormat: String, CaseIterable, Sendable {
    case text, json
}
