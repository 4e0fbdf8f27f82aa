import Foundation
import Testing
import TestSupport

/// Long commands show progress on standard error, never in their results: with `JEJU_PROGRESS=always` (as on a
/// terminal, from the start) the progress lines appear on standard error and standard output is byte for byte the
/// same as without; `--quiet` (before or after the command) and a pipe show none.
@Suite struct ProgressTests {
    @Test(arguments: [
        (["check"], "checking: 0 of "),
        (["stats", "--format", "json"], "counting: 0 of "),
        (["extract", "--locale", "ko"], "extracting: 0 of "),
        (["build"], "writing pages: "),
        (["segment", "locales/en/notices/2016-05-26-local-officials-learn-e-government.txt"], "segmenting: 0 of "),
        (
            ["glossary", "terms", "locales/en/notices/2016-05-26-local-officials-learn-e-government.txt"],
            "finding terms: "
        ),
    ])
    func progressGoesToStandardErrorOnly(command: [String], expected: String) throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Each run from the same start (a build with its output folder gone, or it is a no-op).
        func run(_ arguments: [String], _ environment: [String: String] = [:]) throws -> JejuBinary.Result {
            try? FileManager.default.removeItem(at: dir.appendingPathComponent("build"))
            return try JejuBinary.run(arguments, environment: environment)
        }
        let plain = try run(["-C", dir.path] + command)
        let shown = try run(["-C", dir.path] + command, ["JEJU_PROGRESS": "always"])
        #expect(plain.status == 0 && shown.status == 0, "\(plain.stderr) \(shown.stderr)")
        #expect(!plain.stderr.contains(expected), "progress in a pipe: \(plain.stderr)")
        #expect(shown.stderr.contains(expected), "\(shown.stderr)")
        #expect(shown.stderr.contains("\r\u{1B}[K"), "the progress line is not cleared")
        #expect(shown.stdout == plain.stdout)
        for quiet in [["-C", dir.path, "--quiet"] + command, ["-C", dir.path] + command + ["-q"]] {
            let q = try run(quiet, ["JEJU_PROGRESS": "always"])
            #expect(q.status == 0 && !q.stderr.contains(expected), "\(quiet): \(q.stderr)")
            #expect(q.stdout == plain.stdout)
        }
        if command.contains("json") {
            #expect(
                (try? JSONSerialization.jsonObject(with: Data(shown.stdout.utf8))) != nil,
                "not JSON: \(shown.stdout.prefix(200))")
        }
    }
}
