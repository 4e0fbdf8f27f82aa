import Foundation
import Inline
import Interchange
import JejuSupport
import Notices
import TestSupport
import Testing

@Suite struct XLIFFTests {
    @Test func writtenDocumentValidatesAgainstTheSchemas() throws {
        let url = try Fixtures.scratch("full.xlf")
        try XLIFFWriter.data(Fixtures.fullDocument()).write(to: url)
        guard let result = try Fixtures.validate(url) else { return }
        #expect(result.ok, "\(result.output)")
    }

    @Test func roundTripIsLosslessAndDeterministic() throws {
        let document = Fixtures.fullDocument()
        let bytes = XLIFFWriter.data(document)
        let back = try XLIFFReader.read(bytes, path: "full.xlf")
        #expect(back == document)
        #expect(XLIFFWriter.data(back) == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("</xliff>\n"))
        #expect(text.contains("<cp hex=\"0001\"/>"))
        #expect(text.contains("<sc canDelete=\"yes\"") == false)
        #expect(text.contains("subState=\"jeju:tm-exact\""))
    }

    @Test func readersThatNeedNeitherCandidatesNorGlossaryLeaveThemOut() throws {
        let document = Fixtures.fullDocument()
        #expect(document.files.flatMap(\.units).contains { !$0.matches.isEmpty && !$0.glossary.isEmpty })
        let bytes = XLIFFWriter.data(document)
        let lean = try XLIFFReader.read(bytes, path: "full.xlf", without: [.matches, .glossary])
        // Everything else as the full reading has it, lines included.
        var expected = try XLIFFReader.read(bytes, path: "full.xlf")
        for f in expected.files.indices {
            for u in expected.files[f].units.indices {
                expected.files[f].units[u].matches = []
                expected.files[f].units[u].glossary = []
            }
        }
        #expect(lean == expected)
        #expect(lean.files.flatMap(\.units).map(\.line) == expected.files.flatMap(\.units).map(\.line))
        let onlyGlossary = try XLIFFReader.read(bytes, path: "full.xlf", without: [.matches])
        #expect(onlyGlossary.files.flatMap(\.units).contains { !$0.glossary.isEmpty })
    }

    @Test func readerKeepsLinesForUnitsAndSegments() throws {
        let back = try XLIFFReader.read(XLIFFWriter.data(Fixtures.fullDocument()), path: "full.xlf")
        let unit = try #require(back.files.first?.units.first)
        #expect(unit.line > 2)
        let segment = try #require(unit.segment(id: "s00000002"))
        let text = String(decoding: XLIFFWriter.data(back), as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(text[segment.line - 1].contains("<segment id=\"s00000002\""))
    }

    @Test func inlineTextSurvivesTheTripThroughXLIFF() throws {
        var codes = [
            CodeSpan(id: "1", kind: .emphasis, start: 4, end: 8),
            CodeSpan(id: "2", kind: .link, start: 9, end: 13, data: "https://x.org"),
            CodeSpan(id: "3", kind: .code, start: 18, end: 22),
            CodeSpan(id: "4", kind: .lineBreak, start: 23, end: 23),
            CodeSpan(id: "5", kind: .strong, start: 28, end: 32),
        ]
        codes.sort { $0.start < $1.start }
        let plain = Segment(text: "See this page and code,\nthen stop.", spans: codes)
        var data: [(id: String, value: String)] = []
        let content = InlineContent.xliff(plain, originalData: &data)
        #expect(data.map(\.value) == ["[", "](https://x.org)"])
        let back = InlineContent.notice(xliff: content, originalData: data)
        #expect(back == plain)
        #expect(content.text == plain.text)
        let markup = XLIFFWriter.markup(content)
        #expect(
            markup.contains(
                "<pc id=\"2\" canCopy=\"no\" canDelete=\"no\" dataRefEnd=\"d2e\" dataRefStart=\"d2s\" type=\"link\">page</pc>"
            ))
        #expect(markup.contains("<ph id=\"4\" subType=\"xlf:lb\" type=\"fmt\"/>"))
    }

