import Foundation
import TestSupport
import Testing

/// `jeju tm …` as a user runs it.
@Suite struct TMCommandTests {
    func project() throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        let r = try JejuBinary.run(["-C", dir.path, "init", "--targets", "id,ar"])
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    /// A memory in en-US with an en-GB variant: the memory Jeju writes, and its export, keep the header's srclang
    /// and the source <tuv> in agreement (so `jeju validate` accepts both), the tag it came with as a property,
    /// and the en-GB variant.
    @Test func regionalSourceTagsStayConsistentAndVariantsStay() throws {
        let dir = try project()
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="en-US"><seg>Color</seg></tuv><tuv xml:lang="en-GB"><seg>Colour</seg></tuv><tuv xml:lang="id-ID"><seg>Warna</seg></tuv></tu>
            </body></tmx>
            """
        try tmx.write(to: dir.appendingPathComponent("us.tmx"), atomically: true, encoding: .utf8)
        let imported = try JejuBinary.run(["-C", dir.path, "tm", "import", "us.tmx"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let memory = try String(contentsOf: dir.appendingPathComponent("locales/id/memory.tmx"), encoding: .utf8)
        #expect(
            memory.contains("<tuv xml:lang=\"en\">")
                && memory.contains("<prop type=\"x-jeju-original-lang\">en-US</prop>"))
        #expect(
            memory.contains("<tuv xml:lang=\"en-GB\"><seg>Colour</seg></tuv>") && memory.contains("<seg>Warna</seg>"))
        let export = try JejuBinary.run(["-C", dir.path, "tm", "export", "--locale", "id", "-o", "out.tmx"])
        #expect(export.status == 0, "\(export.stderr)")
        let validated = try JejuBinary.run(["-C", dir.path, "validate", "locales/id/memory.tmx", "out.tmx"])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        let lookup = try JejuBinary.run(["-C", dir.path, "tm", "lookup", "Color", "--locale", "id"])
        #expect(lookup.stdout.contains("id: Warna"), "\(lookup.stdout)")
    }

    /// Every memory `tm import` writes from the 42 TMX samples of Okapi's tests is one `jeju validate` accepts: the
    /// two commands agree, and what import cannot copy faithfully (a <prop> without type) it repairs, saying so.
    @Test func everyMemoryImportWritesValidates() throws {
        guard let folder = SharedData.url("corpora/samples/tmx") else { return }
        let dir = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try JejuBinary.run(["-C", dir.path, "init", "--targets", "fr,de,es,ja,pt"]).status == 0)
        let samples = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmx") }
            .sorted()
        #expect(samples.count == 42)
        var imported = 0
        for (n, sample) in samples.enumerated() {
            let r = try JejuBinary.run([
                "-C", dir.path, "tm", "import", folder.appendingPathComponent(sample).path, "--name", "m\(n)",
            ])
            if r.status == 0 {
                imported += 1
            } else {
                #expect(r.stderr.contains("[tm.target-language]"), "\(sample): \(r.stderr)")
            }
        }
        #expect(imported >= 38)
        let memories =
            FileManager.default.enumerator(atPath: dir.appendingPathComponent("locales").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".tmx") }.map { "locales/" + $0 } ?? []
        #expect(memories.count >= imported)
        let validated = try JejuBinary.run(["-C", dir.path, "validate"] + memories)
        #expect(validated.status == 0, "\(validated.stdout)")
    }

    /// `jeju validate` and `jeju tm import` read TMX with one scanner, so they judge each of the 42 samples alike:
    /// a file validate accepts imports (or is refused only because it has none of the project's languages); a
    /// file validate refuses is refused by import too, or imported with a warning that says what was repaired,
    /// never silently. Broken XML is refused by both with the same message at the same place.
    @Test func validateAndImportJudgeEveryFileAlike() throws {
        guard let folder = SharedData.url("corpora/samples/tmx") else { return }
        let dir = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try JejuBinary.run(["-C", dir.path, "init", "--targets", "fr,de,es,ja,pt"]).status == 0)
        let samples = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmx") }
            .sorted()
        #expect(samples.count == 42)
        var refusedByValidate = 0
        for (n, sample) in samples.enumerated() {
            let path = folder.appendingPathComponent(sample).path
            let validate = try JejuBinary.run(["-C", dir.path, "validate", path])
            let imported = try JejuBinary.run(["-C", dir.path, "tm", "import", path, "--name", "s\(n)"])
            if validate.status == 0 {
                #expect(
                    imported.status == 0 || imported.stderr.contains("[tm.target-language]"),
                    "\(sample): \(imported.stderr)")
            } else {
                refusedByValidate += 1
                #expect(
                    imported.status != 0 || imported.stderr.contains(": warning: "),
                    "\(sample): validate refused it and import was silent")
            }
        }
        #expect(refusedByValidate == 4)
        let undeclared = dir.appendingPathComponent("undeclared.tmx")
        try Data(
            ("<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" "
                + "adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"en\"><seg>Hello</seg></tuv>"
                + "<tuv xml:lang=\"fr\"><x:seg>Bonjour</x:seg></tuv></tu></body></tmx>").utf8
        ).write(to: undeclared)
        let validate = try JejuBinary.run(["-C", dir.path, "validate", undeclared.path])
        let imported = try JejuBinary.run(["-C", dir.path, "tm", "import", undeclared.path, "--name", "undeclared"])
        let message =
            "undeclared.tmx:1:218: error: not well-formed XML: the namespace prefix 'x' of 'x:seg' is not declared"
        #expect(validate.status == 1 && validate.stdout.contains(message), "\(validate.stdout)")
        #expect(imported.status == 2 && imported.stderr.contains(message), "\(imported.stderr)")
    }

    /// `tm stats` and `stats` count words one way (ICU word breaks of the source language): the project's Korean
    /// memory holds the same 32 segments the XLIFF files do, so both give the same number.
    @Test func tmStatsAndStatsCountWordsAlike() throws {
        let dir = try ConcurrencyTests.projectCopy()
        let tm = try JejuBinary.run(["-C", dir.path, "tm", "stats", "--format", "json"])
        #expect(tm.status == 0, "\(tm.stderr)")
        let files = try #require(try JSONSerialization.jsonObject(with: Data(tm.stdout.utf8)) as? [[String: Any]])
        let memory = try #require(files.first { $0["file"] as? String == "locales/ko/memory.tmx" })
        let stats = try JejuBinary.run(["-C", dir.path, "stats", "--locale", "ko", "--format", "json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let total = try #require((json["entries"] as? [[String: Any]])?.first { $0["document"] as? String == "*" })
        let counts = try #require((total["byState"] as? [String: [String: Int]])?["translated"])
        #expect(memory["units"] as? Int == counts["segments"])
        #expect(memory["sourceWords"] as? Int == counts["words"])
        #expect((counts["words"] ?? 0) > 400)
    }

    @Test func importLookupExportSearchStats() throws {
        guard let tico = SharedData.url("corpora/tico-19/tm/all.en-id.tmx") else { return }
        let dir = try project()
        let imported = try JejuBinary.run(["-C", dir.path, "tm", "import", tico.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("locales/id/memory.tmx: 3070 units added, 1 duplicates merged"))
        #expect(imported.stderr.isEmpty)  // no progress bar when stderr is not a terminal
        let lookup = try JejuBinary.run([
            "-C", dir.path, "tm", "lookup", "about how long have these symptoms been going on?",
            "--locale", "id", "--format", "json",
        ])
        #expect(lookup.status == 0, "\(lookup.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(lookup.stdout.utf8)) as? [[String: Any]])
        #expect(json.first?["score"] as? Int == 100)
        #expect((json.first?["origin"] as? [String: Any])?["tuid"] as? String == "CMU_1:1")
        #expect(json.first?["target"] as? String == "sudah berapa lama gejala-gejala ini berlangsung?")
        let text = try JejuBinary.run([
            "-C", dir.path, "tm", "lookup", "how long have these symptoms been going on", "--locale", "id",
        ])
        #expect(text.stdout.hasPrefix("88  locales/id/memory.tmx unit 1 (tuid CMU_1:1)"), "\(text.stdout)")
        let queries = dir.appendingPathComponent("q.txt")
        try "and are you having a fever now?\nnothing like this at all\n".write(
            to: queries, atomically: true, encoding: .utf8)
        let batch = try JejuBinary.run(["-C", dir.path, "tm", "lookup", "--queries", "q.txt", "--locale", "id"])
        let lines = batch.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\"score\":100") == true)
        let exhaustive = try JejuBinary.run([
            "-C", dir.path, "tm", "lookup", "--queries", "q.txt", "--locale", "id", "--exhaustive",
        ])
        #expect(exhaustive.stdout == batch.stdout)
        let out = dir.appendingPathComponent("out.tmx")
        #expect(try JejuBinary.run(["-C", dir.path, "tm", "export", "--locale", "id", "-o", "out.tmx"]).status == 0)
        #expect(try Data(contentsOf: out) == Data(contentsOf: dir.appendingPathComponent("locales/id/memory.tmx")))
        let search = try JejuBinary.run(["-C", dir.path, "tm", "search", "chest", "PAIN", "--max", "1"])
        #expect(search.stdout.contains("«chest» «pain»"), "\(search.stdout)")
        let stats = try JejuBinary.run(["-C", dir.path, "tm", "stats"])
        #expect(stats.stdout.contains("locales/id/memory.tmx: 3070 units"))
        // Deleting .jeju loses nothing.
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".jeju"))
        let again = try JejuBinary.run([
            "-C", dir.path, "tm", "lookup", "and are you having a fever now?", "--locale", "id",
        ])
        #expect(again.stdout.hasPrefix("100"))
    }

    @Test func badInputChangesNothing() throws {
        let dir = try project()
        let good = dir.appendingPathComponent("good.tmx")
        try """
        <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Yes.</seg></tuv>\
        <tuv xml:lang="id"><seg>Ya.</seg></tuv></tu></body></tmx>
        """.write(to: good, atomically: true, encoding: .utf8)
        #expect(try JejuBinary.run(["-C", dir.path, "tm", "import", "good.tmx"]).status == 0)
        let memory = dir.appendingPathComponent("locales/id/memory.tmx")
        let before = try Data(contentsOf: memory)
        let cases: [(String, String)] = [
            (
                "broken.tmx",
                "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>x</tuv></tu></body></tmx>"
            ),
            ("entity.tmx", "<!DOCTYPE tmx [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><tmx><body/></tmx>"),
            ("nolang.tmx", "<tmx version=\"1.4\"><header/><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>"),
        ]
        for (name, text) in cases {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let r = try JejuBinary.run(["-C", dir.path, "tm", "import", name])
            #expect(r.status == 2)
            #expect(r.stderr.hasPrefix("\(name):1:"), "\(r.stderr)")
        }
        var bytes = Data("<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x41])
        bytes.append(Data("</seg></tuv></tu></body></tmx>".utf8))
        try bytes.write(to: dir.appendingPathComponent("utf8.tmx"))
        let invalid = try JejuBinary.run(["-C", dir.path, "tm", "import", "utf8.tmx"])
        #expect(
            invalid.status == 2 && invalid.stderr.contains("utf8.tmx:1:63: error: ")
                && invalid.stderr.contains("[input.utf8]"),
            "\(invalid.stderr)")
        let unknown = try JejuBinary.run(["-C", dir.path, "tm", "import", "good.tmx", "--locale", "xx"])
        #expect(unknown.status == 2 && unknown.stderr.contains("[options.locale]") && unknown.stderr.contains("'xx'"))
        #expect(try Data(contentsOf: memory) == before)
    }

    @Test func killedImportLeavesMemoryAndIndexConsistent() throws {
        let dir = try project()
        // A memory large enough that the import is still running when it is killed.
        var text = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"
        for i in 0..<60_000 {
            text += "<tu tuid=\"t\(i)\"><tuv xml:lang=\"en\"><seg>Unit number \(i) of the big test memory.</seg></tuv>"
            text += "<tuv xml:lang=\"id\"><seg>Unit nomor \(i) dari memori uji.</seg></tuv></tu>\n"
        }
        text += "</body></tmx>\n"
        try text.write(to: dir.appendingPathComponent("big.tmx"), atomically: true, encoding: .utf8)
        try """
        <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Yes.</seg></tuv>\
        <tuv xml:lang="id"><seg>Ya.</seg></tuv></tu></body></tmx>
        """.write(to: dir.appendingPathComponent("small.tmx"), atomically: true, encoding: .utf8)
        #expect(try JejuBinary.run(["-C", dir.path, "tm", "import", "small.tmx"]).status == 0)
        for delay in [0.3, 0.8, 1.5] {
            let p = Process()
            p.executableURL = JejuBinary.url
            p.arguments = ["-C", dir.path, "tm", "import", "big.tmx"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            // Whatever the moment, the memory is whole and the index agrees with it.
            let lookup = try JejuBinary.run(["-C", dir.path, "tm", "lookup", "Yes.", "--locale", "id"])
            #expect(lookup.status == 0, "\(lookup.stderr)")
            #expect(lookup.stdout.hasPrefix("100"))
            let stats = try JejuBinary.run(["-C", dir.path, "tm", "stats", "--format", "json"])
            let units = try #require(
                (try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [[String: Any]])?.first?["units"]
                    as? Int)
            #expect(units == 1 || units == 60_001)
            let big = try JejuBinary.run([
                "-C", dir.path, "tm", "lookup", "Unit number 7 of the big test memory.", "--locale", "id",
            ])
            #expect(big.stdout.hasPrefix(units == 1 ? "no match" : "100"), "\(big.stdout)")
        }
    }
}
