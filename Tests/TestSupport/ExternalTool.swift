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

extension ExternalTool {
    /// Where Debian's `omegat` package puts OmegaT's jar.
    public static let omegatJar = "/usr/share/omegat/OmegaT.jar"

    /// Runs OmegaT's console mode (`--mode=console-translate`) on the project in `project`, headless, with its
    /// settings in `configFolder` (so the user's own OmegaT settings play no part); nil when OmegaT or Java is
    /// not installed, the running test then marked skipped with the reason.
    public static func omegatConsoleTranslate(_ project: URL, configFolder: URL) throws -> (status: Int32, output: String)? {
        let java = ["/usr/bin/java", "/usr/lib/jvm/default-java/bin/java"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let java, FileManager.default.fileExists(atPath: omegatJar) else {
            SharedData.skip("OmegaT is not installed (apt-get install -y omegat: Debian's OmegaT 3.6 and a JRE)")
            return nil
        }
        return try run(java, ["-Djava.awt.headless=true", "-jar", omegatJar, project.path, "--mode=console-translate",
                              "--disable-project-locking", "--config-dir=\(configFolder.path)", "--tag-validation=warn"])
    }
}
