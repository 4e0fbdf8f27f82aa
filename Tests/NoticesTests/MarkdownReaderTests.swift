import JejuSupport
import Notices
import Testing

@Suite struct MarkdownReaderTests {
    static let sample = """
        ---
        title: Korea and Kenya sign an *e-government* MOU
        date: 2016-06-14
        views: 12,480
        id: 2016-06-14-kenya-mou
        ---
        # Background

        The **Ministry of the Interior** and [ICT Authority](https://icta.go.ke) signed it.
        Run `jeju build` to see it.

        - First item
        - Second item
          continues here
        1. Numbered

        > “A quotation.”

        ```
        not translated
        ```
        """

    @Test func frontMatterAndBlocks() throws {
        let n = try NoticeReader.read(Self.sample, path: "m.md")
        #expect(n.format == .markdown)
        #expect(n.id == "2016-06-14-kenya-mou")
        #expect(n.date?.iso == "2016-06-14")
        #expect(n.views == 12480)
        #expect(n.title?.content.text == "Korea and Kenya sign an e-government MOU")
        #expect(n.title?.content.codes.map(\.kind) == [.emphasis])
        #expect(n.body.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .listItem, .quotation, .code])
        #expect(n.body.map(\.line) == [7, 9, 12, 13, 15, 17, 19])
        #expect(n.body[0].level == 1)
        #expect(n.body[3].content.text == "Second item continues here")
        #expect(n.body[4].marker == "1.")
        #expect(n.body[6].content.text == "not translated")
    }

    @Test func inlineCodesArePositionedSpans() throws {
        let n = try NoticeReader.read(Self.sample, path: "m.md")
        let p = n.body[1].content
        #expect(p.text == "The Ministry of the Interior and ICT Authority signed it. Run jeju build to see it.")
        let scalars = Array(p.text.unicodeScalars)
        func covered(_ c: InlineSpan) -> String { String(String.UnicodeScalarView(scalars[c.start..<c.end])) }
        #expect(p.codes.map(\.kind) == [.strong, .link, .code])
        #expect(p.codes.map(covered) == ["Ministry of the Interior", "ICT Authority", "jeju build"])
        #expect(p.codes[1].data == "https://icta.go.ke")
        #expect(Set(p.codes.map(\.id)).count == 3)
    }

    @Test func unmatchedMarkupStaysAsText() throws {
        let n = try NoticeReader.read(
            "---\ntitle: T\n---\nA * star, snake_case_name, 2*3 and [brackets] stay.\n", path: "m.md")
        #expect(n.body[0].content.text == "A * star, snake_case_name, 2*3 and [brackets] stay.")
        #expect(n.body[0].content.codes.isEmpty)
    }

    @Test func nestedMarkup() throws {
        let n = try NoticeReader.read(
            "---\ntitle: T\n---\nSee **the [portal](http://x.kr) now** please.\n", path: "m.md")
        let c = n.body[0].content
        #expect(c.text == "See the portal now please.")
        #expect(c.codes.map { "\($0.kind.rawValue)@\($0.start)-\($0.end)" } == ["strong@4-18", "link@8-14"])
    }

    @Test func frontMatterErrorsHaveLines() {
        func failure(_ text: String) -> Diagnostic? {
            do { _ = try NoticeReader.read(text, path: "m.md"); return nil } catch { return error }
        }
        #expect(failure("---\ndate: 2016-05-26\n---\nBody.\n")?.rule == "notice.title")
        let date = failure("---\ntitle: T\ndate: 2016-13-01\n---\nBody.\n")
        #expect(date?.line == 3 && date?.rule == "notice.date")
        let unknown = failure("---\ntitle: T\nauthor: me\n---\nBody.\n")
        #expect(unknown?.line == 3 && unknown?.rule == "markdown.front-matter")
        #expect(failure("---\ntitle: T\nBody.\n")?.rule == "markdown.front-matter")
        #expect(failure("---\ntitle: [unclosed\n---\nBody.\n")?.rule == "markdown.front-matter")
        let fence = failure("---\ntitle: T\n---\n```\ncode\n")
        #expect(fence?.line == 4 && fence?.rule == "markdown.code-fence")
    }
}
