import Foundation
import TestSupport

/// The README's command examples, read as a cram test reads its file: in a fenced block, a line starting `$ ` is
/// a command (continued on lines starting `> `, as a shell prompts), and the lines after it, up to the next
/// command, are what it prints — standard output and standard error together, as on a terminal, then `[N]` when
/// it exits with status N ≠ 0. In the expected text `…` stands for any characters, and a line holding only `…`
/// for any number of lines (none included).
///
/// The examples of one `##` section run in order in one scratch folder: a copy of this repository's project,
/// unless an HTML comment before the section's first example says otherwise. The comments (invisible on the
/// rendered page) are:
///
/// - `<!-- example: in an empty folder -->`: the section starts in an empty folder;
/// - `<!-- example: with ../shared/PATH … -->`: these reference files are copied into the scratch folder first
///   (the section is skipped, with the reason, when they are absent);
/// - `<!-- example: a translator's edit of FILE -->` before a fenced block of `<segment>` elements: each replaces
///   the segment with the same id in FILE, as a translator's XLIFF editor would save it.
struct ReadmeExamples {
    /// One command and what it must print.
    struct Command: Sendable, CustomStringConvertible {
        var line: Int
        var text: String
        var expected: [String]
        var description: String { "README.md:\(line): $ \(text)" }
    }

    /// A translator's edit: segments replacing those with the same id in `file`.
    struct Edit: Sendable {
        var line: Int
        var file: String
        var segments: String
    }

    /// One step of a section, in README order.
    enum Step: Sendable {
        case run(Command)
        case edit(Edit)
    }

    /// One `##` section's examples.
    struct Section: Sendable, CustomStringConvertible {
        var title: String
        var line: Int
        var emptyFolder = false
        var sharedFiles: [String] = []
        var steps: [Step] = []
        var description: String { title }
    }

    static let readmeURL = SharedData.packageRoot.appendingPathComponent("README.md")

