import Foundation
import TestSupport
import Testing

/// Input a careless user or a hostile file would give: every case is a clear error with its position and exit
/// 2 (or a refusal), never a crash, and never a file Jeju writes and then refuses to read.
@Suite struct HostileInputTests {
    func run(_ args: [String], in dir: URL? = nil) throws -> JejuBinary.Result { try JejuBinary.run(args, in: dir) }

    func nested(_ open: String, _ close: String, _ n: Int) -> String {
        String(repeating: open, count: n) + "x" + String(repeating: close, count: n)
    }

    func xliff(source: String, target: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ko"><file id="ui"><unit id="u1"><segment id="s1"><source>\(source)</source><target>\(target)</target></segment></unit></file></xliff>
        """
    }

    @Test func deeplyNestedXMLIsRefusedNotACrash() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let deep = dir.appendingPathComponent("deep.xlf")
        try xliff(source: nested("<pc id=\"1\">", "</pc>", 30_000), target: "y").write(
            to: deep, atomically: true, encoding: .utf8)
        for args in [["validate", deep.path], ["-C", dir.path, "merge", deep.path]] {
            let r = try run(args)
            #expect(r.status == 1 || r.status == 2, "\(args): status \(r.status)")
            #expect((r.stdout + r.stderr).contains("nest more than 256 levels"), "\(args): \(r.stdout)\(r.stderr)")
        }
        let tbx = dir.appendingPathComponent("deep.tbx")
        try
            ("<?xml version=\"1.0\"?><tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\"><text><body>"
            + nested("<conceptEntry id=\"c\">", "</conceptEntry>", 50_000) + "</body></text></tbx>").write(
                to: tbx, atomically: true, encoding: .utf8)
        let g = try run(["-C", dir.path, "glossary", "import", tbx.path])
        #expect(g.status == 2 && g.stderr.contains("[limits.xml-depth]"), "\(g.stderr)")
        let tmx = dir.appendingPathComponent("deep.tmx")
        try
            ("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"en\"><seg>"
            + nested("<hi>", "</hi>", 100_000) + "</seg></tuv><tuv xml:lang=\"ko\"><seg>y</seg></tuv></tu></body></tmx>")
            .write(to: tmx, atomically: true, encoding: .utf8)
        let t = try run(["-C", dir.path, "tm", "import", tmx.path])
        #expect(t.status == 2 && t.stderr.contains("[limits.xml-depth]"), "\(t.stderr)")
    }

    @Test func numericOptionsAreChecked() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (args, word) in [
            (["tm", "lookup", "hi", "--locale", "ko", "--min", "201"], "--min"),
            (["tm", "lookup", "hi", "--locale", "ko", "--min", "-3"], "--min"),
            (["tm", "lookup", "hi", "--locale", "ko", "--max", "0"], "--max"),
            (["tm", "import", "x.tmx", "--name", "x", "--penalty", "-5"], "--penalty"),
            (["tm", "search", "hi", "--max", "-1"], "--max"),
        ] {
            let r = try run(["-C", dir.path] + args)
            #expect(r.status == 2 && r.stderr.contains(word), "\(args): \(r.status) \(r.stderr)")
        }
    }

    @Test func aTooLargeSegmentIsRefusedAtTheDoor() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try Data(contentsOf: dir.appendingPathComponent("locales/ko/memory.tmx"))
        let e = try run(["-C", dir.path, "export", "--locale", "ko", "--format", "po", "-o", "out"])
        #expect(e.status == 0, "\(e.stderr)")
        let po = dir.appendingPathComponent("out/ui.po")
        var text = try String(contentsOf: po, encoding: .utf8)
        let big = String(repeating: "가", count: 800_000)  // 2.4 MB of UTF-8
        text = text.replacingOccurrences(of: "msgstr \"본문 바로가기\"", with: "msgstr \"\(big)\"")
        #expect(text.contains(big))
        try text.write(to: po, atomically: true, encoding: .utf8)
        let m = try run(["-C", dir.path, "merge", po.path])
        #expect(m.status == 2 && m.stderr.contains("[limits.segment]") && m.stderr.contains("1 MiB"), "\(m.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("locales/ko/memory.tmx")) == before)
        // What is in the project still reads.
        #expect(try run(["-C", dir.path, "tm", "stats"]).status == 0)

        // The same limit on the source side: a page message too large for a translation file.
        let ui = dir.appendingPathComponent("locales/en/ui.json")
        let json = try String(contentsOf: ui, encoding: .utf8)
        try json.replacingOccurrences(
            of: "{", with: "{\n  \"huge\": \"\(String(repeating: "a", count: 100_000))\",", options: [],
            range: json.range(of: "{")
        )
        .write(to: ui, atomically: true, encoding: .utf8)
        let x = try run(["-C", dir.path, "extract"])
        #expect(x.status == 2 && x.stderr.contains("ui.json") && x.stderr.contains("[limits.message]"), "\(x.stderr)")
    }

    @Test func duplicateSegmentIdsRefuseTheFile() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ui = try String(contentsOf: dir.appendingPathComponent("locales/ko/ui.xlf"), encoding: .utf8)
        // Repeat the first unit: its segment id now appears twice.
        guard let start = ui.range(of: "<unit "),
            let end = ui.range(of: "</unit>", range: start.upperBound..<ui.endIndex)
        else {
            Issue.record("no unit in ui.xlf"); return
        }
        let unit = String(ui[start.lowerBound..<end.upperBound])
        let doubled = ui.replacingCharacters(
            in: start.lowerBound..<end.upperBound,
            with: unit + "\n" + unit.replacingOccurrences(of: "<target>", with: "<target>다른 "))
        let file = dir.appendingPathComponent("dup.xlf")
        try doubled.write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["-C", dir.path, "merge", file.path])
        #expect(r.status == 2 && r.stderr.contains("[merge.duplicate-id]"), "\(r.stderr)")
    }

    @Test func noticeNamesThatCannotBeIdsAreRefusedWhenRead() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = dir.appendingPathComponent("locales/en/notices/2016-05-26-local-officials-learn-e-government.txt")
        try FileManager.default.copyItem(at: src, to: dir.appendingPathComponent("locales/en/notices/my notice ü.txt"))
        let r = try run(["-C", dir.path, "extract"])
        #expect(
            r.status == 2 && r.stderr.contains("my notice ü.txt:1:1") && r.stderr.contains("[notice.id]"), "\(r.stderr)"
        )
    }

    @Test func aTargetInAnotherLanguagesScriptIsRefused() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The Korean page messages, sent back as Vietnamese.
        let ko = try String(contentsOf: dir.appendingPathComponent("locales/ko/ui.xlf"), encoding: .utf8)
        let file = dir.appendingPathComponent("ui-vi.xlf")
        try ko.replacingOccurrences(of: "trgLang=\"ko\"", with: "trgLang=\"vi\"").write(
            to: file, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: dir.appendingPathComponent("locales/vi/ui.xlf"))
        let r = try run(["-C", dir.path, "merge", file.path])
        #expect(r.status != 0 && r.stderr.contains("wrong-script") && r.stderr.contains("Hangul"), "\(r.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("locales/vi/ui.xlf")) == before)
        // The check covers the page messages too.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("locales/vi/ui.xlf"))
        try FileManager.default.copyItem(at: file, to: dir.appendingPathComponent("locales/vi/ui.xlf"))
        let c = try run(["-C", dir.path, "check", "--locale", "vi", "--notice", "ui"])
        #expect(c.status == 1 && c.stdout.contains("wrong-script"), "\(c.stdout)\(c.stderr)")
    }

    /// Every input the fuzzers found crashing a reader (Tests/Fixtures/fuzz) is now a positioned error.
    @Test func fuzzerFindingsAreErrorsNotCrashes() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixtures = SharedData.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".bin") }
            .sorted()
        #expect(!names.isEmpty)
        for name in names {
            for ext in ["tbx", "srx", "xlf", "tmx"] {
                let file = dir.appendingPathComponent("\(name).\(ext)")
                try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: file)
                let v = try run(["validate", file.path])
                #expect(v.status == 1 || v.status == 2, "\(name) as .\(ext): validate ended with \(v.status)")
                if ext == "tbx" {
                    let g = try run(["-C", dir.path, "glossary", "import", file.path])
                    #expect(
                        g.status == 2
                            && ["invalid UTF-8", "[xml.encoding]", "[xml.well-formed]"].contains(
                                where: g.stderr.contains),
                        "\(name): \(g.status) \(g.stderr)")
                }
            }
        }
    }

    /// `glossary terms` gives the source file's columns, past the markup the Markdown reader removes.
    @Test func termPositionsAreTheSourceFiles() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notice =
            "---\ntitle: T\ndate: 2016-05-26\n---\n## The Ministry of the Interior\n\n- A **Ministry of the Interior** list item\n\n> Quoted: the Ministry of the Interior\n"
        let file = dir.appendingPathComponent("n.md")
        try notice.write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["-C", dir.path, "glossary", "terms", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        for expected in [
            ":5:8: Ministry of the Interior", ":7:7: Ministry of the Interior", ":9:15: Ministry of the Interior",
        ] {
            #expect(r.stdout.contains(expected), "\(expected) in \(r.stdout)")
        }
    }

    /// A CSV glossary import is all or nothing: a row with a conflict, or a term too large for the termbase,
    /// leaves the termbase as it was (it was half-imported before).
    @Test func glossaryImportsAreAllOrNothing() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tbx = dir.appendingPathComponent("glossary/egov.tbx")
        let before = try Data(contentsOf: tbx)
        let header =
            "concept,subjectField,properName,language,term,partOfSpeech,termType,status,doNotTranslate,definition,definitionSource,note\n"
        let newConcept =
            "new-001,e-government,,en,digital front door,noun,fullForm,preferred,,,,\nnew-001,e-government,,ko,디지털 관문,noun,fullForm,preferred,,,,\n"
        let conflict = header + newConcept + "egov-001,e-government,,ko,이정부,noun,fullForm,preferred,,,,\n"
        let file = dir.appendingPathComponent("more.csv")
        try conflict.write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["-C", dir.path, "glossary", "import", file.path])
        #expect(
            r.status == 1 && r.stderr.contains("[glossary.import-conflicts]") && r.stderr.contains("[conflict]"),
            "\(r.status) \(r.stderr)")
        #expect(try Data(contentsOf: tbx) == before)
        let huge =
            header + newConcept
            + "new-002,e-government,,en,\(String(repeating: "x", count: 100_000)),noun,fullForm,preferred,,,,\n"
        try huge.write(to: file, atomically: true, encoding: .utf8)
        let h = try run(["-C", dir.path, "glossary", "import", file.path])
        #expect(h.status == 2 && h.stderr.contains("[limits.message]"), "\(h.status) \(h.stderr)")
        #expect(try Data(contentsOf: tbx) == before)
    }
}
