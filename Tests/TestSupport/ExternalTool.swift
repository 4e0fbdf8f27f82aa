import Foundation

/// Runs an independent tool (xmllint, msgfmt, Python with polib or Translate Toolkit) that tests use as an oracle.
public enum ExternalTool {
    /// Runs `executable` with `arguments`; returns its exit status and what it printed (stdout and stderr).
    public static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    /// Runs xmllint (e.g. against a schema); nil when it is not installed, the running test then marked skipped
    /// with the reason.
    public static func xmllint(_ arguments: [String]) throws -> (status: Int32, output: String)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else {
            SharedData.skip("xmllint is not installed (apt-get install -y libxml2-utils)")
            return nil
        }
        return try run("/usr/bin/xmllint", arguments)
    }
}
