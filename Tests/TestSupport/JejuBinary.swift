import Foundation

/// Runs the built `jeju` executable, as a user would, and captures what it prints.
public enum JejuBinary {
    /// What one run produced.
    public struct Result: Sendable {
        /// The exit status.
        public let status: Int32
        /// Standard output.
        public let stdout: String
        /// Standard error.
        public let stderr: String

        /// A result (for tests that run the binary their own way).
        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The executable beside the test bundle (`swift test` builds it because the test targets depend on it).
    public static var url: URL {
        let build = Bundle.main.bundleURL
        for candidate in [
            build.appendingPathComponent("jeju"), build.deletingLastPathComponent().appendingPathComponent("jeju"),
        ]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        return SharedData.packageRoot.appendingPathComponent(".build/debug/jeju")
    }

    /// Runs `jeju arguments…` in `directory`, feeding `input` on standard input.
    /// `environment` adds to (or, with an empty value, removes from) the test process's environment.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, input: String? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if !environment.isEmpty {
            var env = ProcessInfo.processInfo.environment
            for (k, v) in environment { env[k] = v.isEmpty ? nil : v }
            process.environment = env
        }
        if let directory { process.currentDirectoryURL = directory }
        // Output goes to files, so a large output can never fill a pipe and block the child.
        let folder = try temporaryFolder()
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
        try inp.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let result = Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        try? FileManager.default.removeItem(at: folder)
        return result
    }

    /// A fresh temporary folder for one test, inside `scratchRoot`.
    public static func temporaryFolder() throws -> URL {
        let url = scratchRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder every test of this process works in, removed when the process exits (a run of the suite
    /// makes a few thousand folders; left behind, they would fill the machine's temporary folder run after run).
    public static let scratchRoot: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jeju-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        atexit { try? FileManager.default.removeItem(at: JejuBinary.scratchRoot) }
        return url
    }()
}
