import Foundation
@testable import Glossary
import JejuSupport
import TestSupport
import Testing

@Suite struct TBXTests {
    @Test func readsTheBasicStructure() throws {
        let tb = try Fixtures.termbase()
        #expect(tb.title == "Test termbase")
        #expect(tb.concepts.map(\.id) == ["t-001", "t-002", "t-003", "t-004"])
        let egov = try #require(tb.concept(id: "t-001"))
        #expect(egov.subjectField == "e-government")
        #expect(egov.notes == ["Usage note."])
        #expect(egov.definition() == "The use of ICT by government to deliver services.")
        #expect(egov.section("en")?.definitionSource == "UN E-Government Survey")
        #expect(egov.preferredTerm("ko")?.text == "전자정부")
        let admitted = try #require(egov.section("en")?.terms.last)
        #expect(admitted.status == .admitted && admitted.partOfSpeech == .noun && admitted.termType == .fullForm)
        let wego = try #require(tb.concept(id: "t-003"))
        #expect(wego.isProperName)
        #expect(wego.section("ko")?.terms.first?.doNotTranslate == true)
        #expect(tb.concept(id: "t-004")?.section("ru")?.notes.first?.hasPrefix("draft:") == true)
        // Positions point at the elements.
        #expect(egov.position?.line == 15)
        #expect(egov.section("ko")?.terms.first?.position?.line == 38)
    }

    @Test func writerRoundTripsAndIsDeterministic() throws {
        let tb = try Fixtures.termbase()
        let written = TBXWriter.write(tb)
        let again = try TBXReader.read(Data(written.utf8), path: "x.tbx")
        #expect(again.findings.isEmpty)
        #expect(again.termbase == tb)
        #expect(TBXWriter.write(again.termbase) == written)
        // The fixture is written in Jeju's own layout, so writing it reproduces it byte for byte.
        #expect(written == Fixtures.tbx)
    }

    @Test func writtenTBXValidatesAgainstTheCoreSchema() throws {
        guard let rng = SharedData.url("oracles/tbx/core/TBXcoreStructV03.rng") else { return }
        var tb = try Fixtures.termbase()
        // Every field of the model, so the schema sees every element the writer can produce.
        tb.concepts[0].definitions = ["Concept-level definition."]
        tb.concepts[0].source = "project team"
        tb.concepts[0].subsets = ["notice-2016"]
        tb.concepts[0].languages[0].terms[0].contexts = ["Korea leads in e-government."]
        tb.concepts[0].languages[0].terms[0].source = "UN"
        tb.concepts[0].languages[0].terms[0].notes = ["a note & <markup>"]
        tb.concepts[0].languages[0].terms[0].subsets = ["core"]
        tb.concepts[0].languages[1].notes = ["draft: needs native review — spacing"]
        tb.sourceDescription = []
        let url = try Fixtures.temporaryFile("out.tbx", TBXWriter.write(tb))
        guard let result = try Fixtures.xmllint(["--nonet", "--noout", "--relaxng", rng.path, url.path]) else { return }
        #expect(result.status == 0, "\(result.output)")
        let back = try TBXReader.read(try Data(contentsOf: url), path: url.path)
        #expect(back.termbase == tb)
    }

