import Foundation
import TestSupport
import Testing

@Suite struct SegmentCommandTests {
    static let root = SharedData.packageRoot
    static let notice = "locales/en/notices/2016-05-26-local-officials-learn-e-government.txt"

    @Test func linesAreTitleThenSentencesByBlock() throws {
        let r = try JejuBinary.run(["-C", Self.root.path, "segment", Self.notice])
        #expect(r.status == 0, "\(r.stderr)")
        let blocks = r.stdout.components(separatedBy: "\n\n")
        #expect(blocks.count == 9)
        #expect(blocks.first == "Local Officials from around the Globe Gather to Korea to Learn about E-Government")
        let sentences = blocks.dropFirst().flatMap { $0.split(separator: "\n") }
        #expect(sentences.count == 16)
        #expect(r.stdout.hasSuffix("Korea.”\n"))
    }

    @Test func jsonCarriesMetadataBlocksAndCodes() throws {
        let r = try JejuBinary.run(["-C", Self.root.path, "segment", Self.notice, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["date"] as? String == "2016-05-26")
        #expect(json["views"] as? Int == 9252)
        #expect(json["format"] as? String == "page-text")
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.count == 9)
        #expect(blocks.map { $0["kind"] as? String } == ["title"] + Array(repeating: "paragraph", count: 8))
        #expect(blocks[1]["line"] as? Int == 9)
        let chrome = try #require(json["chrome"] as? [String: Any])
        #expect((chrome["breadcrumb"] as? [String: Any])?["line"] as? Int == 3)

        let md = "---\ntitle: T\ndate: 2016-06-14\n---\nSee **the portal**. Done.\n"
        let m = try JejuBinary.run(["segment", "-", "--format", "json"], input: md)
        let mjson = try #require(try JSONSerialization.jsonObject(with: Data(m.stdout.utf8)) as? [String: Any])
        let segs = try #require(((mjson["blocks"] as? [[String: Any]])?[1])?["segments"] as? [[String: Any]])
        let code = try #require((segs[0]["codes"] as? [[String: Any]])?.first)
        #expect(code["kind"] as? String == "strong" && code["start"] as? Int == 4 && code["end"] as? Int == 14)
    }

