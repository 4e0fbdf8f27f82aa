import Foundation
import Testing

/// The independent reference data in `../shared` (schemas, conformance files, corpora) that conformance tests
/// read in place. When the folder is absent, `url` prints why the test is skipped and returns nil.
public enum SharedData {
    /// The package root: three levels above this file (Tests/TestSupport/SharedData.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` next to the package root.
    public static let root: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether the shared folder is present.
    public static var isAvailable: Bool { FileManager.default.fileExists(atPath: root.path) }

    /// The URL of `relativePath` inside `../shared`, or nil (with a printed reason) when it is absent.
    public static func url(_ relativePath: String, test: String = #function) -> URL? {
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            skip("\(test): \(url.path) is absent (the ../shared reference data is not beside this checkout)")
            return nil
        }
        return url
    }

    /// Marks the running test as skipped (cancelled, with `reason` as the comment the test report shows), never as
    /// passed: used when the reference data or an independent tool a test needs is absent. `Test.cancel` cancels
    /// the test's task, which the testing library reports as skipped even though its error is not rethrown here;
    /// the test may return at once after this.
    public static func skip(_ reason: String) {
        _ = try? Test.cancel(Comment(rawValue: reason))
    }
}