    /// The sections of the README that hold at least one example.
    static func sections(_ text: String) -> [Section] {
        let lines = text.components(separatedBy: "\n")
        var sections: [Section] = []
        var current = Section(title: "(top)", line: 1)
        var pendingEdit: String?
        var i = 0
        func finish() { if !current.steps.isEmpty { sections.append(current) } }
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("## ") {
                finish()
                current = Section(title: String(line.dropFirst(3)), line: i + 1)
            } else if let directive = Self.directive(line) {
                if directive == "in an empty folder" {
                    current.emptyFolder = true
                } else if directive.hasPrefix("with ") {
                    current.sharedFiles += directive.dropFirst(5).split(separator: " ").map(String.init)
                } else if directive.hasPrefix("a translator's edit of ") {
                    pendingEdit = String(directive.dropFirst("a translator's edit of ".count))
                }
            } else if line.hasPrefix("```") {
                let start = i + 1
                var body: [String] = []
                i += 1
                while i < lines.count, !lines[i].hasPrefix("```") {
                    body.append(lines[i])
                    i += 1
                }
                if let file = pendingEdit {
                    current.steps.append(.edit(Edit(line: start, file: file, segments: body.joined(separator: "\n"))))
                    pendingEdit = nil
                } else if body.first?.hasPrefix("$ ") == true {
                    current.steps += commands(body, firstLine: start + 1).map(Step.run)
                }
            }
            i += 1
        }
        finish()
        return sections
    }

    /// The text of `<!-- example: TEXT -->`, or nil.
    static func directive(_ line: String) -> String? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("<!-- example:"), t.hasSuffix("-->") else { return nil }
        return t.dropFirst("<!-- example:".count).dropLast(3).trimmingCharacters(in: .whitespaces)
    }

    /// The commands of one fenced block whose first line is numbered `firstLine`.
    static func commands(_ body: [String], firstLine: Int) -> [Command] {
        var out: [Command] = []
        for (n, line) in body.enumerated() {
            if line.hasPrefix("$ ") {
                out.append(Command(line: firstLine + n, text: String(line.dropFirst(2)), expected: []))
            } else if line.hasPrefix("> "), var last = out.popLast(), last.expected.isEmpty {
                last.text += "\n" + line.dropFirst(2)
                out.append(last)
            } else if !out.isEmpty {
                out[out.count - 1].expected.append(line)
            }
        }
        return out
    }

    /// Runs `command` with bash in `folder`, `jeju` being the built binary; returns what it printed (then `[N]`
    /// for a failure), with the folder's path shown as `.`.
    static func run(_ command: String, in folder: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let text = command.replacingOccurrences(of: "swift run -c release jeju ", with: "jeju ")
        process.arguments = ["-c", "exec 2>&1\n" + text]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] =
            JejuBinary.url.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["COLUMNS"] = "120"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let outURL = folder.appendingPathComponent(".example-output")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        var printed = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        try FileManager.default.removeItem(at: outURL)
        printed = printed.replacingOccurrences(of: folder.path, with: ".")
        var lines = printed.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        if process.terminationStatus != 0 { lines.append("[\(process.terminationStatus)]") }
        return lines
    }

    /// Whether `actual` is what `expected` describes (`…` as a wildcard, a line of `…` for any lines).
    static func matches(_ expected: [String], _ actual: [String]) -> Bool {
        let patterns = expected.map { line -> NSRegularExpression? in
            line == "…"
                ? nil
                : try? NSRegularExpression(
                    pattern: "^"
                        + line.components(separatedBy: "…")
                        .map(NSRegularExpression.escapedPattern(for:)).joined(separator: ".*") + "$")
        }
        // memo[e][a]: whether expected[e...] matches actual[a...].
        var memo: [Int: Bool] = [:]
        func match(_ e: Int, _ a: Int) -> Bool {
            let key = e * (actual.count + 1) + a
            if let known = memo[key] { return known }
            let result: Bool
            if e == expected.count {
                result = a == actual.count
            } else if let regex = patterns[e] {
                result =
                    a < actual.count
                    && regex.firstMatch(in: actual[a], range: NSRange(actual[a].startIndex..., in: actual[a])) != nil
                    && match(e + 1, a + 1)
            } else {
                result = match(e + 1, a) || (a < actual.count && match(e, a + 1))
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }

    /// Applies a translator's edit: every `<segment id="X" …>…</segment>` in `edit.segments` replaces the segment
    /// with id X in the file. Throws when the file has no such segment.
    static func apply(_ edit: Edit, in folder: URL) throws {
        let url = folder.appendingPathComponent(edit.file)
        var text = try String(contentsOf: url, encoding: .utf8)
        let segment = try NSRegularExpression(
            pattern: #"<segment id="([^"]+)"[^>]*>.*?</segment>"#, options: .dotMatchesLineSeparators)
        let replacements = segment.matches(
            in: edit.segments, range: NSRange(edit.segments.startIndex..., in: edit.segments))
        guard !replacements.isEmpty else {
            throw EditError(message: "README.md:\(edit.line): no <segment> in the edit")
        }
        for r in replacements {
            guard let whole = Range(r.range, in: edit.segments), let idRange = Range(r.range(at: 1), in: edit.segments)
            else { continue }
            let new = String(edit.segments[whole]).trimmingCharacters(in: .whitespaces)
            let id = String(edit.segments[idRange])
            let old = try NSRegularExpression(
                pattern: #"<segment id=""# + NSRegularExpression.escapedPattern(for: id) + #""[^>]*>.*?</segment>"#,
                options: .dotMatchesLineSeparators)
            guard let found = old.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                let foundRange = Range(found.range, in: text)
            else {
                throw EditError(message: "README.md:\(edit.line): \(edit.file) has no segment '\(id)'")
            }
            text.replaceSubrange(foundRange, with: new)
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    struct EditError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
