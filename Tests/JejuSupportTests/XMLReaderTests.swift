import Foundation
import JejuSupport
import Testing

@Suite struct XMLReaderTests {
    @Test func readsElementsTextAndNamespaces() throws {
        let xml = #"<?xml version="1.0"?><tmx version="1.4" xmlns="urn:x"><body><tu tuid="7"><seg>A &amp; B<![CDATA[<c>]]></seg></tu></body></tmx>"#
        let root = try XMLReader.parse(Data(xml.utf8), path: "a.tmx")
        #expect(root.name == "tmx" && root.namespace == "urn:x")
        let seg = try #require(root.element(named: "body")?.element(named: "tu")?.element(named: "seg"))
        #expect(seg.text == "A & B<c>")
        #expect(root.element(named: "body")?.element(named: "tu")?.attribute("tuid") == "7")
    }

    /// A processing instruction without data crashed Foundation's parser (a null C string; found by fuzzing the
    /// TBX 2008 reader): it is refused with its position, in UTF-8 and UTF-16; with data, or inside a comment or
    /// CDATA section, it reads as before.
    @Test func processingInstructionsWithoutDataAreRefusedNotCrashes() throws {
        for xml in ["<?xml?>\n<a/>", "<a>\n  x<?pi?></a>", "<?xml version=\"1.0\"?><a><b/><?jeju?></a>"] {
            #expect(throws: Diagnostic.self) { try XMLReader.parse(Data(xml.utf8), path: "p.xml") }
        }
        do {
            _ = try XMLReader.parse(Data("<a>\n  x<?pi?></a>".utf8), path: "p.xml")
        } catch {
            #expect(error.rule == "xml.processing-instruction" && error.line == 2 && error.column == 4, "\(error)")
        }
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(contentsOf: Array("<a>\n<?pi?></a>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(throws: Diagnostic.self) { try XMLReader.parse(utf16, path: "p16.xml") }
        for xml in ["<a><?pi data?></a>", "<a><?pi ?></a>", "<a><!-- <?pi?> --><![CDATA[<?pi?>]]></a>"] {
            #expect(try XMLReader.parse(Data(xml.utf8), path: "ok.xml").name == "a", "\(xml)")
        }
    }

    @Test func mismatchedTagIsReportedWithItsPosition() {
        let xml = "<a>\n  <b>\n</a>"
        #expect(throws: Diagnostic(rule: "xml.well-formed", path: "x.xml", line: 3, column: 5,
                                   message: "not well-formed XML: the end tag does not match the start tag")) {
            _ = try XMLReader.parse(Data(xml.utf8), path: "x.xml")
        }
    }

    @Test func entityDeclarationsAreRefusedNotExpanded() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<a>&x;</a>"
        do {
            _ = try XMLReader.parse(Data(xml.utf8), path: "evil.xml")
            Issue.record("an external entity declaration was accepted")
        } catch {
            #expect(error.line == 3 && error.column == 1)
            #expect(error.message.contains("entity declarations are not accepted"))
        }
    }

    @Test func splitSubtreesStreamOut() throws {
        let xml = "<tmx><body><tu n='1'/><tu n='2'/><tu n='3'/></body></tmx>"
        var seen: [String] = []
        let root = try XMLReader.parse(Data(xml.utf8), path: "m.tmx", splittingAt: ["tu"]) { tu throws(Diagnostic) in
            seen.append(tu.attribute("n") ?? "?")
        }
        #expect(seen == ["1", "2", "3"])
        #expect(root.element(named: "body")?.elements.isEmpty == true)
    }

    @Test func writerEscapesEverything() {
        var w = XMLWriter()
        w.start("a", ["x": "\"<&>\"", "skip": nil])
        w.element("b", text: "<script>alert(1)</script> & \u{1}")
        let out = w.finish()
        #expect(out == """
            <?xml version="1.0" encoding="UTF-8"?>
            <a x="&quot;&lt;&amp;&gt;&quot;">
              <b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \u{FFFD}</b>
            </a>

            """)
    }
}
