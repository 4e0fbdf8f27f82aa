import Foundation
import TestSupport
import Testing

/// `jeju extract`, `merge`, `export` and `stats` run as a translator would, in a fresh project.
@Suite struct WorkflowCommandTests {
    static let notice = """
        ---
        title: Officials meet in Jeju
        date: 2016-05-26
        id: officials-meet
        ---
        Officials from 24 countries met in Jeju. They studied *e-government* at the [Academy](https://academy.example/).

        The course lasted ten days.

        """

    func project() throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        let r = try JejuBinary.run(["-C", dir.path, "init", "--targets", "ko,ar"])
        #expect(r.status == 0, "\(r.stderr)")
        try Self.notice.write(
            to: dir.appendingPathComponent("locales/en/notices/officials-meet.md"), atomically: true, encoding: .utf8)
        try "{\"notice.date\": \"Date\"}\n".write(
            to: dir.appendingPathComponent("locales/en/ui.json"), atomically: true, encoding: .utf8)
        return dir
    }

    func read(_ dir: URL, _ path: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under `locales/`, with its bytes, to show a failed command changed nothing.
    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let root = dir.appendingPathComponent("locales")
        guard let files = FileManager.default.enumerator(atPath: root.path) else { return out }
        for case let path as String in files {
            let url = root.appendingPathComponent(path)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                out[path] = try Data(contentsOf: url)
            }
        }
        return out
    }

    /// `stats` reads a locale's files on all cores and still counts a sentence met again as a repetition from its
    /// second notice on, in the notices' order, in each locale.
    @Test func statsCountRepetitionsInNoticeOrder() throws {
        let dir = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try JejuBinary.run(["-C", dir.path, "init", "--targets", "ko,ar"]).status == 0)
        let count = 40
        for i in 0..<count {
            let name = String(format: "2016-05-%02d-n%02d", 1 + i % 28, i)
            try """
            ---
            title: Notice \(i)
            date: 2016-05-\(String(format: "%02d", 1 + i % 28))
            ---
            Notice number \(i) was published today.

            The course lasted ten days.

            """.write(
                to: dir.appendingPathComponent("locales/en/notices/\(name).md"), atomically: true, encoding: .utf8)
        }
        let e = try JejuBinary.run(["-C", dir.path, "extract"])
        #expect(e.status == 0, "\(e.stderr)")
        let s = try JejuBinary.run(["-C", dir.path, "stats", "--format", "json"])
        #expect(s.status == 0, "\(s.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: Any]])
        func repetitions(_ entry: [String: Any]) -> [String: Int]? {
            (entry["leverage"] as? [String: [String: Int]])?["repetitions"]
        }
        for locale in ["ko", "ar"] {
            // The notices, in order; the UI messages (document `ui`) come after them.
            let all = entries.filter { $0["locale"] as? String == locale && $0["document"] as? String != "*" }
            #expect(all.last?["document"] as? String == "ui")
            let documents = all.filter { $0["document"] as? String != "ui" }
            #expect(documents.count == count)
            let names = documents.compactMap { $0["document"] as? String }
            #expect(names == names.sorted(), "\(locale): the notices' order")
            // The first notice meets the shared sentence first; each later one repeats it.
            #expect(repetitions(documents[0]) == nil, "\(locale)")
            #expect(documents.dropFirst().allSatisfy { repetitions($0) == ["segments": 1, "words": 5] }, "\(locale)")
            let total = try #require(
                entries.first { $0["locale"] as? String == locale && $0["document"] as? String == "*" })
            #expect(repetitions(total) == ["segments": count - 1, "words": 5 * (count - 1)])
            let segments = all.compactMap { ($0["total"] as? [String: Int])?["segments"] }.reduce(0, +)
            #expect((total["total"] as? [String: Int])?["segments"] == segments && segments > 3 * count)
        }
    }

    /// `merge --partial`: in a returned file with one good and one refused segment, the good one goes in, the refused
    /// one is listed with its line and stays as it was; without `--partial` nothing goes in.
    @Test func partialMergeTakesWhatPasses() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = ConcurrencyTests.notice + ".xlf"
        let good = "이들은 전자정부 정책을 담당하는 공무원이다."
        var text = try read(dir, "locales/ko/\(name)")
        let original = text
        text = text.replacingOccurrences(
            of: "<target>이들은 전자정부 정책을 담당하는 공무원들이다.</target>", with: "<target>\(good)</target>")
        text = text.replacingOccurrences(of: "24개국 공무원, 국내외", with: "42개국 공무원, 국내외")
        #expect(
            text.contains(good) && text.contains("42개국"),
            "the repository's Korean translations changed; update this test")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("returned"), withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent("returned/\(name)"), atomically: true, encoding: .utf8)

        let whole = try JejuBinary.run(["-C", dir.path, "merge", "returned/\(name)"])
        #expect(whole.status == 1)
        #expect(whole.stderr.contains("nothing from this file was merged"))
        #expect(try read(dir, "locales/ko/\(name)") == original)

        let partial = try JejuBinary.run(["-C", dir.path, "merge", "--partial", "returned/\(name)"])
        #expect(partial.status == 1, "\(partial.stderr)")
        #expect(partial.stderr.contains("the number 24 of the source is missing in the target [numbers]"))
        #expect(!partial.stderr.contains("nothing from this file was merged"))
        #expect(partial.stdout == "returned/\(name): 1 merged, 15 unchanged, 1 refused (listed above) (ko)\n")
        let merged = try read(dir, "locales/ko/\(name)")
        #expect(merged.contains("<target>\(good)</target>"))
        #expect(merged.contains("24개국 공무원, 국내외") && !merged.contains("42개국"))
        #expect(try read(dir, "locales/ko/memory.tmx").contains(good))
    }

    @Test func extractThenRunAgain() throws {
        let dir = try project()
        let r = try JejuBinary.run(["-C", dir.path, "extract"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains("locales/ko/officials-meet.xlf: 4 segments, 4 new, 0 changed, 0 removed, 0 from memory\n")
        )
        #expect(r.stdout.contains("locales/ar/ui.xlf: 1 segments, 1 new"))
        let again = try JejuBinary.run(["-C", dir.path, "extract", "officials-meet", "--locale", "ko"])
        #expect(again.status == 0)
        #expect(
            again.stdout
                == "locales/ko/officials-meet.xlf: 4 segments, 0 new, 0 changed, 0 removed, 0 from memory (unchanged)\n"
        )
        #expect(try read(dir, "locales/ko/officials-meet.xlf").contains("<segment id=\"s"))
        #expect(try JejuBinary.run(["-C", dir.path, "extract", "--locale", "vi"]).status == 2)
        #expect(
            try JejuBinary.run(["-C", dir.path, "extract", "no-such-notice"]).stderr.contains(
                "no source notice 'no-such-notice'"))
    }

    /// A file none of whose inputs changed is skipped without being read; a change to its source, its memory or
    /// the file itself makes the next extract read it. The probe: a file damaged behind Jeju's back with its size
    /// and time kept is passed over while nothing else changed, and refused (exit 2, with its position) once
    /// anything the extract reads did change.
    @Test func extractSkipsOnlyFilesWhoseInputsAreUnchanged() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try JejuBinary.run(["-C", dir.path, "extract"]).status == 0)
        let path = dir.appendingPathComponent("locales/ko/officials-meet.xlf").path
        let good = try read(dir, "locales/ko/officials-meet.xlf")
        /// Writes `text` (of the same length) over the file at `path` and sets its time back.
        func overwrite(_ text: String, at path: String = path) throws {
            var before = stat()
            #expect(stat(path, &before) == 0)
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            var times = [before.st_atim, before.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        let damaged = good.replacingOccurrences(of: "<unit ", with: "<unit<")
        #expect(damaged.utf8.count == good.utf8.count && damaged != good)
        try overwrite(damaged)
        let skipped = try JejuBinary.run(["-C", dir.path, "extract", "--locale", "ko"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(
            skipped.stdout.contains(
                "locales/ko/officials-meet.xlf: 4 segments, 0 new, 0 changed, 0 removed, 0 from memory (unchanged)\n"))
        #expect(try read(dir, "locales/ko/officials-meet.xlf") == damaged)

        // The memory changes: the file is read again (and refused), then, repaired, gains the memory's match.
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header adminlang="en" creationtool="test" creationtoolversion="1" datatype="plaintext" \
            o-tmf="test" segtype="sentence" srclang="en"/><body><tu><tuv xml:lang="en"><seg>The course lasted ten days.\
            </seg></tuv><tuv xml:lang="ko"><seg>과정은 열흘간 이어졌다.</seg></tuv></tu></body></tmx>

            """
        try tmx.write(to: dir.appendingPathComponent("locales/ko/memory.tmx"), atomically: true, encoding: .utf8)
        let refused = try JejuBinary.run(["-C", dir.path, "extract", "--locale", "ko"])
        #expect(refused.status == 2 && refused.stderr.contains("locales/ko/officials-meet.xlf:"), "\(refused.stderr)")
        try good.write(toFile: path, atomically: true, encoding: .utf8)
        let repaired = try JejuBinary.run(["-C", dir.path, "extract", "--locale", "ko"])
        #expect(
            repaired.stdout.contains("officials-meet.xlf: 4 segments, 0 new, 0 changed, 0 removed, 1 from memory\n"))
        let pretranslated = try read(dir, "locales/ko/officials-meet.xlf")
        #expect(pretranslated.contains("과정은 열흘간 이어졌다."))

        // Nothing changed since that extract: skipped, and what a full extract writes is what is there.
        #expect(try JejuBinary.run(["-C", dir.path, "extract", "--locale", "ko"]).stdout.contains("(unchanged)\n"))

        // An extract of one locale keeps what is known of the others: the Arabic file, damaged the same way, is
        // passed over by the next extract of every locale.
        let arabic = dir.appendingPathComponent("locales/ar/officials-meet.xlf").path
        let arabicText = try String(contentsOfFile: arabic, encoding: .utf8)
        try overwrite(arabicText.replacingOccurrences(of: "<unit ", with: "<unit<"), at: arabic)
        let others = try JejuBinary.run(["-C", dir.path, "extract"])
        #expect(others.status == 0, "\(others.stderr)")
        try arabicText.write(toFile: arabic, atomically: true, encoding: .utf8)

        try FileManager.default.removeItem(at: dir.appendingPathComponent(".jeju/extract-state.json"))
        let full = try JejuBinary.run(["-C", dir.path, "extract", "--locale", "ko"])
        #expect(
            full.stdout.contains(
                "officials-meet.xlf: 4 segments, 0 new, 0 changed, 0 removed, 0 from memory (unchanged)\n"))
        #expect(try read(dir, "locales/ko/officials-meet.xlf") == pretranslated)

        // The source changes: the file is read again. The Arabic file, already written beside its target when
        // the Korean one fails, is removed with everything else the failed extract wrote.
        try overwrite(pretranslated.replacingOccurrences(of: "<unit ", with: "<unit<"))
        let notice = dir.appendingPathComponent("locales/en/notices/officials-meet.md")
        try Self.notice.replacingOccurrences(of: "ten days", with: "eleven days").write(
            to: notice, atomically: true, encoding: .utf8)
        let before = try Self.snapshot(dir)
        let changed = try JejuBinary.run(["-C", dir.path, "extract"])
        #expect(changed.status == 2 && changed.stderr.contains("locales/ko/officials-meet.xlf:"), "\(changed.stderr)")
        #expect(try Self.snapshot(dir) == before)
    }

    @Test func exportTranslateMergeAndCount() throws {
        let dir = try project()
        #expect(try JejuBinary.run(["-C", dir.path, "extract", "--locale", "ko"]).status == 0)
        let e = try JejuBinary.run(["-C", dir.path, "export", "--locale", "ko", "--format", "po", "-o", "out"])
        #expect(e.status == 0, "\(e.stderr)")
        var po = try read(dir, "out/officials-meet.po")
        po = po.replacingOccurrences(
            of: "msgid \"The course lasted ten days.\"\nmsgstr \"\"",
            with: "msgid \"The course lasted ten days.\"\nmsgstr \"과정은 열흘간 이어졌다.\"")
        try po.write(to: dir.appendingPathComponent("out/officials-meet.po"), atomically: true, encoding: .utf8)
        let m = try JejuBinary.run(["-C", dir.path, "merge", "out/officials-meet.po", "--state", "reviewed"])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(m.stdout == "out/officials-meet.po: 1 merged, 0 unchanged (ko)\n")
        let xlf = try read(dir, "locales/ko/officials-meet.xlf")
        #expect(xlf.contains("state=\"reviewed\">"))
        #expect(xlf.contains("<target>과정은 열흘간 이어졌다.</target>"))
        #expect(try read(dir, "locales/ko/memory.tmx").contains("과정은 열흘간 이어졌다."))
        let s = try JejuBinary.run(["-C", dir.path, "stats", "--locale", "ko", "--format", "json"])
        #expect(s.status == 0, "\(s.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: Any]])
        let notice = try #require(entries.first { $0["document"] as? String == "officials-meet" })
        let byState = try #require(notice["byState"] as? [String: [String: Int]])
        #expect(byState["reviewed"] == ["segments": 1, "words": 5])
        #expect(byState["initial"]?["segments"] == 3)
        // Extract again: the reviewed translation stays.
        #expect(try JejuBinary.run(["-C", dir.path, "extract", "--locale", "ko"]).status == 0)
        #expect(try read(dir, "locales/ko/officials-meet.xlf").contains("<target>과정은 열흘간 이어졌다.</target>"))
        // The same loop through a CSV table; a table that is not Jeju's fails with its position and exit 2.
        #expect(
            try JejuBinary.run(["-C", dir.path, "export", "--locale", "ko", "--format", "csv", "-o", "out"]).status == 0
        )
        var csv = try read(dir, "out/officials-meet.csv")
        #expect(
            csv.hasPrefix(
                "location,context,source,target,fuzzy,developer_comments,translator_comments,locale,document\n"))
        csv = csv.replacingOccurrences(
            of: ",Officials from 24 countries met in Jeju.,,False,",
            with: ",Officials from 24 countries met in Jeju.,24개국 공무원이 제주에 모였다.,False,")
        try csv.write(to: dir.appendingPathComponent("out/officials-meet.csv"), atomically: true, encoding: .utf8)
        let mc = try JejuBinary.run(["-C", dir.path, "merge", "out/officials-meet.csv"])
        #expect(
            mc.status == 0 && mc.stdout == "out/officials-meet.csv: 1 merged, 1 unchanged (ko)\n",
            "\(mc.stdout)\(mc.stderr)")
        try "id,text\n1,x\n".write(to: dir.appendingPathComponent("out/bad.csv"), atomically: true, encoding: .utf8)
        let bad = try JejuBinary.run(["-C", dir.path, "merge", "out/bad.csv"])
        #expect(
            bad.status == 2
                && bad.stderr.contains("out/bad.csv:1:1: error: the header lacks target and context or source")
                && bad.stderr.contains("[csv.missing-column]"), "\(bad.stderr)")
    }

    @Test func badReturnedFilesChangeNothing() throws {
        let dir = try project()
        #expect(try JejuBinary.run(["-C", dir.path, "extract"]).status == 0)
        let xlf = try read(dir, "locales/ko/officials-meet.xlf")
        let translated = xlf.replacingOccurrences(
            of: "<source>The course lasted ten days.</source>",
            with: "<source>The course lasted ten days.</source><target>열흘</target>")
        let cases: [(String, Data, String)] = [
            (
                "broken.xlf", Data(translated.replacingOccurrences(of: "</unit>", with: "</unti>").utf8),
                "not well-formed XML"
            ),
            (
                "latin1.xlf", Data(translated.utf8.prefix(300)) + Data([0xE9]) + Data(translated.utf8.dropFirst(300)),
                "invalid UTF-8"
            ),
            (
                "entity.xlf",
                Data(
                    translated.replacingOccurrences(
                        of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        with: "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    ).utf8), "entity declarations"
            ),
            (
                "vi.xlf", Data(translated.replacingOccurrences(of: "trgLang=\"ko\"", with: "trgLang=\"vi\"").utf8),
                "not a target locale"
            ),
            (
                "other.xlf",
                Data(
                    translated.replacingOccurrences(
                        of: "<file id=\"officials-meet\"", with: "<file id=\"another-notice\""
                    ).utf8), "another-notice"
            ),
            (
                "source.xlf",
                Data(
                    translated.replacingOccurrences(
                        of: "<source>The course lasted ten days.</source>",
                        with: "<source>The course lasted eleven days.</source>"
                    ).utf8), "the source was changed"
            ),
            (
                "ids.xlf", Data(translated.replacingOccurrences(of: "<segment id=\"s", with: "<segment id=\"x").utf8),
                "no segment with this id"
            ),
        ]
        let before = try Self.snapshot(dir)
        for (name, data, message) in cases {
            try data.write(to: dir.appendingPathComponent(name))
            let r = try JejuBinary.run(["-C", dir.path, "merge", name])
            #expect(r.status == 2, "\(name): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(name): \(r.stderr)")
            #expect(r.stderr.hasPrefix("\(name):"), "\(name): \(r.stderr)")
            #expect(
                r.stderr.range(of: #"^\S+:\d+(:\d+)?: error: "#, options: .regularExpression) != nil,
                "\(name): \(r.stderr)")
            #expect(try Self.snapshot(dir) == before, "\(name) changed files")
        }
        // A byte order mark and CRLF line ends are read, not refused.
        let crlf = Data([0xEF, 0xBB, 0xBF]) + Data(translated.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        try crlf.write(to: dir.appendingPathComponent("crlf.xlf"))
        let ok = try JejuBinary.run(["-C", dir.path, "merge", "crlf.xlf"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try read(dir, "locales/ko/officials-meet.xlf").contains("<target>열흘</target>"))
    }

    /// The OmegaT kit as a folder and as a zip; a folder or zip that is no OmegaT project, or one whose target/
    /// is empty, is refused with the reason and changes nothing.
    @Test func omegatKitExportAndMerge() throws {
        let dir = try project()
        #expect(try JejuBinary.run(["-C", dir.path, "extract", "--locale", "ko"]).status == 0)
        let e = try JejuBinary.run(["-C", dir.path, "export", "--locale", "ko", "--format", "omegat"])
        #expect(e.status == 0, "\(e.stderr)")
        #expect(e.stdout.hasPrefix("export/ko-omegat: OmegaT project, 2 source file(s)"))
        for folder in ["source", "target", "tm/auto", "glossary", "dictionary", "omegat"] {
            var isDir: ObjCBool = false
            #expect(
                FileManager.default.fileExists(
                    atPath: dir.appendingPathComponent("export/ko-omegat/\(folder)").path, isDirectory: &isDir)
                    && isDir.boolValue, "\(folder)")
        }
        let before = try Self.snapshot(dir)
        let empty = try JejuBinary.run(["-C", dir.path, "merge", "export/ko-omegat"])
        #expect(
            empty.status == 2
                && empty.stderr.contains("export/ko-omegat:1:1: error: no translated documents in target/")
                && empty.stderr.contains("[omegat.target]"), "\(empty.stderr)")
        let notKit = try JejuBinary.run(["-C", dir.path, "merge", "locales"])
        #expect(
            notKit.status == 2 && notKit.stderr.contains("locales:1:1: error: a folder that is not an OmegaT project")
                && notKit.stderr.contains("[omegat.project]"))
        // A translator's target file, as OmegaT writes it: the kit's PO with msgstr filled.
        var po = try read(dir, "export/ko-omegat/source/officials-meet.po")
        po = po.replacingOccurrences(
            of: "msgid \"The course lasted ten days.\"\nmsgstr \"\"",
            with: "msgid \"The course lasted ten days.\"\nmsgstr \"과정은 열흘간 이어졌다.\"")
        try po.write(
            to: dir.appendingPathComponent("export/ko-omegat/target/officials-meet.po"), atomically: true,
            encoding: .utf8)
        #expect(try Self.snapshot(dir) == before)
        let z = try JejuBinary.run([
            "-C", dir.path, "export", "--locale", "ko", "--format", "omegat", "--zip", "-o", "out/kit",
        ])
        #expect(z.status == 0 && z.stdout.hasPrefix("out/kit.zip: OmegaT project"), "\(z.stderr)")
        let zipEmpty = try JejuBinary.run(["-C", dir.path, "merge", "out/kit.zip"])
        #expect(zipEmpty.status == 2 && zipEmpty.stderr.contains("[omegat.target]"))
        let m = try JejuBinary.run(["-C", dir.path, "merge", "export/ko-omegat/"])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(m.stdout == "export/ko-omegat/target/officials-meet.po: 1 merged, 0 unchanged (ko)\n")
        #expect(try read(dir, "locales/ko/officials-meet.xlf").contains("<target>과정은 열흘간 이어졌다.</target>"))
        let usage = try JejuBinary.run(["-C", dir.path, "export", "--locale", "ko", "--format", "po", "--zip"])
        #expect(usage.status != 0 && usage.stderr.contains("--zip goes with --format omegat"))
    }

    /// A zipped kit whose translator saved in OmegaT but made no target files: the project memory comes back.
    @Test func omegatKitZipMergesFromTheProjectMemory() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            SharedData.skip(
                "omegatKitZipMergesFromTheProjectMemory: python3 (to add a file to the zip) is not installed");
            return
        }
        let dir = try project()
        #expect(try JejuBinary.run(["-C", dir.path, "extract", "--locale", "ko"]).status == 0)
        let z = try JejuBinary.run([
            "-C", dir.path, "export", "--locale", "ko", "--format", "omegat", "--zip", "-o", "out/kit",
        ])
        #expect(z.status == 0, "\(z.stderr)")
        let memory = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx11.dtd">
            <tmx version="1.1"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="3.6.0" segtype="paragraph" srclang="en"/>
            <body><tu><tuv lang="en"><seg>The course lasted ten days.</seg></tuv><tuv lang="ko"><seg>과정은 열흘간 이어졌다.</seg></tuv></tu></body></tmx>
            """
        let add = try ExternalTool.run(
            "/usr/bin/python3",
            [
                "-c",
                "import sys, zipfile\nzipfile.ZipFile(sys.argv[1], 'a').writestr('kit/omegat/project_save.tmx', sys.argv[2])",
                dir.appendingPathComponent("out/kit.zip").path, memory,
            ])
        #expect(add.status == 0, "\(add.output)")
        let m = try JejuBinary.run(["-C", dir.path, "merge", "out/kit.zip"])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(
            m.stdout.contains("out/kit.zip:kit/source/officials-meet.po: 1 merged, 0 unchanged (ko)"), "\(m.stdout)")
        #expect(try read(dir, "locales/ko/officials-meet.xlf").contains("<target>과정은 열흘간 이어졌다.</target>"))
    }
}
