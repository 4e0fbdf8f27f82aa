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

    /// The termbase when the project has one (`Termbase.load(for:)`), its structural errors printed.
    func loadIfAny() throws -> Termbase? {
        try Termbase.load(for: project) { Console.error($0.description) }
    }

    /// The termbase, which must exist (`Termbase.load(for:required:)`), its structural errors printed.
    func load() throws -> Termbase {
        // `required` makes a missing termbase an error, so there is one.
        try Termbase.load(for: project, required: true) { Console.error($0.description) } ?? Termbase()
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
