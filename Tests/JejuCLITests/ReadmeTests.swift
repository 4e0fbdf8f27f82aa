import Foundation
import TestSupport
import Testing

/// The README cannot drift from the binary: every command example in it runs here, on a scratch copy of this
/// repository, and prints what the README shows; the commands table names exactly the options `--help` lists.
@Suite struct ReadmeTests {
    static let readme = (try? String(contentsOf: ReadmeExamples.readmeURL, encoding: .utf8)) ?? ""
    static let sections = ReadmeExamples.sections(readme)

    @Test func theReadmeHasExamplesInEverySectionThatShowsCommands() {
        let titles = Set(Self.sections.map(\.title))
        for expected in ["Your first project", "Commands", "The translators' loop", "Build", "Glossary", "Validate"] {
            #expect(titles.contains(expected), "no runnable example under ## \(expected)")
        }
        let commands = Self.sections.flatMap(\.steps).filter { if case .run = $0 { true } else { false } }
        #expect(commands.count >= 15, "only \(commands.count) commands found in README.md")
    }

    @Test(arguments: sections) func examplesRunAsWritten(_ section: ReadmeExamples.Section) throws {
        let folder: URL
        if section.emptyFolder {
            folder = try JejuBinary.temporaryFolder()
        } else {
            folder = try ConcurrencyTests.projectCopy()
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in section.sharedFiles {
            let relative = path.hasPrefix("../shared/") ? String(path.dropFirst("../shared/".count)) : path
            guard let url = SharedData.url(relative, test: "README.md:\(section.line) ## \(section.title)") else {
                return
            }
            try FileManager.default.copyItem(at: url, to: folder.appendingPathComponent(url.lastPathComponent))
        }
        for step in section.steps {
            switch step {
            case .edit(let edit):
                try ReadmeExamples.apply(edit, in: folder)
            case .run(let command):
                let printed = try ReadmeExamples.run(command.text, in: folder)
                guard ReadmeExamples.matches(command.expected, printed) else {
                    Issue.record(
                        """
                        \(command) printed something else.
                        README shows:
                        \(command.expected.joined(separator: "\n"))
                        jeju printed:
                        \(printed.joined(separator: "\n"))
                        """)
                    return  // the next examples build on this one
                }
            }
        }
    }

    // MARK: - The matcher the examples rely on

    @Test func wildcardsMatchWhatTheyShouldAndNothingElse() {
        #expect(ReadmeExamples.matches(["a", "…", "d"], ["a", "b", "c", "d"]))
        #expect(ReadmeExamples.matches(["a", "…", "d"], ["a", "d"]))
        #expect(!ReadmeExamples.matches(["a", "…", "d"], ["a", "b", "c"]))
        #expect(ReadmeExamples.matches(["…:7:1: Local"], ["locales/en/x.txt:7:1: Local"]))
        #expect(!ReadmeExamples.matches(["…:7:1: Local"], ["locales/en/x.txt:7:2: Local"]))
        #expect(!ReadmeExamples.matches(["17 merged"], ["17 merged", "[1]"]))
        #expect(!ReadmeExamples.matches(["a.b"], ["axb"]))
        #expect(!ReadmeExamples.matches([], ["output nobody shows"]))
    }

    @Test func commandsAndContinuationLinesAreRead() {
        let body = ["$ cat > a.md <<'EOF'", "> line one", "> EOF", "$ jeju check", "ok", "…"]
        let commands = ReadmeExamples.commands(body, firstLine: 10)
        #expect(commands.map(\.text) == ["cat > a.md <<'EOF'\nline one\nEOF", "jeju check"])
        #expect(commands.map(\.expected) == [[], ["ok", "…"]])
        #expect(commands.map(\.line) == [10, 13])
    }

    // MARK: - The commands table and --help

    /// Every row of the commands table: the command's words (`["tm", "lookup"]`), the options the row names, and
    /// the subcommands it lists (`jeju tm import\|lookup`).
    static func tableRows() -> [(words: [String], options: Set<String>, subcommands: [String])] {
        var rows: [(words: [String], options: Set<String>, subcommands: [String])] = []
        for line in readme.components(separatedBy: "\n") where line.hasPrefix("| `jeju ") {
            let cell = line.dropFirst(3).prefix { $0 != "`" }
            let tokens = cell.replacingOccurrences(of: "\\|", with: "|").split(separator: " ").map(String.init)
            var words: [String] = []
            var subcommands: [String] = []
            for token in tokens.dropFirst() {
                guard token.first?.isLowercase == true, !token.contains("…") else { break }
                if token.contains("|") {
                    subcommands = token.split(separator: "|").map(String.init)
                    break
                }
                words.append(token)
            }
            let options = Set(
                tokens.compactMap { token -> [String]? in
                    let t = token.trimmingCharacters(in: CharacterSet(charactersIn: "[]…,"))
                    guard t.hasPrefix("-"), t.count > 1 else { return nil }
                    return t.split(separator: "|").map(String.init).filter { $0.hasPrefix("-") }
                }.joined())
            rows.append((words, options, subcommands))
        }
        return rows
    }

    /// The options and subcommands `jeju WORDS --help` lists; each option as its names (`-o`, `--output`).
    static func help(_ words: [String]) throws -> (options: [[String]], subcommands: [String]) {
        let r = try JejuBinary.run(words + ["--help"])
        var options: [[String]] = []
        var subcommands: [String] = []
        var section = ""
        for line in r.stdout.components(separatedBy: "\n") {
            if !line.hasPrefix(" "), line.hasSuffix(":") { section = line; continue }
            let t = line.trimmingCharacters(in: .whitespaces)
            if section.hasPrefix("OPTIONS"), line.hasPrefix("  -") {
                let names = t.split(separator: " ").prefix { $0.hasPrefix("-") }
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
                    .flatMap { $0.split(separator: "/").map(String.init) }  // --merge/--replace
                options.append(names)
            } else if section.hasPrefix("SUBCOMMANDS"), line.hasPrefix("  "), !line.hasPrefix("   "),
                let first = t.split(separator: " ").first,
                first.allSatisfy({ $0.isLowercase || $0 == "-" })
            {
                subcommands.append(String(first))
            }
        }
        return (options, subcommands)
    }

    /// Options every command takes, described once above the table.
    static let common: Set<String> = ["-C", "--wait", "-q", "--quiet", "-h", "--help", "--version"]

    @Test func theCommandsTableNamesExactlyTheOptionsHelpLists() throws {
        let rows = Self.tableRows()
        #expect(rows.count >= 15, "the commands table has only \(rows.count) rows")
        let top = try Self.help([])
        let named = Set(rows.compactMap(\.words.first))
        #expect(
            Set(top.subcommands).subtracting(["help"]) == named,
            "jeju --help and the README's table list different commands")
        for row in rows {
            let help = try Self.help(row.words)
            let label = (["jeju"] + row.words).joined(separator: " ")
            if !row.subcommands.isEmpty {
                #expect(
                    row.subcommands == help.subcommands.filter { $0 != "help" },
                    "\(label): the README lists \(row.subcommands), --help \(help.subcommands)")
                continue
            }
            #expect(!help.options.isEmpty || help.subcommands.isEmpty, "\(label) --help printed no options")
            for option in row.options {
                #expect(
                    help.options.contains { $0.contains(option) },
                    "\(label): the README names \(option), which --help does not list")
            }
            for names in help.options where Set(names).isDisjoint(with: Self.common) {
                #expect(
                    !Set(names).isDisjoint(with: row.options),
                    "\(label): --help lists \(names.joined(separator: ", ")), which the README's table does not name")
            }
        }
    }
}
