import Inline
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
        #expect(n.title?.content.codes.map(\.type) == [InlineCode.emphasis, InlineCode.emphasis])
        #expect(n.title?.content.codes.map(\.role) == [.opening, .closing])
        #expect(n.body.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .listItem, .quotation, .code])
        #expect(n.body.map(\.line) == [7, 9, 12, 13, 15, 17, 19])
        #expect(n.body[0].level == 1)
        #expect(n.body[3].content.text == "Second item continues here")
        #expect(n.body[4].marker == "1.")
        #expect(n.body[6].content.text == "not translated")
    }

    /// A code as `role type@offset`, `*` marking an isolated one.
    static func describe(_ c: InlineCode) -> String {
        "\(c.role.rawValue)\(c.isolated ? "*" : "") \(c.type ?? "?")@\(c.offset)"
    }

    @Test func inlineCodesAreOpeningAndClosingCodesAroundTheirText() throws {
        let n = try NoticeReader.read(Self.sample, path: "m.md")
        let p = n.body[1].content
        #expect(p.text == "The Ministry of the Interior and ICT Authority signed it. Run jeju build to see it.")
        let scalars = Array(p.text.unicodeScalars)
        #expect(
            p.codes.map(Self.describe) == [
                "opening strong@4", "closing strong@28", "opening link@33", "closing link@46", "opening code@62",
                "closing code@72",
            ])
        let covered = stride(from: 0, to: p.codes.count, by: 2).map { i in
            String(String.UnicodeScalarView(scalars[p.codes[i].offset..<p.codes[i + 1].offset]))
        }
        #expect(covered == ["Ministry of the Interior", "ICT Authority", "jeju build"])
        #expect(p.codes[2].attributes[Segment.urlAttribute] == "https://icta.go.ke")
        #expect(p.codes[3].attributes[Segment.urlAttribute] == "https://icta.go.ke")
        #expect(p.codes.map(\.id) == ["1", "1", "2", "2", "3", "3"])
    }

    @Test func hardLineBreaksAreStandaloneCodes() throws {
        let n = try NoticeReader.read("---\ntitle: T\n---\nOne  \ntwo\\\nthree *x*\n", path: "m.md")
        let c = n.body[0].content
        // The break stands between the lines: no space is added for the line end.
        #expect(c.text == "Onetwothree x")
        #expect(
            c.codes.map(Self.describe) == [
                "standalone line-break@3", "standalone line-break@6", "opening emphasis@12", "closing emphasis@13",
            ])
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
        #expect(
            c.codes.map(Self.describe) == [
                "opening strong@4", "opening link@8", "closing link@14", "closing strong@18",
            ])
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
