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
