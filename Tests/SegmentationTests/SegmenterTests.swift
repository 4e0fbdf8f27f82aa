import Foundation
import Inline
import JejuSupport
import Notices
import Segmentation
import TestSupport
import Testing

@Suite struct SegmenterTests {
    static let projectRoot = SharedData.packageRoot

    @Test func firstNoticeIsItsTitleAndSixteenSentences() throws {
        let project = try Project.find(from: Self.projectRoot)
        let path = Self.projectRoot.appendingPathComponent(
            "locales/en/notices/2016-05-26-local-officials-learn-e-government.txt"
        ).path
        let notice = try NoticeReader.read(contentsOf: path)
        let blocks = try Segmenter.forProject(project, language: "en").segments(of: notice)
        #expect(blocks.first?.block.kind == .title && blocks.first?.segments.count == 1)
        let body = blocks.dropFirst().flatMap(\.segments)
        #expect(body.count == 16)
        #expect(blocks.dropFirst().map(\.segments.count) == [3, 2, 2, 2, 2, 2, 1, 2])
        #expect(
            body.last?.text
                == "He then continued, “I hope this training opportunity would serve as a platform for participants to explore ways of cooperation with Korea.”"
        )
        // Every character of every block is in exactly one segment or in the white space between segments.
        for b in blocks {
            let joined = b.segments.map(\.text).joined(separator: " ")
            #expect(joined == b.block.content.text)
        }
    }

    @Test func explainNamesEveryKindOfReason() throws {
        let rules = try SRXRules.parse(
            Data(
                """
                <?xml version="1.0"?>
                <srx xmlns="http://www.lisa.org/srx20" version="2.0">
                  <header cascade="yes"/>
                  <body>
                    <languagerules>
                      <languagerule languagerulename="Test">
                        <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>
                      </languagerule>
                    </languagerules>
                    <maprules><languagemap languagepattern="en.*" languagerulename="Test"/></maprules>
                  </body>
                </srx>
                """.utf8), path: "test.srx")
        let exceptions = [SegmentationException(text: "Amb.", file: "exceptions.txt", line: 1)]
        let s = try Segmenter(language: "en", ruleSets: [rules, SRXRules.jejuDefaults], exceptions: exceptions)
        let text = "The Dept. Head met Amb. Choi; then Dr. Lee. Done."
        let decisions = s.explain(text)
        func reason(at word: String) -> Segmenter.Reason? {
            guard let r = text.range(of: word) else { return nil }
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            return decisions.first { $0.offset == offset }?.reason
        }
        #expect(reason(at: "Head") == .cldrSuppression(locale: "en"))
        if case .exception(let e) = reason(at: "Choi") {
            #expect(e.text == "Amb.")
        } else {
            Issue.record("Amb. not an exception")
        }
        if case .srx(let r) = reason(at: "then") {
            #expect(r.origin.file == "test.srx" && r.origin.line == 7 && r.isBreak)
        } else {
            Issue.record("no SRX break at ;")
        }
        if case .srx(let r) = reason(at: "Lee") {
            #expect(r.origin.file == SRXRules.defaultRulesFile && !r.isBreak)
        } else {
            Issue.record("Dr. not suppressed by SRX")
        }
        if case .icu(let status) = reason(at: "Done") {
            #expect(status < 100)
        } else {
            Issue.record("no ICU break before Done")
        }
        #expect(decisions.last?.reason == .endOfText)
        #expect(s.segments(of: text).count == 3)
    }

    /// The built-in rules are read without compiling their patterns (the segmenter compiles what it uses); every
    /// one of them compiles, and reading them checked gives the same rules.
    @Test func everyBuiltInPatternCompiles() throws {
        let checked = try SRXRules.parse(
            Data(SRXRules.defaultRulesXML.utf8), path: SRXRules.defaultRulesFile, checkingPatterns: true)
        let unchecked = try SRXRules.jejuDefaults
        #expect(checked.languageRules == unchecked.languageRules)
        #expect(checked.maps.map(\.pattern) == unchecked.maps.map(\.pattern))
        let written = SRXRules.defaultRulesXML.components(separatedBy: "<rule ").count - 1
        #expect(written > 10 && checked.languageRules.values.reduce(0) { $0 + $1.count } == written)
    }

    @Test func badRuleFilesAreReportedWithTheirLine() {
        let bad = """
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header/><body><languagerules>
            <languagerule languagerulename="X">
            <rule break="no"><beforebreak>(unclosed</beforebreak></rule>
            </languagerule></languagerules><maprules/></body></srx>
            """
        do {
            _ = try SRXRules.parse(Data(bad.utf8), path: "bad.srx")
            Issue.record("a bad regex was accepted")
        } catch {
            #expect(error.path == "bad.srx" && error.line == 3)
            #expect(error.rule == "srx.regex")
        }
        #expect(throws: Diagnostic.self) { _ = try SRXRules.parse(Data("<srx version='1.0'/>".utf8), path: "old.srx") }
        #expect(throws: Diagnostic.self) { _ = try SRXRules.parse(Data("<tmx version='1.4'/>".utf8), path: "x.srx") }
    }

    @Test func cascadeOffTakesOnlyTheFirstMap() throws {
        func rules(cascade: String) throws -> [SRXRule] {
            try SRXRules.parse(
                Data(
                    """
                    <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="\(cascade)"/><body><languagerules>
                    <languagerule languagerulename="A"><rule break="no"><beforebreak>a</beforebreak></rule></languagerule>
                    <languagerule languagerulename="B"><rule break="no"><beforebreak>b</beforebreak></rule></languagerule>
                    </languagerules><maprules>
                    <languagemap languagepattern="ko.*" languagerulename="A"/><languagemap languagepattern=".*" languagerulename="B"/>
                    </maprules></body></srx>
                    """.utf8), path: "c.srx"
            ).rules(for: "ko")
        }
        #expect(try rules(cascade: "yes").map(\.before) == ["a", "b"])
        #expect(try rules(cascade: "no").map(\.before) == ["a"])
    }

    @Test func inlineCodesTravelWithTheirSentence() throws {
        let notice = try NoticeReader.read(
            "---\ntitle: T\n---\nSee the **portal. It** is new. Read [this](http://x.kr).\n", path: "m.md")
        let segments = try Segmenter(language: "en").segments(of: notice.body[0].content)
        #expect(segments.map(\.text) == ["See the portal.", "It is new.", "Read this."])
        #expect(
            segments.map { $0.content.codes.map(Self.describe) } == [
                ["opening* strong@8"], ["closing* strong@2"], ["opening link@5", "closing link@9"],
            ])
        #expect(Set(segments[0].content.codes.map(\.id) + segments[1].content.codes.map(\.id)).count == 1)
    }

    @Test func aSpanPassingThroughASentenceIsIsolatedAtBothEnds() throws {
        let notice = try NoticeReader.read(
            "---\ntitle: T\n---\nSee *one. Two here. Three* ends. Done [x](http://x.kr).\n", path: "m.md")
        let segments = try Segmenter(language: "en").segments(of: notice.body[0].content)
        #expect(segments.map(\.text) == ["See one.", "Two here.", "Three ends.", "Done x."])
        #expect(
            segments.map { $0.content.codes.map(Self.describe) } == [
                ["opening* emphasis@4"], ["opening* emphasis@0", "closing* emphasis@9"], ["closing* emphasis@5"],
                ["opening link@5", "closing link@6"],
            ])
        #expect(segments[3].content.codes.allSatisfy { $0.attributes[Segment.urlAttribute] == "http://x.kr" })
        #expect(segments.map(\.start) == [0, 9, 19, 31])
    }

    /// A code as `role type@offset`, `*` marking an isolated one.
    static func describe(_ c: InlineCode) -> String {
        "\(c.role.rawValue)\(c.isolated ? "*" : "") \(c.type ?? "?")@\(c.offset)"
    }
}
