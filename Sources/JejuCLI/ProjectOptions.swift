import ArgumentParser
import Foundation
import JejuSupport

/// Options every command takes: `-C DIR`, like `git -C`, and `--quiet` (read by the root command, before or after
/// the command's name), and `--wait`.
struct ProjectOptions: ParsableArguments {
    @OptionGroup var root: DirectoryOption

    /// `-C DIR`, as given.
    var directory: String? { root.path }

    /// Progress of `what` over `total` `unit`s, on the terminal unless `--quiet` (`Progress`).
    func progress(_ what: String, total: Int = 0, unit: String = "") -> Progress {
        Progress(what, total: total, unit: unit, quiet: root.quiet)
    }

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Wait up to SECONDS for another jeju command that is changing the project.", valueName: "SECONDS"))
    var wait: Double = 60

    func validate() throws {
        guard wait.isFinite, wait >= 0 else {
            throw ValidationError("--wait: '\(wait)' is not a number of seconds (0 or more)")
        }
    }

    /// The folder the command runs in.
    var workingDirectory: URL {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        guard let directory else { return cwd }
        return URL(fileURLWithPath: directory, isDirectory: true, relativeTo: cwd).standardizedFileURL
    }

    /// Resolves a path the user gave relative to `-C`.
    func resolve(_ path: String) -> String {
        if path == "-" || path.hasPrefix("/") { return path }
        return workingDirectory.appendingPathComponent(path).path
    }

    /// The project containing the working directory.
    func project() throws(Diagnostic) -> Project {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workingDirectory.path, isDirectory: &isFolder), isFolder.boolValue
        else {
            throw Diagnostic(rule: "options.folder", path: workingDirectory.path, message: "-C: no such folder")
        }
        return try Project.find(from: workingDirectory)
    }

    /// The project with its lock taken: `.write` for commands that change it (alone), `.read` for commands that
    /// read it (never while a writer is halfway). A second writer waits up to `--wait` seconds, saying for whom.
    func project(_ access: ProjectLock.Access, command: String) throws(Diagnostic) -> (Project, ProjectLock) {
        let project = try project()
        let lock = try ProjectLock.acquire(
            root: project.root, access: access, command: "jeju \(command)", wait: wait,
            waiting: { Console.error("jeju: \($0)") })
        return (project, lock)
    }

    /// The project if there is one; commands that also work on loose files use this. A `jeju.yml` that exists
    /// but cannot be read is an error, never a silent run without the project's settings.
    func projectIfAny() throws(Diagnostic) -> Project? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workingDirectory.path, isDirectory: &isFolder), isFolder.boolValue
        else {
            throw Diagnostic(rule: "options.folder", path: workingDirectory.path, message: "-C: no such folder")
        }
        return try Project.locate(from: workingDirectory)
    }
}

/// Runs a command body, turning diagnostics into a message on standard error and exit code 2 (DESIGN.md).
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let diagnostic as Diagnostic {
        Console.error(diagnostic.description)
        throw ExitCode(2)
    } catch let exit as ExitCode {
        throw exit
    } catch {
        Console.error("jeju: error: \(error)")
        throw ExitCode(2)
    }
}

/// Output helpers: standard output for results, standard error for diagnostics.
enum Console {
    /// Writes `text` to standard output as is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
