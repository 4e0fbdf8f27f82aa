import Foundation
import JejuSupport
import Testing

@Suite struct XMLReaderTests {
    @Test func readsElementsTextAndNamespaces() throws {
        let xml =
            #"<?xml version="1.0"?><tmx version="1.4" xmlns="urn:x"><body><tu tuid="7"><seg>A &amp; B<![CDATA[<c>]]></seg></tu></body></tmx>"#
        let root = try XMLReader.parse(Data(xml.utf8), path: "a.tmx")
        #expect(root.name == "tmx" && root.namespace == "urn:x")
        let seg = try #require(root.element(named: "body")?.element(named: "tu")?.element(named: "seg"))
        #expect(seg.text == "A & B<c>")
        #expect(root.element(named: "body")?.element(named: "tu")?.attribute("tuid") == "7")
    }

    @Test func skippedElementsAreScannedButLeftOut() throws {
        let xml =
            #"<a xmlns:m="urn:m"><b>one</b> x <m:skip k="1"><m:skip/><c>two</c><m:skip>deep</m:skip></m:skip> y<b>three</b></a>"#
        let skip = { (namespace: String, name: String) in namespace == "urn:m" && name == "skip" }
        let root = try XMLReader.parse(Data(xml.utf8), path: "s.xml", skipping: skip)
        #expect(root.elements.map(\.name) == ["b", "b"] && root.text == "one x  ythree")
        // The last <b> keeps its place (line and column) in the file.
        let whole = try XMLReader.parse(Data(xml.utf8), path: "s.xml")
        #expect(root.elements.last?.column == whole.elements.last?.column)
        #expect(whole.elements.map(\.name) == ["b", "skip", "b"])
        // What is skipped must still be well-formed, with declared prefixes.
        for bad in [
            #"<a xmlns:m="urn:m"><m:skip><c></m:skip></a>"#, #"<a xmlns:m="urn:m"><m:skip><n:c/></m:skip></a>"#,
            #"<a xmlns:m="urn:m"><m:skip>&bogus;</m:skip></a>"#,
        ] {
            #expect(throws: Diagnostic.self, "\(bad)") {
                try XMLReader.parse(Data(bad.utf8), path: "s.xml", skipping: skip)
            }
        }
    }

    /// A processing instruction without data crashed Foundation's parser (a null C string; found by fuzzing the
    /// TBX 2008 reader). Jeju's own reader reads it as XML says: a PI without data is fine; an XML declaration
    /// without its version, or anywhere but at the start, is refused with its position, in UTF-8 and UTF-16.
    @Test func processingInstructionsAndTheXMLDeclaration() throws {
        for xml in [
            "<a>\n  x<?pi?></a>", "<?xml version=\"1.0\"?><a><b/><?jeju?></a>", "<a><?pi data?></a>", "<a><?pi ?></a>",
            "<a><!-- <?pi?> --><![CDATA[<?pi?>]]></a>",
        ] {
            #expect(try XMLReader.parse(Data(xml.utf8), path: "ok.xml").name == "a", "\(xml)")
        }
        for (xml, line, column) in [
            ("<?xml?>\n<a/>", 1, 1), ("<a>\n  <?xml version=\"1.0\"?></a>", 2, 3), ("<a><?-x?></a>", 1, 6),
        ] {
            do {
                _ = try XMLReader.parse(Data(xml.utf8), path: "p.xml")
                Issue.record("accepted \(xml)")
            } catch {
                #expect(error.rule == "xml.well-formed" && error.line == line && error.column == column, "\(error)")
            }
        }
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(contentsOf: Array("<?xml?><a/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(throws: Diagnostic.self) { try XMLReader.parse(utf16, path: "p16.xml") }
    }

    /// Legacy charsets are decoded by ICU; a byte the declared charset does not define is refused where it is.
    @Test func legacyCharsetsAreDecodedByICU() throws {
        let latin2 =
            Data("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><a>".utf8) + Data([0xB1, 0xE6]) + Data("</a>".utf8)
        #expect(try XMLReader.parse(latin2, path: "l2.xml").text == "ąć")
        let cp1251 =
            Data("<?xml version='1.0' encoding='windows-1251'?><a>".utf8) + Data([0xCF, 0xF0, 0xE8]) + Data("</a>".utf8)
        #expect(try XMLReader.parse(cp1251, path: "w.xml").text == "При")
        let badShiftJIS =
            Data("<?xml version='1.0' encoding='Shift_JIS'?>\n<a>x".utf8) + Data([0x81]) + Data("</a>".utf8)
        #expect(
            throws: Diagnostic(
                rule: "xml.encoding", path: "s.xml", line: 2, column: 5,
                message: "a byte that is not a character in the declared encoding 'shift_jis'")
        ) {
            _ = try XMLReader.parse(badShiftJIS, path: "s.xml")
        }
        #expect(throws: Diagnostic.self) {
            _ = try XMLReader.parse(Data("<?xml version='1.0' encoding='x-nothing'?><a/>".utf8), path: "n.xml")
        }
    }

    @Test func mismatchedTagIsReportedWithItsPosition() {
        let xml = "<a>\n  <b>\n</a>"
        #expect(
            throws: Diagnostic(
                rule: "xml.well-formed", path: "x.xml", line: 3, column: 1,
                message: "not well-formed XML: the end tag </a> does not match the start tag <b>")
        ) {
            _ = try XMLReader.parse(Data(xml.utf8), path: "x.xml")
        }
    }

    /// What the input breaks is a rule a caller can switch on: a refusal on principle (entities), a limit, a
    /// namespace error, or plain bad XML.
    @Test func refusalsNameTheirRule() {
        func rule(_ xml: String) -> String? {
            do {
                _ = try XMLReader.parse(Data(xml.utf8), path: "r.xml")
                return nil
            } catch { return error.rule }
        }
        let deep =
            String(repeating: "<a>", count: Limits.xmlDepth + 1) + String(repeating: "</a>", count: Limits.xmlDepth + 1)
        #expect(rule(deep) == XMLScanner.Rule.depth)
        #expect(rule("<a><p:b/></a>") == XMLScanner.Rule.namespace)
        #expect(rule("<a>&nbsp;</a>") == XMLScanner.Rule.entity)
        #expect(rule("<a></b>") == XMLScanner.Rule.wellFormed)
        #expect(rule("<a/>") == nil)
    }

    @Test func entityDeclarationsAreRefusedNotExpanded() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<a>&x;</a>"
        do {
            _ = try XMLReader.parse(Data(xml.utf8), path: "evil.xml")
            Issue.record("an external entity declaration was accepted")
        } catch {
            #expect(error.line == 3 && error.column == 1)
            #expect(error.rule == XMLScanner.Rule.entity)
        }
    }

    @Test func writerEscapesEverything() {
        var w = XMLWriter()
        w.start("a", ["x": "\"<&>\"", "skip": nil])
        w.element("b", text: "<script>alert(1)</script> & \u{1}")
        let out = w.finish()
        #expect(
            out == """
                <?xml version="1.0" encoding="UTF-8"?>
                <a x="&quot;&lt;&amp;&gt;&quot;">
                  <b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \u{FFFD}</b>
                </a>

                """)
    }
}
