import Foundation
import Interchange
import JejuSupport
import TestSupport
import Testing
import TranslationMemory

/// The OmegaT kit in the real OmegaT (Debian's 3.6, console mode), as a translator's round trip: on a copy of
/// this repository's project with a coded notice added and translated, `jeju export --format omegat`, OmegaT
/// opens the kit and creates its target files, and `jeju merge` takes them back. Skipped, with the reason, where
/// OmegaT is not installed.
@Suite struct OmegaTInteropTests {
    static let codedNotice = """
        ---
        title: Officials finish the course
        date: 2016-06-01
        views: 12
        id: 2016-06-01-academy-course
        ---
        The officials studied *e-government* at the [Academy](https://academy.example/).

        The course ended with a **test**.

        """

    /// The translations of the coded notice, in Jeju's PO tags (`<1>…</1>`), the codes reordered in one.
    static let codedTranslations = [
        "Officials finish the course": "공무원들 과정 수료",
        "The officials studied <1>e-government</1> at the <2>Academy</2>.": "공무원들은 <2>아카데미</2>에서 <1>전자정부</1>를 공부했다.",
        "The course ended with a <1>test</1>.": "과정은 <1>시험</1>으로 끝났다.",
    ]

    func jeju(_ arguments: [String], in dir: URL) throws -> JejuBinary.Result {
        let r = try JejuBinary.run(["-C", dir.path] + arguments)
        #expect(r.status == 0, "jeju \(arguments.joined(separator: " ")): \(r.stderr)")
        return r
    }

    /// The number in column `column` of the line of `stats` that starts with `label`.
    func count(_ stats: String, line label: String, column: Int = 1) -> Int? {
        stats.split(separator: "\n").first { $0.hasPrefix(label) }
            .flatMap { Int($0.split(separator: "\t")[column].trimmingCharacters(in: .whitespaces)) }
    }

