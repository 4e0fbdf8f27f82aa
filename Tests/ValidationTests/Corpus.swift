import Foundation
import TestSupport

/// The reference files in ../shared the conformance tests read in place.
enum Corpus {
    /// The files of `folder` ending in `suffix`, sorted; empty (and the test marked skipped) when the folder is absent.
    static func files(_ folder: String, suffix: String, test: String = #function) -> [URL] {
        guard let url = SharedData.url(folder, test: test) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { url.appendingPathComponent($0) }
    }

    /// Runs a tool, returning its exit status, or nil (and the test marked skipped) when it is not installed.
    static func run(_ tool: String, _ arguments: [String], test: String = #function) -> Int32? {
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            SharedData.skip("\(test): \(tool) is not installed, so the comparison with it did not run")
            return nil
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        p.waitUntilExit()
        return p.terminationStatus
    }
}
