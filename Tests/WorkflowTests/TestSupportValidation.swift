import Foundation
import TestSupport

/// `../shared/tools/validate.sh` on a file; nil (with a printed reason) when the tools are absent.
enum TestSupportValidation {
    static func validate(_ file: URL, test: String = #function) throws -> (ok: Bool, output: String)? {
        guard let script = SharedData.url("tools/validate.sh", test: test) else { return nil }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else {
            SharedData.skip("\(test): xmllint is not installed (apt-get install -y libxml2-utils)")
            return nil
        }
        return try Tool.run("/bin/bash", [script.path, file.path])
    }
}

/// Runs an external tool and returns whether it succeeded and what it printed.
enum Tool {
    static func run(_ executable: String, _ arguments: [String]) throws -> (ok: Bool, output: String) {
        let r = try ExternalTool.run(executable, arguments)
        return (r.status == 0, r.output)
    }

    /// The path of `name` on PATH, or nil.
    static func find(_ name: String) -> String? { ExternalTool.find(name) }
}
