import Foundation
import JejuSupport
import Notices
import TestSupport
import Testing

@Suite struct PageTextReaderTests {
    /// The project's own copy of the first notice (identical to ../shared/seed).
    static let firstNotice = SharedData.packageRoot
        .appendingPathComponent("locales/en/notices/2016-05-26-local-officials-learn-e-government.txt").path

    @Test func firstNoticeIsReadWhole() throws {
        let notice = try NoticeReader.read(contentsOf: Self.firstNotice)
        #expect(notice.format == .pageText)
        #expect(notice.id == "2016-05-26-local-officials-learn-e-government")
        #expect(
            notice.title?.content.text
                == "Local Officials from around the Globe Gather to Korea to Learn about E-Government")
        #expect(notice.title?.line == 7)
        #expect(notice.date?.iso == "2016-05-26")
        #expect(notice.views == 9252)
        #expect(notice.chrome.skipLinks == Located("the body go topmenu go", line: 1))
        #expect(notice.chrome.breadcrumb == Located(["HOME", "What's New", "News & Notices"], line: 3))
        #expect(notice.chrome.section == Located("News & Notices", line: 5))
        #expect(notice.chrome.backToTop?.value == "Top")
        #expect(notice.body.count == 8)
        #expect(notice.body.map(\.line) == [9, 11, 13, 15, 17, 19, 21, 23])
        #expect(
            notice.body.last?.content.text.hasPrefix("Director General Lee In-jae commented, “E-government") == true)
    }

    @Test func projectCopyIsTheSeedUnchanged() throws {
        guard let seed = SharedData.url("seed/notice-2016-05-26.txt") else { return }
        #expect(try Data(contentsOf: seed) == Data(contentsOf: URL(fileURLWithPath: Self.firstNotice)))
    }

    @Test func everyLineIsAccountedFor() throws {
        // Nothing of the file is dropped: chrome, title, date line and body cover every non-blank line.
        let text = try TextFile.read(Self.firstNotice)
        let notice = try NoticeReader.read(text, path: Self.firstNotice)
        var covered = Set(notice.body.map(\.line))
        for l in [
            notice.chrome.skipLinks?.line, notice.chrome.breadcrumb?.line, notice.chrome.section?.line,
            notice.chrome.backToTop?.line, notice.title?.line,
        ] { if let l { covered.insert(l) } }
        covered.insert(8)  // the date line
        let nonBlank = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0.offset + 1 }
        #expect(Set(nonBlank) == covered)
    }

    @Test func viewCountsWithGroupingAndQuotations() throws {
        let text = "A Title\nDate : 2017.1.5 Read : 12,480\n“We will meet again in Jeju.”\n\nSecond paragraph.\n"
        let notice = try NoticeReader.read(text, path: "n.txt")
        #expect(notice.views == 12480)
        #expect(notice.date?.iso == "2017-01-05")
        #expect(notice.body.map(\.kind) == [.quotation, .paragraph])
        #expect(notice.chrome == PageChrome())
    }

    @Test func badPageTextIsReportedWithItsLine() {
        func failure(_ text: String) -> Diagnostic? {
            do { _ = try NoticeReader.read(text, path: "bad.txt"); return nil } catch { return error }
        }
        let noTitle = failure("\nDate : 2016.05.26 Read : 1\nBody.\n")
        #expect(noTitle?.line == 2 && noTitle?.rule == "notice.title")
        #expect(failure("Title\nDate : 2016.02.30\nBody.\n")?.rule == "notice.date")
        let stray = failure("HOME > News\nSome stray words\nTitle\nDate : 2016.05.26\nBody.\n")
        #expect(stray?.line == 2 && stray?.rule == "page-text.chrome")
        #expect(failure("Title\nDate : 2016.05.26 Read : 9.252\nBody.\n") != nil)
        #expect(failure("Title\nDate : 2016.05.26\n\nTop\n")?.rule == "notice.body")
        let neither = failure("Just some text.\n\nAnother paragraph.\n")
        #expect(neither?.line == 1 && neither?.rule == "notice.format" && neither?.message.contains("--plain") == true)
        #expect(failure("   \n\n")?.rule == "notice.empty")
    }

    @Test func plainReadsParagraphs() throws {
        let notice = try NoticeReader.read("One line\ncontinues.\n\nTwo.\n", path: "p.txt", plain: true)
        #expect(notice.title == nil)
        #expect(notice.body.map(\.content.text) == ["One line continues.", "Two."])
        #expect(notice.body.map(\.line) == [1, 4])
    }
}
