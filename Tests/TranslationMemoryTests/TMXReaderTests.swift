import Foundation
import Inline
import JejuSupport
import Testing
@testable import TranslationMemory

/// Malformed input: a clear message with line and column, never a crash.
@Suite struct TMXReaderTests {
    func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try TMXReader.read(Data(text.utf8), path: "t.tmx")
            return nil
        } catch {
            return error
        }
    }

    let head = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body>\n"

    @Test func refusesMalformedInputWithPositions() throws {
        let notWellFormed = try #require(failure(head + "<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu></body></tmx>"))
        #expect(notWellFormed.line == 4)
        #expect(notWellFormed.rule == "xml.well-formed" && notWellFormed.message.contains("does not match"))
        let wrongRoot = try #require(failure("<xliff version=\"2.1\"/>"))
        #expect(wrongRoot.rule == "tmx.structure" && wrongRoot.message.contains("not <tmx>"))
        let noLanguage = try #require(failure(head + "<tu>\n<tuv><seg>a</seg></tuv></tu></body></tmx>"))
        #expect(noLanguage.line == 5 && noLanguage.column == 1)
        #expect(noLanguage.rule == "tmx.language")
        let badLanguage = try #require(
            failure(head + "<tu><tuv xml:lang=\"english!\"><seg>a</seg></tuv></tu></body></tmx>"))
        #expect(badLanguage.rule == "tmx.language")
        let bomb =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY a \"aaaa\">\n<!ENTITY b \"&a;&a;&a;&a;\">\n]>\n<tmx/>"
        let refusedBomb = try #require(failure(bomb))
        #expect(refusedBomb.line == 3 && refusedBomb.rule == XMLScanner.Rule.entity)
        let external = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<tmx/>"
        let refusedExternal = try #require(failure(external))
        #expect(refusedExternal.line == 2 && refusedExternal.rule == XMLScanner.Rule.entity)
        let undeclared = try #require(failure(head + "<tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv></tu></body></tmx>"))
        #expect(undeclared.rule == XMLScanner.Rule.entity && undeclared.message.contains("undeclared entity"))
        let prefix = try #require(failure(head + "<tu><tuv xml:lang=\"en\"><seg><x:b/></seg></tuv></tu></body></tmx>"))
        #expect(prefix.rule == XMLScanner.Rule.namespace && prefix.line == 4)
        var bad = Data((head + "<tu><tuv xml:lang=\"en\"><seg>ab").utf8)
        bad.append(contentsOf: [0xC3, 0x28])
        bad.append(Data("</seg></tuv></tu></body></tmx>".utf8))
        do {
            _ = try TMXReader.read(bad, path: "u.tmx")
            Issue.record("invalid UTF-8 accepted")
        } catch {
            #expect(error.rule == "input.utf8")
            #expect(error.line == 4 && error.column == 31)
        }
        let huge =
            head + "<tu><tuv xml:lang=\"en\"><seg>" + String(repeating: "x", count: 10 << 20)
            + "</seg></tuv></tu></body></tmx>"
        let tooBig = try #require(failure(huge))
        #expect(tooBig.rule == "limits.segment")
        #expect(try #require(failure(head + "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>")).rule == "xml.well-formed")
        let bogus = try #require(failure(head + "<tu><bogus/></tu></body></tmx>"))
        #expect(bogus.rule == "tmx.structure" && bogus.message.contains("<bogus>"))
        #expect(try #require(failure(head + "</body></tmx><tmx/>")).rule == "xml.well-formed")
    }

    @Test func readsLineEndsReferencesAndCDATA() throws {
        let text =
            head
            + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>a\r\nb &#x41;&#66; <![CDATA[<c>]]> &amp;&#13;</seg></tuv></tu></body></tmx>"
        let doc = try TMXReader.read(Data(text.utf8), path: "t.tmx")
        #expect(doc.units.first?.variants.first?.segment.text == "a\nb AB <c> &\r")
        let again = try TMXReader.read(TMXWriter.data(doc), path: "w")
        #expect(again.units == doc.units)
    }

    @Test func writerIsDeterministicAndOneLinePerVariant() throws {
        let unit = TranslationUnit(
            id: "u1", attributes: ["srclang": "en", "creationid": "x"],
            properties: [TMXProperty(type: TranslationUnit.contextProperty, value: "n1#p2")],
            variants: [
                TranslationVariant(language: "en", segment: Segment(text: "A < B \"q\"")),
                TranslationVariant(language: "id", segment: Segment(text: "A < B")),
            ])
        let markup = TMXWriter.markup(unit)
        #expect(
            markup == """
                    <tu tuid="u1" creationid="x" srclang="en">
                      <prop type="x-jeju-context">n1#p2</prop>
                      <tuv xml:lang="en"><seg>A &lt; B "q"</seg></tuv>
                      <tuv xml:lang="id"><seg>A &lt; B</seg></tuv>
                    </tu>

                """)
    }

    @Test func segmentMarkupParsesCodes() throws {
        let s = try TMXReader.segment(markup: "Press <ph x=\"1\">&lt;br/&gt;</ph> now <hi>please</hi>")
        #expect(s.text == "Press  now please")
        #expect(s.codes.map(\.offset) == [6, 11, 17])
        #expect(TMXWriter.markup(s) == "Press <ph x=\"1\">&lt;br/&gt;</ph> now <hi>please</hi>")
    }

    @Test func codesWithNativeDataAndSubFlowsComeBackByteForByte() throws {
        let markup = """
            Click <bpt i="1" type="link" x="1">&lt;a title="<sub type="x-title">Go <ph x="2">&lt;br/&gt;</ph> \
            &amp; see</sub>" href="a?b=1&amp;c=2"&gt;</bpt>here<ept i="1">&lt;/a&gt;</ept> <ut>{\\b}</ut>\
            <it x="3" pos="end" type="italic">&lt;/i&gt;</it>.
            """
        let s = try TMXReader.segment(markup: markup)
        #expect(s.text == "Click here .")
        let link = try #require(s.codes.first)
        #expect(link.role == .opening && link.id == "1" && link.type == "link" && !link.isolated)
        #expect(
            link.native == [
                .text("<a title=\""),
                .sub(
                    attributes: ["type": "x-title"],
                    Segment(
                        text: "Go  & see",
                        codes: [
                            InlineCode(
                                role: .standalone, id: "2", attributes: ["x": "2"], native: [.text("<br/>")], offset: 3)
                        ])),
                .text("\" href=\"a?b=1&c=2\">"),
            ])
        #expect(s.codes.map(\.role) == [.opening, .closing, .standalone, .closing])
        #expect(s.codes.map(\.tag) == [nil, nil, "ut", nil])
        #expect(s.codes[3].isolated && s.codes[3].id == "3" && s.codes[3].type == "italic")
        #expect(TMXWriter.markup(s) == markup)
    }
}
