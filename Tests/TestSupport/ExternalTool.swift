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

    /// The path of `name` on PATH, or nil.
    public static func find(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
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
    public static func omegatConsoleTranslate(_ project: URL, configFolder: URL) throws -> (
        status: Int32, output: String
    )? {
        let java = ["/usr/bin/java", "/usr/lib/jvm/default-java/bin/java"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let java, FileManager.default.fileExists(atPath: omegatJar) else {
            SharedData.skip("OmegaT is not installed (apt-get install -y omegat: Debian's OmegaT 3.6 and a JRE)")
            return nil
        }
        return try run(
            java,
            [
                "-Djava.awt.headless=true", "-jar", omegatJar, project.path, "--mode=console-translate",
                "--disable-project-locking", "--config-dir=\(configFolder.path)", "--tag-validation=warn",
            ])
    }
}

extension ExternalTool {
    /// What OmegaT's own glossary readers (TBX for a `.tbx` file, else its tab-separated format) make of `file` in
    /// a project from `source` to `target`: each entry's source term, target terms and comment
    /// (`Tests/Fixtures/omegat/OmegaTGlossaryProbe.java`, run with Java's source launcher, so it needs a JDK's
    /// compiler module). Nil when OmegaT or a JDK is not installed, the running test then marked skipped with the
    /// reason.
    public static func omegatGlossary(_ file: URL, source: String, target: String) throws -> [(
        source: String, targets: [String], comment: String
    )]? {
        let java = ["/usr/bin/java", "/usr/lib/jvm/default-java/bin/java"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let java, FileManager.default.fileExists(atPath: omegatJar) else {
            SharedData.skip("OmegaT is not installed (apt-get install -y omegat: Debian's OmegaT 3.6 and a JRE)")
            return nil
        }
        guard try run(java, ["--list-modules"]).output.contains("jdk.compiler@") else {
            SharedData.skip(
                "Java has no compiler module to run OmegaT's glossary reader (apt-get install -y default-jdk-headless)")
            return nil
        }
        let probe = SharedData.packageRoot.appendingPathComponent("Tests/Fixtures/omegat/OmegaTGlossaryProbe.java")
        let r = try run(java, ["-Djava.awt.headless=true", "-cp", omegatJar, probe.path, file.path, source, target])
        guard r.status == 0 else { throw ProbeFailure(output: r.output) }
        return r.output.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { return nil }
            return (String(parts[0]), parts[1].components(separatedBy: " | "), String(parts[2]))
        }
    }

    /// A probe that ran and failed, with what it printed.
    public struct ProbeFailure: Error, CustomStringConvertible {
        /// What the probe printed.
        public let output: String
        /// The failure in words.
        public var description: String { "the OmegaT probe failed: \(output)" }
    }
}
