import Foundation
import TestSupport
import Testing

@Suite struct GlossaryCommandTests {
    static let termbase = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader>
            <fileDesc>
              <sourceDesc>
                <p>Test.</p>
              </sourceDesc>
            </fileDesc>
          </tbxHeader>
          <text>
            <body>
              <conceptEntry id="g-1">
                <langSec xml:lang="en">
                  <descripGrp>
                    <descrip type="definition">Government services delivered electronically.</descrip>
                  </descripGrp>
                  <termSec>
                    <term>e-government</term>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ko">
                  <termSec>
                    <term>전자정부</term>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>이-거버먼트</term>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="uz">
                  <termSec>
                    <term>elektron hukumat</term>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
              </conceptEntry>
            </body>
          </text>
        </tbx>

        """

    func project(targets: String = "ko, uz", termbase: String? = GlossaryCommandTests.termbase) throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        try "source: en\ntargets: [\(targets)]\n".write(
            to: dir.appendingPathComponent("jeju.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("glossary"), withIntermediateDirectories: true)
        if let termbase {
            try termbase.write(to: dir.appendingPathComponent("glossary/egov.tbx"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    func termbaseText(_ dir: URL) throws -> String {
        try String(contentsOf: dir.appendingPathComponent("glossary/egov.tbx"), encoding: .utf8)
    }

    @Test func checkIsCleanThenReportsWithPositionConceptAndLocale() throws {
        let dir = try project()
        let clean = try JejuBinary.run(["-C", dir.path, "glossary", "check"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout == "glossary/egov.tbx: 1 concepts, 0 error(s), 0 warning(s)\n")
        let missing = try JejuBinary.run(["-C", try project(targets: "ko, uz, am").path, "glossary", "check"])
        #expect(missing.status == 1)
        #expect(
            missing.stdout.hasPrefix(
                "glossary/egov.tbx:12:29: error: [concept g-1, am] no term in 'am' [missing-locale]\n"))
        let json = try JejuBinary.run([
            "-C", try project(targets: "ko, uz, am").path, "glossary", "check", "--format", "json",
        ])
        #expect(json.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(report?["errors"] as? Int == 1)
        let finding = (report?["findings"] as? [[String: Any]])?.first
        #expect(
            finding?["conceptID"] as? String == "g-1" && finding?["locale"] as? String == "am"
                && finding?["line"] as? Int == 12)
    }

    @Test func checkReportsXMLThatIsNotWellFormed() throws {
        let dir = try project(termbase: "<tbx>\n  <text>\n</tbx>\n")
        let r = try JejuBinary.run(["-C", dir.path, "glossary", "check"])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("glossary/egov.tbx:3:"))
        #expect(r.stdout.contains("not well-formed XML") && r.stdout.contains("[xml]"))
    }

    @Test func termsListsSpansAndConcepts() throws {
        let dir = try project()
        let text = "Jeju trains officials.\nTwo E-Governments and e government.\n"
        let r = try JejuBinary.run(["-C", dir.path, "glossary", "terms", "-"], input: text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "-:2:5: E-Governments → g-1 (e-government)\n-:2:23: e government → g-1 (e-government)\n")
        let json = try JejuBinary.run(
            ["-C", dir.path, "glossary", "terms", "-", "--format", "json", "--locale", "ko"],
            input: "전자정부는 이-거버먼트가 아니다.")
        let found = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(found?.map { $0["text"] as? String } == ["전자정부는", "이-거버먼트가"])
        #expect(found?.last?["status"] as? String == "deprecated")
    }

    @Test func lookupShowsEveryLanguage() throws {
        let dir = try project()
        let r = try JejuBinary.run(["-C", dir.path, "glossary", "lookup", "e-Governments"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("g-1  e-Governments"))
        #expect(r.stdout.contains("ko   전자정부  not: 이-거버먼트"))
        let ko = try JejuBinary.run(["-C", dir.path, "glossary", "lookup", "전자정부를", "--format", "json"])
        #expect(ko.stdout.contains("\"concept\" : \"g-1\""))
    }

    /// The exported TBX against the TBX schema, with the shared folder's validator (xmllint).
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"),
            "xmllint is not installed (apt-get install -y libxml2-utils)"),
        .enabled(if: SharedData.isAvailable, "the ../shared reference data is not beside this checkout"))
    func exportValidatesAgainstTheSchema() throws {
        let dir = try project()
        let tbx = try JejuBinary.run(["-C", dir.path, "glossary", "export", "--format", "tbx", "-o", "out.tbx"])
        #expect(tbx.status == 0)
        let validate = try #require(SharedData.url("tools/validate.sh"))
        let r = try ExternalTool.run("/bin/bash", [validate.path, dir.appendingPathComponent("out.tbx").path])
        #expect(r.status == 0, "\(r.output)")
    }

    @Test func exportThenImportRoundTrips() throws {
        let dir = try project()
        let tbx = try JejuBinary.run(["-C", dir.path, "glossary", "export", "--format", "tbx", "-o", "out.tbx"])
        #expect(tbx.status == 0)
        let before = try termbaseText(dir)
        let replace = try JejuBinary.run(["-C", dir.path, "glossary", "import", "out.tbx", "--replace"])
        #expect(replace.status == 0, "\(replace.stderr)")
        #expect(
            try termbaseText(dir)
                == before.replacingOccurrences(
                    of: "    <fileDesc>\n",
                    with:
                        "    <fileDesc>\n      <titleStmt>\n        <title>Jeju termbase</title>\n      </titleStmt>\n")
        )
        let csv = try JejuBinary.run(["-C", dir.path, "glossary", "export", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("concept,subjectField,properName,language,term,"))
        #expect(csv.stdout.contains("g-1,,,ko,이-거버먼트,,,deprecated,draft,,,,\n"))
        let tsv = try JejuBinary.run(["-C", dir.path, "glossary", "export", "--format", "tsv", "--locale", "uz"])
        #expect(
            tsv.stdout.contains(
                "e-government\telektron hukumat\tg-1; draft; Government services delivered electronically.\n"))
    }

    @Test func importMergesTICOAndReportsConflicts() throws {
        guard let ko = SharedData.url("corpora/tico-19/terminologies/g_en_ko.csv"),
            let cx = SharedData.url("corpora/tico-19/terminologies/f_en-cx_PH.csv")
        else { return }
        let dir = try project()
        let r = try JejuBinary.run(["-C", dir.path, "glossary", "import", ko.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("glossary/egov.tbx: 338 concepts (337 new from 337 read)"))
        let again = try JejuBinary.run(["-C", dir.path, "glossary", "import", ko.path])
        #expect(again.status == 0 && again.stdout.contains("0 conflict(s)"))
        let cebuano = try JejuBinary.run([
            "-C", dir.path, "glossary", "import", cx.path, "--map-language", "cx_PH=ceb-PH", "--id-prefix", "f",
        ])
        #expect(cebuano.status == 0, "\(cebuano.stderr)")
        try "id,sourceLang,targetLang,sourceString,targetString\n1,en,ko,contagious,전염되는\n".write(
            to: dir.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let conflict = try JejuBinary.run(["-C", dir.path, "glossary", "import", "c.csv"])
        #expect(conflict.status == 1)
        #expect(
            conflict.stderr.contains("c.csv:2:20: error: [concept c1, ko] term '전염되는' differs from the existing '전염성'"),
            "\(conflict.stderr)")
        #expect(try termbaseText(dir).contains("<term>전염성</term>"))
        #expect(!(try termbaseText(dir).contains("전염되는")))
    }

    @Test func badInputExitsTwoAndLeavesTheTermbaseUnchanged() throws {
        let dir = try project()
        let before = try termbaseText(dir)
        let header = "id,sourceLang,targetLang,sourceString,targetString\r\n"
        let inputs: [(String, [UInt8], String)] = [
            ("quote.csv", Array((header + "1,en,ko,\"open data,x\r\n").utf8), "quote.csv:2:9: error: unbalanced quote"),
            (
                "columns.csv", Array((header + "1,en,ko,a\r\n").utf8),
                "columns.csv:2:10: error: 4 fields where the header has 5"
            ),
            (
                "bom.csv", [0xEF, 0xBB, 0xBF] + Array((header + "1,en,zz,a,b\r\n").utf8),
                "bom.csv:2:6: error: unknown language code 'zz'"
            ),
            ("utf8.csv", Array(header.utf8) + [0x31, 0x2C, 0xC3, 0x28], "utf8.csv:2:3: error: invalid UTF-8"),
            (
                "columns.tsv", Array("open data\t열린 데이터\tnote\textra\n".utf8),
                "columns.tsv:1:23: error: 4 tab-separated fields"
            ),
            (
                "entity.tbx",
                Array(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<tbx>&e;</tbx>\n"
                        .utf8),
                "entity.tbx:3:1: error: entity declarations are not accepted"
            ),
            ("broken.tbx", Array("<tbx>\n<text>\n</tbx>\n".utf8), "broken.tbx:3:"),
            (
                "lang.tbx",
                Array(
                    GlossaryCommandTests.termbase.replacingOccurrences(of: "xml:lang=\"uz\"", with: "xml:lang=\"qq\"")
                        .utf8),
                "lang.tbx:33:31: error: [concept g-1] unknown language code 'qq'"
            ),
        ]
        for (name, bytes, message) in inputs {
            try Data(bytes).write(to: dir.appendingPathComponent(name))
            var args = ["-C", dir.path, "glossary", "import", name, "--replace"]
            if name.hasSuffix(".tsv") { args += ["--locale", "ko"] }
            let r = try JejuBinary.run(args)
            #expect(r.status == 2, "\(name): \(r.stderr)")
            #expect(r.stderr.hasPrefix(message), "\(name): \(r.stderr)")
            #expect(try termbaseText(dir) == before)
        }
        #expect(
            try JejuBinary.run(["-C", dir.path, "glossary", "check", "--format", "xml"]).status == 64
                || (try JejuBinary.run(["-C", dir.path, "glossary", "check", "--format", "xml"]).status) == 2)
    }
}