    @Test func inlineElementsReadIntoOneFlatSegmentAndWriteBackByteForByte() throws {
        let source =
            "Go <pc id=\"1\" type=\"fmt\" subType=\"xlf:b\"><mrk id=\"m1\" type=\"term\">now</mrk></pc>"
            + "<ph id=\"2\" subType=\"xlf:lb\" type=\"fmt\"/><sc id=\"3\" isolated=\"yes\" type=\"link\"/>x<cp hex=\"0001\"/>"
            + "<sm id=\"m2\"/>y<em startRef=\"m2\"/><ec id=\"4\" isolated=\"yes\"/><sc id=\"5\"/>z<ec startRef=\"5\"/>"
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ko">
              <file id="f1">
                <unit id="u1">
                  <segment id="s1">
                    <source>\(source)</source>
                  </segment>
                </unit>
              </file>
            </xliff>
            """
        let document = try XLIFFReader.read(Data(xml.utf8), path: "inline.xlf")
        let segment = try #require(document.files.first?.units.first?.segments.first?.source)
        #expect(segment.text == "Go nowx\u{1}yz")
        #expect(
            segment.codes.map(\.xliffElement) == ["pc", "mrk", "mrk", "pc", "ph", "sc", "sm", "em", "ec", "sc", "ec"])
        #expect(
            segment.codes.map(\.role) == [
                .opening, .opening, .closing, .closing, .standalone, .opening, .opening, .closing, .closing, .opening,
                .closing,
            ])
        #expect(segment.codes.map(\.offset) == [3, 3, 6, 6, 6, 6, 8, 9, 9, 9, 10])
        #expect(
            segment.codes.map(\.type) == [
                "strong", "term", nil, nil, "line-break", "link", nil, nil, nil, nil, nil,
            ])
        #expect(
            segment.codes.map(\.isolated) == [
                false, false, false, false, false, true, false, false, true, false, false,
            ])
        #expect(segment.xliffCodes.compactMap(\.id) == ["1", "2", "3", "4", "5", "5"])
        // Attributes come back sorted by name after the id, as Jeju writes them.
        #expect(
            XLIFFWriter.markup(segment)
                == source.replacingOccurrences(
                    of: "type=\"fmt\" subType=\"xlf:b\"", with: "subType=\"xlf:b\" type=\"fmt\""))
    }

    @Test func nestedAndCutSpansJoinAgainAcrossSegments() throws {
        let unit = try #require(Fixtures.fullDocument().files.first?.units.first)
        let joined = unit.sourceText
        #expect(joined.text == "Read the guide and the new rules. Call us.\nRun jeju\u{1}.")
        let strong = joined.codes.filter { $0.id == "3" }
        #expect(strong.map(\.role) == [.opening, .closing] && strong.map(\.offset) == [27, 38])
        #expect(strong.allSatisfy { !$0.isolated && $0.type == InlineCode.strong })
        #expect(unit.translatedText() == nil, "one segment has no target")
        #expect(unit.translatedText(minimum: .initial) == nil)
    }

    @Test func stableIDsDependOnTextNotPosition() {
        var a = StableID(prefix: "s"), b = StableID(prefix: "s")
        let x = a.next("The  minister\u{301}  spoke.")
        _ = b.next("Another sentence first.")
        #expect(b.next("The minister\u{301} spoke.") == x)
        #expect(a.next("The minister\u{301} spoke.") == x + "-2")
        #expect(x.count == 9 && x.hasPrefix("s"))
        #expect(
            StableID.key(Segment(text: "A  b", spans: [CodeSpan(id: "1", kind: .emphasis, start: 0, end: 1)]))
                != StableID.key("A b"))
    }

    /// The key every id written so far was hashed from: each code as the span it marks, a span cut by a sentence
    /// boundary running to the sentence's end (or from its start). Changing it changes every id in every file.
    @Test func stableIDKeysReadCodesAsTheSpansTheyMark() {
        func code(_ role: InlineCode.Role, _ isolated: Bool, _ type: String, _ offset: Int, url: String? = nil)
            -> InlineCode
        {
            InlineCode(
                role: role, id: "1", isolated: isolated, type: type,
                attributes: url.map { [Segment.urlAttribute: $0] } ?? [:], offset: offset)
        }
        let cut = Segment(text: "See the portal.", codes: [code(.opening, true, InlineCode.strong, 8)])
        #expect(StableID.key(cut) == "See the portal.\u{1}strong:8-15:")
        let through = Segment(
            text: "Two here.",
            codes: [code(.opening, true, InlineCode.emphasis, 0), code(.closing, true, InlineCode.emphasis, 9)])
        #expect(StableID.key(through) == "Two here.\u{1}emphasis:0-9:")
        let link = Segment(
            text: "Read  this.",
            codes: [
                code(.closing, true, InlineCode.strong, 4),
                code(.opening, false, InlineCode.link, 6, url: "http://x.kr"),
                code(.closing, false, InlineCode.link, 10, url: "http://x.kr"),
                InlineCode(role: .standalone, id: "2", type: InlineCode.lineBreak, offset: 11),
            ])
        #expect(StableID.key(link) == "Read this.\u{1}strong:0-4:\u{1}link:6-10:http://x.kr\u{1}line-break:11-11:")
        var ids = StableID(prefix: "s")
        #expect(ids.next(cut) == "s" + StableID.hash("See the portal.\u{1}strong:8-15:"))
    }

    @Test func malformedInputIsRefusedWithPosition() {
        let cases: [(String, String)] = [
            (
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\">\n<file id=\"f\"/></xliff>",
                "srcLang"
            ),
            ("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file/></xliff>", "not XLIFF 2"),
            (
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">\n<file id=\"f\">\n<unit id=\"u\">\n<segment><target>x</target></segment></unit></file></xliff>",
                "has no <source>"
            ),
            (
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">\n<file id=\"f\"><unit id=\"u\"><segment state=\"done\"><source>x</source></segment></unit></file></xliff>",
                "state 'done'"
            ),
            (
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">\n<file id=\"f\"><unit id=\"u\"><segment><source>x<b>y</b></source></segment></unit></file></xliff>",
                "not an inline element"
            ),
            (
                "<xliff version=\"2.1\" srcLang=\"en\">\n<file id=\"f\"><unit id=\"u\">\n<segment><source>x</sourc></segment></unit></file></xliff>",
                "not well-formed"
            ),
        ]
        for (text, expected) in cases {
            do {
                _ = try XLIFFReader.read(Data(text.utf8), path: "bad.xlf")
                Issue.record("accepted: \(expected)")
            } catch {
                #expect(error.message.contains(expected), "\(error)")
                #expect(error.line != nil, "\(error)")
            }
        }
    }

    @Test func oasisValidFilesAreRead() throws {
        guard let core = SharedData.url("oracles/xliff-2.1/test-suite/core/valid"),
            let modules = SharedData.url("oracles/xliff-2.1/test-suite/modules/valid")
        else { return }
        var read = 0, refused: [String] = []
        for folder in [core, modules] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where name.hasSuffix(".xlf") {
                let url = folder.appendingPathComponent(name)
                do {
                    let doc = try XLIFFReader.read(try Data(contentsOf: url), path: name)
                    read += 1
                    // What Jeju writes from what it read is valid too (groups are flattened, so a file whose
                    // only content was an empty group has nothing left to write).
                    guard doc.files.allSatisfy({ !$0.units.isEmpty }) else { continue }
                    let out = try Fixtures.scratch(name)
                    try XLIFFWriter.data(doc).write(to: out)
                    if let result = try Fixtures.validate(out) { #expect(result.ok, "\(name): \(result.output)") }
                } catch {
                    refused.append("\(error)")
                }
            }
        }
        print("OASIS valid files read: \(read), refused: \(refused.count)")
        #expect(refused.isEmpty, "\(refused)")
        #expect(read == 59)
    }
}