    @Test func theDCAExampleOfTheStandardReadsWithoutStructureErrors() throws {
        guard let url = SharedData.url("oracles/tbx/test-files/basic_dca_example_valid.tbx") else { return }
        let result = try TBXReader.read(try Data(contentsOf: url), path: url.path)
        #expect(
            result.findings.filter { $0.severity == .error }.isEmpty,
            "\(result.findings.filter { $0.severity == .error })")
        #expect(result.termbase.concepts.count > 20)
        let c1 = try #require(result.termbase.concept(id: "c1"))
        #expect(c1.subjectField == "General")
        #expect(c1.preferredTerm("en")?.text == "open cluster")
        #expect(
            c1.section("en")?.definitions.first == "A group of stars formed together in the spiral arms of a galaxy.")
        #expect(c1.section("en")?.terms.last?.status == .superseded)
        // Transaction history is reported as not kept rather than dropped silently.
        #expect(result.findings.contains { $0.check == "not-kept" && $0.message.contains("transacGrp") })
    }

    @Test func structureTBXBasicForbidsIsReportedWithPositions() throws {
        let bad = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="a">
                  <termNote type="partOfSpeech">noun</termNote>
                  <langSec xml:lang="en">
                    <descrip type="subjectField">misplaced</descrip>
                    <termSec>
                      <term>x</term>
                      <termNote type="partOfSpeech">pronoun</termNote>
                      <termNote type="gender">m</termNote>
                    </termSec>
                  </langSec>
                  <langSec xml:lang="zz">
                    <termSec><termNote type="termType">fullForm</termNote></termSec>
                  </langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """
        let result = try TBXReader.read(Data(bad.utf8), path: "bad.tbx")
        let lines = result.findings.map { "\($0.line ?? 0):\($0.check)" }
        #expect(lines.contains("6:structure"))  // termNote at concept level
        #expect(lines.contains("8:structure"))  // subjectField at langSec level
        #expect(lines.contains("11:structure"))  // pronoun
        #expect(lines.contains("12:structure"))  // unknown termNote type
        #expect(lines.contains("15:language-code"))  // zz
        #expect(result.findings.contains { $0.message.contains("no <term>") })
        #expect(result.findings.allSatisfy { $0.conceptID == "a" })
    }

    @Test func theOracleBadFilesAreRejectedOrReported() throws {
        guard let folder = SharedData.url("oracles/tbx/test-files") else { return }
        let poorly = folder.appendingPathComponent("poorly_formed_xml.tbx")
        #expect(throws: Diagnostic.self) { try TBXReader.read(try Data(contentsOf: poorly), path: poorly.path) }
        for name in ["basic_bad.tbx", "core_structure_bad.tbx"] {
            let url = folder.appendingPathComponent(name)
            do {
                let r = try TBXReader.read(try Data(contentsOf: url), path: url.path)
                #expect(r.findings.contains { $0.severity == .error }, "\(name) should have structure errors")
            } catch {
                #expect((error as? Diagnostic)?.line != nil)
            }
        }
    }

    @Test func externalEntitiesAreRefused() {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text>&x;</text></tbx>
            """
        #expect(throws: Diagnostic.self) { try TBXReader.read(Data(xxe.utf8), path: "x.tbx") }
    }

    @Test func readsTBX2008AsTranslateToolkitOmegaTAndSDLWriteIt() throws {
        let martif = """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
            <martif type="TBX" xml:lang="en">
              <martifHeader><fileDesc><titleStmt><title>Old glossary</title></titleStmt>
                <sourceDesc><p>Translate Toolkit</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="egov">
                  <descrip type="subjectField">e-government</descrip>
                  <langSet xml:lang="en">
                    <descrip type="definition">Government services online.</descrip>
                    <tig><term>e-government</term><termNote type="partOfSpeech">noun</termNote>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                  </langSet>
                  <langSet xml:lang="ko"><tig><term>전자정부</term></tig></langSet>
                </termEntry>
                <termEntry id="7">
                  <langSet lang="en">
                    <ntig><termGrp><term>smart city</term>
                      <termNote type="Part of Speech">Noun</termNote></termGrp>
                      <descrip type="context">Jeju aims to be a smart city.</descrip></ntig>
                  </langSet>
                  <langSet xml:lang="ru_RU">
                    <ntig><termGrp><term>умный город</term><termNote type="Usage Status">preferred</termNote></termGrp></ntig>
                    <tig><term>смарт-сити</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                  </langSet>
                </termEntry>
              </body></text>
            </martif>
            """
        let r = try TBXReader.read(Data(martif.utf8), path: "old.tbx")
        #expect(r.findings.filter { $0.severity == .error }.isEmpty, "\(r.findings)")
        let tb = r.termbase
        #expect(tb.title == "Old glossary")
        #expect(tb.concepts.count == 2)
        #expect(tb.concepts[0].subjectField == "e-government")
        #expect(tb.concepts[0].section("en")?.definitions == ["Government services online."])
        #expect(tb.concepts[0].preferredTerm("ko")?.text == "전자정부")
        #expect(tb.concepts[1].id == "c1")  // "7" is not an XML name
        #expect(tb.concepts[1].section("en")?.terms.first?.partOfSpeech == .noun)
        #expect(tb.concepts[1].section("en")?.terms.first?.contexts == ["Jeju aims to be a smart city."])
        #expect(tb.concepts[1].section("ru-RU")?.terms.map(\.status) == [.preferred, .deprecated])
        // And it comes out as TBX v3 that reads back the same.
        #expect(try TBXReader.read(Data(TBXWriter.write(tb).utf8), path: "v3.tbx").termbase == tb)
    }
}
