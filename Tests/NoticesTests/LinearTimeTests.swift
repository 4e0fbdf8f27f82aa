import Foundation
import JejuSupport
import Notices
import Testing

/// Adversarial notices: 1 MB of each reader's worst case. Before the bracket and closer tables, 200 KB of
/// `[a](` took 29 s and 400 KB over a minute (quadratic); each case here must finish far inside the limit, which
/// only guards against that blow-up (speed itself is measured by the benchmarks).
@Suite struct LinearTimeTests {
    static let patterns = [
        "[a](", "*a ", "**a ", "_a ", "`a ", "[", "(", "[a](b ", "``a `", "*`a ", "*[a](`", "a ", "\\*",
    ]

    static func markdown(_ pattern: String) -> String {
        "---\ntitle: T\ndate: 2016-05-26\n---\n" + String(repeating: pattern, count: (1 << 20) / pattern.utf8.count)
            + "\n"
    }

    @Test(arguments: patterns)
    func markdownWorstCases(_ pattern: String) throws {
        let start = Date()
        let notice = try NoticeReader.read(Self.markdown(pattern), path: "worst.md")
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 30, "\(pattern): \(seconds) s for 1 MB")
        // Nothing the author wrote is lost: unmatched markup stays as text.
        let text = notice.body.map(\.content.text).joined()
        #expect(text.unicodeScalars.count > (1 << 20) / pattern.utf8.count / 2)
    }

    @Test func deeplyNestedMarkupStaysText() throws {
        let depth = 20_000
        let text =
            "---\ntitle: T\ndate: 2016-05-26\n---\n" + String(repeating: "[*", count: depth) + "x"
            + String(repeating: "*](u)", count: depth) + "\n"
        let notice = try NoticeReader.read(text, path: "deep.md")
        #expect(notice.body.count == 1)
    }

    @Test func longPageTextAndPlainLines() throws {
        let line = String(repeating: "Officials met. ", count: (1 << 20) / 15)
        let start = Date()
        _ = try NoticeReader.read(line + "\n\n" + line + "\n", path: "plain.txt", plain: true)
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