    @Test func omegatFillsEveryKitSegmentFromJejusMemoryAndItsTargetFilesMergeBack() throws {
        let dir = try ConcurrencyTests.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A coded notice, translated through Jeju's own PO loop.
        try Self.codedNotice.write(
            to: dir.appendingPathComponent("locales/en/notices/2016-06-01-academy-course.md"), atomically: true,
            encoding: .utf8)
        _ = try jeju(["extract", "--locale", "ko"], in: dir)
        _ = try jeju(["export", "--locale", "ko", "--format", "po", "-o", "returned"], in: dir)
        let poURL = dir.appendingPathComponent("returned/2016-06-01-academy-course.po")
        var po = try POReader.read(try String(contentsOf: poURL, encoding: .utf8), path: "returned.po")
        for i in po.entries.indices { po.entries[i].translations = [Self.codedTranslations[po.entries[i].id] ?? ""] }
        #expect(po.entries.filter { $0.translations != [""] }.count == 3)
        try POWriter.string(po).write(to: poURL, atomically: true, encoding: .utf8)
        _ = try jeju(["merge", "returned/2016-06-01-academy-course.po"], in: dir)

        let e = try jeju(["export", "--locale", "ko", "--format", "omegat"], in: dir)
        #expect(e.stdout.hasPrefix("export/ko-omegat: OmegaT project, 3 source file(s)"))
        let kit = dir.appendingPathComponent("export/ko-omegat")
        let config = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: config) }
        guard let run = try ExternalTool.omegatConsoleTranslate(kit, configFolder: config) else { return }
        #expect(run.status == 0, "\(run.output)")

        // OmegaT sees every segment of every source file, and none remains untranslated.
        var expected: [String: [POEntry]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: kit.appendingPathComponent("source").path) {
            let text = try String(contentsOf: kit.appendingPathComponent("source/\(name)"), encoding: .utf8)
            expected[name] = try POReader.read(text, path: name).entries
        }
        let total = expected.values.map(\.count).reduce(0, +)
        #expect(total == 40, "17 notice segments, 20 page messages, 3 in the coded notice")
        let stats = try String(contentsOf: kit.appendingPathComponent("omegat/project_stats.txt"), encoding: .utf8)
        #expect(count(stats, line: "Total:") == total, "\(stats)")
        #expect(count(stats, line: "Remaining:") == 0, "\(stats)")
        for (name, entries) in expected {
            #expect(
                count(stats, line: name + " ") ?? count(stats, line: name + "\t") == entries.count, "\(name): \(stats)")
        }

        // Every target entry holds exactly the memory's translation of its source, coded segments included.
        let auto = try TMXReader.read(
            try Data(contentsOf: kit.appendingPathComponent("tm/auto/ko-translations.tmx")), path: "auto.tmx")
        var memory: [String: String] = [:]
        for u in auto.units {
            if let s = u.variant(in: "en"), let t = u.variant(in: "ko") { memory[s.segment.text] = t.segment.text }
        }
        var coded = 0
        for (name, entries) in expected {
            let target = try POReader.read(
                try String(contentsOf: kit.appendingPathComponent("target/\(name)"), encoding: .utf8), path: name)
            #expect(target.field("X-Jeju-Document") != nil && target.field("X-Jeju-Tags") == "omegat")
            let byContext = Dictionary(target.entries.map { ($0.context ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            for entry in entries {
                let translated = byContext[entry.context ?? ""]?.translations.first ?? ""
                #expect(
                    !translated.isEmpty && translated == memory[entry.id],
                    "\(name) \(entry.context ?? ""): \(translated)")
                if entry.id.contains("<g0>") { coded += 1 }
            }
        }
        #expect(coded == 2)

        // The target files merge back and change nothing: their translations are the memory's.
        let before = try WorkflowCommandTests.snapshot(dir)
        let back = try jeju(["merge", "export/ko-omegat"], in: dir)
        #expect(back.stdout.split(separator: "\n").allSatisfy { $0.contains(": 0 merged, ") }, "\(back.stdout)")
        #expect(try WorkflowCommandTests.snapshot(dir) == before)

        // Without target files, the translations OmegaT keeps in its project memory come back the same way. (Its
        // console mode saves no project_save.tmx; the <kit>-omegat.tmx it writes is the same memory, written by
        // the same code.)
        let saved = kit.appendingPathComponent("ko-omegat-omegat.tmx")
        #expect(try String(contentsOf: saved, encoding: .utf8).contains("creationtool=\"OmegaT\""))
        let targets = kit.appendingPathComponent("target"), keep = dir.appendingPathComponent("kept-targets")
        try FileManager.default.moveItem(at: targets, to: keep)
        try FileManager.default.createDirectory(at: targets, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: saved, to: kit.appendingPathComponent("omegat/project_save.tmx"))
        let fromMemory = try jeju(["merge", "export/ko-omegat"], in: dir)
        #expect(
            fromMemory.stdout.contains(
                "export/ko-omegat/source/2016-06-01-academy-course.po: 0 merged, 3 unchanged (ko)"),
            "\(fromMemory.stdout)")
        #expect(fromMemory.stdout.split(separator: "\n").count == 3)
        #expect(try WorkflowCommandTests.snapshot(dir) == before)
        try FileManager.default.removeItem(at: targets)
        try FileManager.default.moveItem(at: keep, to: targets)

        // A translator edits one coded target in OmegaT; the change lands, the codes still the source's.
        let targetURL = kit.appendingPathComponent("target/2016-06-01-academy-course.po")
        let edited = try String(contentsOf: targetURL, encoding: .utf8)
            .replacingOccurrences(of: "과정은 <g0>시험</g0>으로 끝났다.", with: "과정은 <g0>시험</g0>으로 마무리되었다.")
        try edited.write(to: targetURL, atomically: true, encoding: .utf8)
        let m = try jeju(["merge", "export/ko-omegat"], in: dir)
        #expect(
            m.stdout.contains("export/ko-omegat/target/2016-06-01-academy-course.po: 1 merged, 2 unchanged (ko)"),
            "\(m.stdout)")
        let xlf = try String(
            contentsOf: dir.appendingPathComponent("locales/ko/2016-06-01-academy-course.xlf"), encoding: .utf8)
        #expect(
            xlf.contains("<target>과정은 <pc id=\"1\" subType=\"xlf:b\" type=\"fmt\">시험</pc>으로 마무리되었다.</target>"), "\(xlf)"
        )
        #expect(
            try String(contentsOf: dir.appendingPathComponent("locales/ko/memory.tmx"), encoding: .utf8).contains(
                "마무리되었다."))
    }
}