    @Test func explainShowsRulesFromTheProjectAndICU() throws {
        let r = try JejuBinary.run(
            ["-C", Self.root.path, "segment", "--plain", "--explain", "-"],
            input: "Kim of Bur. Local Affairs met Dir. Gen. Lee. Then they left.\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("SRX no-break rule at locales/en/segmentation.srx:"))
        #expect(r.stdout.contains("project exception 'Dir. Gen.' at locales/en/segmentation-exceptions.txt:3"))
        #expect(r.stdout.contains("ICU sentence rule (status 0, terminator)"))
    }

    @Test func srxOptionAndLocale() throws {
        let dir = try JejuBinary.temporaryFolder()
        let srx = dir.appendingPathComponent("semicolon.srx")
        try """
        <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="yes"/><body><languagerules>
        <languagerule languagerulename="S"><rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
        </languagerules><maprules><languagemap languagepattern=".*" languagerulename="S"/></maprules></body></srx>
        """.write(to: srx, atomically: true, encoding: .utf8)
        let r = try JejuBinary.run(
            ["segment", "--plain", "--srx", srx.path, "--locale", "ru", "-"], input: "Один; два. Три.\n")
        #expect(r.stdout == "Один;\nдва.\nТри.\n")
    }

    /// Text long enough to be segmented on two threads gives, line for line, what segmenting each block of the whole
    /// notice gives (the JSON path, which reads the notice whole on one thread): plain text and Markdown without a
    /// code fence read in parts (`NoticeParts`), page text and Markdown with fences in batches as they stream.
    @Test(arguments: ["plain", "page text", "Markdown", "Markdown with code blocks"])
    func longTextSegmentedOnTwoThreadsMatchesTheWholeNotice(_ format: String) throws {
        let paragraphs = [
            "Dr. Kim met the 24 officials at 10:30 a.m. Mr. Lee of the Ministry spoke. The U.N. sent no one.",
            "The e-Government portal (www.gov.kr) is open. See No. 5 and pp. 14-16, e.g. the annex.",
            "• 1) Apply online. • 2) Wait for the e-mail at info@mois.go.kr. Then come.",
            "제주에서 교육이 열렸다. 24개국 공무원이 참가했다! 다음 해에도 열린다?",
            "ኢትዮጵያ ተሳትፋለች። ስልጠናው በጄጁ ተካሄደ። 👍 Done... And more.",
            "He said, “I hope this works.” She agreed. (Really.) It did",
            "“A paragraph wholly in quotation marks”",
            "See **the portal** at [the Ministry](https://www.mois.go.kr). Then *apply*. Code `x. y` stays.",
        ]
        var text =
            switch format {
            case "page text":
                "HOME > News\nNews\nA notice for the benchmark\nDate : 2016.05.26 Read : 9252\n\n"
            case "Markdown", "Markdown with code blocks": "---\ntitle: A notice\ndate: 2016-05-26\n---\n\n"
            default: ""
            }
        var k = 0
        var code = 0
        while text.utf8.count < 3 << 20 {
            text +=
                paragraphs[k % paragraphs.count].replacingOccurrences(of: "”", with: ", item \(k).”")
                + (paragraphs[k % paragraphs.count].hasPrefix("“") ? "" : " Item \(k).")
                + (k % 7 == 0 ? "\nwrapped   line \(k)." : "") + "\n\n"
            // A fence (which may hold blank lines) is read as the notice streams, not in parts.
            if format == "Markdown with code blocks" && k % 50 == 0 {
                text += "```\nNot. Segmented.\n\nNor this.\n```\n\n"
                code += 1
            }
            k += 1
        }
        let plain = format == "plain" ? ["--plain"] : []
        let lines = try JejuBinary.run(["segment"] + plain + ["-"], input: text)
        #expect(lines.status == 0, "\(lines.stderr)")
        let json = try JejuBinary.run(["segment"] + plain + ["--format", "json", "-"], input: text)
        #expect(json.status == 0, "\(json.stderr)")
        let notice = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let blocks = try #require(notice["blocks"] as? [[String: Any]])
        #expect(blocks.count == k + code + (format == "plain" ? 0 : 1))
        #expect(
            (format == "page text") == blocks.contains { $0["kind"] as? String == "quotation" },
            "quotations in \(format)")
        let expected =
            blocks.compactMap { b -> String? in
                let texts = (b["segments"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
                return texts.isEmpty ? nil : texts.joined(separator: "\n") + "\n"
            }
            .joined(separator: "\n")
        #expect(lines.stdout.utf8.count > 2 << 20)
        #expect(lines.stdout == expected)
        if format.hasPrefix("Markdown") {
            #expect(!lines.stdout.contains("**") && lines.stdout.contains("See the portal at"))
            #expect(!lines.stdout.contains("Segmented"))
        }
    }

    /// A notice read in parts reports what a notice streamed reports: a notice without a body before rules that do
    /// not compile, and those rules before any line is written, whatever the notice's length.
    @Test func aNoticeReadInPartsReportsItsErrorsAsWhenStreamed() throws {
        let dir = try JejuBinary.temporaryFolder()
        let srx = dir.appendingPathComponent("broken.srx")
        try Data("<srx version=\"2.0\"><body>".utf8).write(to: srx)
        let front = "---\ntitle: A notice\n---\n\n"
        let long = String(repeating: "A sentence. Another one.\n\n", count: 40_000)
        for (body, rule) in [
            ("***\n\n>\n", "notice.body"), ("One. Two.\n", "xml.well-formed"), (long, "xml.well-formed"),
        ] {
            let r = try JejuBinary.run(["-C", dir.path, "segment", "--srx", srx.path, "-"], input: front + body)
            #expect(r.status == 2 && r.stdout.isEmpty)
            #expect(r.stderr.contains("[\(rule)"), "\(r.stderr)")
        }
        let r = try JejuBinary.run(["-C", dir.path, "segment", "--plain", "--srx", srx.path, "-"], input: long)
        #expect(r.status == 2 && r.stdout.isEmpty && r.stderr.contains("[xml.well-formed]"), "\(r.stderr)")
    }

    @Test func badInputGetsAPositionedMessageAndExitTwo() throws {
        let dir = try JejuBinary.temporaryFolder()
        func run(_ args: [String], input: String? = nil) throws -> (Int32, String) {
            let r = try JejuBinary.run(["-C", dir.path, "segment"] + args, input: input)
            #expect(r.stdout.isEmpty)
            return (r.status, r.stderr)
        }
        var (status, message) = try run(["missing.txt"])
        #expect(status == 2 && message.contains("missing.txt: error: ") && message.contains("[input.missing]"))
        (status, message) = try run(["."])
        #expect(status == 2 && message.contains("[input.folder]"))
        try Data([0x54, 0x0A, 0x44, 0xFF]).write(to: dir.appendingPathComponent("bad.txt"))
        (status, message) = try run(["bad.txt"])
        #expect(status == 2 && message.contains("bad.txt:2:2: error: ") && message.contains("[input.utf8]"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        (status, message) = try run(["empty.txt"])
        #expect(status == 2 && message.contains("[input.empty]"))
        (status, message) = try run(["-"], input: "\nDate : 2016.05.26\nBody.\n")
        #expect(status == 2 && message.contains("-:2:1: error: ") && message.contains("[notice.title]"))
        (status, message) = try run(["-"], input: "Nothing recognisable here.\n")
        #expect(status == 2 && message.contains("-:1:1: error: ") && message.contains("[notice.format]"))
        // 200 MB (sparse): refused by size before it is read, so memory stays bounded.
        let big = dir.appendingPathComponent("big.txt")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        (status, message) = try run(["big.txt"])
        #expect(status == 2 && message.contains("[limits.file]") && message.contains("200 MiB"))
        (status, message) = try run(["--locale", "not a tag", "x"])
        #expect(status == 2)
    }
}
