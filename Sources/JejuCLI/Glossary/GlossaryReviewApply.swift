import ArgumentParser
import Foundation
import Glossary
import JejuSupport

/// `jeju glossary review apply FILE`: records an editor's decisions in the termbase.
struct GlossaryReviewApply: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Record the decisions of a filled-in review sheet (CSV) in the termbase.",
        discussion: """
            approve: the proposed terms are validated (a transacGrp records who, when and 'approval'; the draft \
            note goes). correct: corrected_term becomes the preferred term, the old one superseded or deprecated \
            (old_term_status), the comment a note. reject: the terms are deprecated and the concept flagged for a \
            new proposal. Rows without a decision change nothing; a decision already recorded is not recorded \
            twice. A sheet with any bad row (another locale, an unknown concept, an English term changed since \
            export, a malformed row) is refused with each row and column: nothing is written (exit 2).
            """
    )

    @OptionGroup var options: ProjectOptions
    @Argument(help: "The review sheet (CSV).") var file: String
    @Option(help: "Who decided (default: git config user.name).") var editor: String?
    @Option(help: "Refuse the sheet unless it is for this language.") var locale: String?

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.write, command: "glossary review apply")
            defer { projectLock.release() }
            let store = GlossaryStore(project: project)
            var termbase = try store.load()
            let text = try TextFile.read(options.resolve(file))
            let read = try ReviewSheet.read(
                text, path: file, termbase: termbase, sourceLocale: project.config.source,
                locales: project.config.targets, expected: locale)
            if !read.problems.isEmpty {
                for p in read.problems { Console.error(p.description) }
                throw Diagnostic(
                    rule: "review.refused", path: file,
                    message: "not applied: \(read.problems.count) problem(s); the termbase is unchanged")
            }
            let who = try editor ?? Self.gitUserName(in: project.root)
            let outcome = termbase.apply(read.decisions, editor: who, date: Self.today())
            try GlossaryImport.checkSizes(termbase, path: file)
            let written = try AtomicFile.writeIfChanged(
                Data(TBXWriter.write(termbase, language: project.config.source).utf8), to: store.url)
            var counts: [String] = []
            for kind in ReviewDecision.Kind.allCases {
                let n = read.decisions.filter {
                    $0.kind == kind && outcome.changed.contains("\($0.conceptID)/\($0.locale)")
                }.count
                if n > 0 { counts.append("\(n) \(kind.rawValue)") }
            }
            Console.write(
                "\(store.displayPath): \(outcome.changed.count) decision(s) recorded"
                    + (counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))")
                    + ", \(outcome.unchanged.count) already recorded, \(read.undecided) undecided"
                    + (written ? "" : "; unchanged") + "\n")
        }
    }

    /// The git user's name (`git config user.name`) in `root`; an error when there is none.
    static func gitUserName(in root: URL) throws(Diagnostic) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "user.name"]
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        var name = ""
        do {
            try process.run()
            name = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
        } catch {
            name = ""
        }
        name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !name.isEmpty else {
            throw Diagnostic(
                rule: "review.editor", path: "--editor",
                message: "who decided? give --editor NAME (git config user.name is not set)")
        }
        return name
    }

    /// Today's date, UTC, as an xsd:date.
    static func today() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
