import Foundation
import JejuSupport

/// A project exception: text (typically an abbreviation such as "Dir. Gen.") after which a sentence never ends,
/// kept by editors in `locales/<tag>/segmentation-exceptions.txt`, one per line, `#` for comments.
public struct SegmentationException: Sendable, Equatable {
    /// The exact text, e.g. "Amb.".
    public var text: String
    /// The file it was read from.
    public var file: String
    /// Its line there.
    public var line: Int

    /// Creates an exception.
    public init(text: String, file: String, line: Int) {
        self.text = text
        self.file = file
        self.line = line
    }

    /// Parses an exceptions file: one entry per line; blank lines and lines starting with `#` are skipped.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> [SegmentationException] {
        var out: [SegmentationException] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard line.count <= 40 else {
                throw Diagnostic(
                    rule: "exceptions.length", path: path, line: i + 1, column: 1,
                    message: "an exception is an abbreviation, at most 40 characters")
            }
            out.append(SegmentationException(text: line, file: path, line: i + 1))
        }
        return out
    }
}
