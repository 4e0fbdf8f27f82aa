import Foundation
import Testing
@testable import Validation

@Suite struct XLIFF2ValidatorTests {
    static func findings(_ body: String, attributes: String = #"srcLang="en" trgLang="ko""#) -> [ValidationFinding] {
        let xml = """
            <?xml version="1.0"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" \(attributes)>
            <file id="f1">\(body)</file>
            </xliff>
            """
        return XLIFF2Validator.validate(Data(xml.utf8), path: "t.xlf")
    }

    @Test func aSimpleTranslatedUnitIsValid() {
        let f = Self.findings(
            #"<unit id="u1"><segment id="s1" state="translated"><source>Hello <ph id="1"/></source><target>안녕 <ph id="1"/></target></segment></unit>"#
        )
        #expect(f.isEmpty, "\(f)")
    }

    @Test func duplicateUnitIdsAreReportedWithTheirPosition() {
        let f = Self.findings(
            "<unit id=\"u\"><segment><source>a</source></segment></unit>\n<unit id=\"u\"><segment><source>b</source></segment></unit>"
        )
        #expect(f.map(\.rule) == ["xliff2.id-unique"])
        #expect(f.first?.line == 4)
    }

    @Test func aTranslatedSegmentNeedsATarget() {
        let f = Self.findings(#"<unit id="u1"><segment state="final"><source>a</source></segment></unit>"#)
        #expect(f.map(\.rule) == ["xliff2.state"])
    }

    @Test func dataRefMustNameData() {
        let f = Self.findings(
            #"<unit id="u1"><originalData><data id="d1">&lt;b&gt;</data></originalData><segment><source><ph id="1" dataRef="d2"/></source></segment></unit>"#
        )
        #expect(f.map(\.rule) == ["xliff2.dataRef"])
    }

    @Test func unknownAttributesAndValuesAreReported() {
        let f = Self.findings(#"<unit id="u1" colour="red"><segment state="done"><source>a</source></segment></unit>"#)
        #expect(Set(f.map(\.rule)) == ["xliff2.unknown-attribute", "xliff2.attribute-value"])
    }

    @Test func fragmentIdentifiers() {
        #expect(throws: Never.self) { try FragmentIdentifier.parse("/f=f1/u=u1/n=n1", extraPrefixes: []).get() }
        #expect(throws: Never.self) { try FragmentIdentifier.parse("m1", extraPrefixes: []).get() }
        #expect(throws: Never.self) {
            try FragmentIdentifier.parse("f=f1/g=g1/g=g2/u=1/gls=e1", extraPrefixes: []).get()
        }
        for bad in ["u=1/f=f1", "c1/c2", "f=f1/f=f2", "z=1", "ab=1", "r$d=1", "f=f1//u=1"] {
            #expect(throws: FragmentIdentifier.FragmentError.self, "\(bad)") {
                try FragmentIdentifier.parse(bad, extraPrefixes: []).get()
            }
        }
        #expect(throws: Never.self) { try FragmentIdentifier.parse("ab=1", extraPrefixes: ["ab"]).get() }
        // `tbx` is registered with the XLIFF TC; an unregistered extension prefix is not.
        #expect(throws: Never.self) { try FragmentIdentifier.parse("f=f1/tbx=tbx44", extraPrefixes: []).get() }
        #expect(throws: FragmentIdentifier.FragmentError.self) {
            try FragmentIdentifier.parse("f=f1/xyz=1", extraPrefixes: []).get()
        }
    }

    @Test func notWellFormedXMLIsAFindingWithPosition() {
        let f = XLIFF2Validator.validate(Data("<xliff>\n<file></xliff>".utf8), path: "t.xlf")
        #expect(f.count == 1 && f[0].rule == "xml.well-formed" && f[0].line == 2)
    }

    @Test func entityDeclarationsAreRefused() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff/>"
        let f = XLIFF2Validator.validate(Data(xml.utf8), path: "t.xlf")
        #expect(f.map(\.rule) == ["xml.entity"] && f.first?.line == 2, "\(f)")
    }
}
