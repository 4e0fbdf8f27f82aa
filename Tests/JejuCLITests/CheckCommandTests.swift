import Foundation
import TestSupport
import Testing

@Suite struct CheckCommandTests {
    /// A project with this repository's first notice, UI messages and termbase, extracted for ru and ar.
    static func project() throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        let fm = FileManager.default
        let root = SharedData.packageRoot
        try fm.createDirectory(at: dir.appendingPathComponent("locales"), withIntermediateDirectories: true)
        try fm.copyItem(at: root.appendingPathComponent("locales/en"), to: dir.appendingPathComponent("locales/en"))
        try fm.copyItem(at: root.appendingPathComponent("glossary"), to: dir.appendingPathComponent("glossary"))
        try "source: en\ntargets: [ru, ar]\n".write(
            to: dir.appendingPathComponent("jeju.yml"), atomically: true, encoding: .utf8)
        let extract = try JejuBinary.run(["-C", dir.path, "extract"])
        #expect(extract.status == 0, "\(extract.stderr)")
        return dir
    }

    static let notice = "2016-05-26-local-officials-learn-e-government"

    /// Puts a translated target after the source that starts with `source`, and returns the segment id.
    @discardableResult
    static func translate(
        _ dir: URL, _ locale: String, _ document: String = notice, source: String, target: String,
        note: String? = nil
    ) throws -> String {
        let url = dir.appendingPathComponent("locales/\(locale)/\(document).xlf")
        var xml = try String(contentsOf: url, encoding: .utf8)
        let at = try #require(xml.range(of: "<source>" + source))
        let segmentStart = try #require(
            xml.range(of: "<segment id=\"", options: .backwards, range: xml.startIndex..<at.lowerBound))
        let idEnd = try #require(xml[segmentStart.upperBound...].firstIndex(of: "\""))
        let id = String(xml[segmentStart.upperBound..<idEnd])
        let sourceEnd = try #require(xml.range(of: "</source>", range: at.upperBound..<xml.endIndex))
        xml.insert(contentsOf: "\n        <target>\(target)</target>", at: sourceEnd.upperBound)
        xml.replaceSubrange(
            segmentStart.lowerBound..<xml.index(after: idEnd), with: "<segment id=\"\(id)\" state=\"translated\"")
        if let note {
            // Into the unit's <notes>, which every extracted unit has.
            let unitNotes = try #require(
                xml.range(of: "<notes>", options: .backwards, range: xml.startIndex..<segmentStart.lowerBound))
            xml.insert(
                contentsOf:
                    "\n        <note category=\"jeju:qa-suppress\">\(note.replacingOccurrences(of: "SEGMENT", with: id))</note>",
                at: unitNotes.upperBound)
        }
        try xml.write(to: url, atomically: true, encoding: .utf8)
        return id
    }

    @Test func findingsWithPlaceCheckAndExitCode() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Nothing translated yet: clean.
        let empty = try JejuBinary.run(["-C", dir.path, "check"])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("0 segment(s) checked in 4 file(s) (profile default): 0 error(s), 0 warning(s)"))

        let id = try Self.translate(
            dir, "ru", source: "Over 60 participants",
            target:
                "Более 60 участников, в том числе представители АБР, чиновники из многих стран и эксперты по электронному правительству, приняли участие во встрече, чтобы обменяться информацией и изучить пути развития электронного правительства на муниципальном уровне."
        )
        try Self.translate(
            dir, "ar", source: "Those officials are in charge",
            target: "هؤلاء المسؤولون مسؤولون عن سياسات الحكومة الإلكترونية؟")
        let r = try JejuBinary.run(["-C", dir.path, "check"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("locales/ru/\(Self.notice).xlf:"))
        #expect(
            r.stdout.contains(": error: the number 24 of the source is missing in the target [numbers, segment \(id)]"))
        #expect(r.stdout.contains("end the target with '.' instead of '؟' [sentence-end, segment"))
        #expect(r.stdout.contains("2 segment(s) checked in 4 file(s) (profile default): 1 error(s)"))

        // Only Arabic: warnings, no errors, exit 0.
        let ar = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ar", "--notice", Self.notice])
        #expect(ar.status == 0)
        #expect(!ar.stdout.contains("locales/ru"))
        #expect(ar.stdout.contains("1 segment(s) checked in 1 file(s)"))

        // The strict profile makes the Arabic sentence end an error.
        let strict = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ar", "--profile", "strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error: the source ends with a full stop"))

        let json = try JejuBinary.run(["-C", dir.path, "check", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["errors"] as? Int == 1)
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(
            findings.contains {
                $0["check"] as? String == "numbers" && $0["segment"] as? String == id && $0["locale"] as? String == "ru"
                    && ($0["line"] as? Int ?? 0) > 1
            })
    }

    @Test func suppressionInTheXLIFF() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.translate(
            dir, "ru", source: "Over 60 participants",
            target:
                "Более 60 участников, в том числе представители АБР, чиновники из многих стран и эксперты по электронному правительству, приняли участие во встрече, чтобы обменяться информацией и изучить пути развития электронного правительства на муниципальном уровне.",
            note: "numbers@SEGMENT: the ministry's Russian release does not give the number of countries")
        let r = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ru"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("1 suppressed"))
        let json = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ru", "--format", "json"])
        #expect(
            json.stdout.contains(
                "\"reason\" : \"the ministry's Russian release does not give the number of countries\""))
    }

    @Test func mergeRefusesErrorFindingsUnlessSuppressed() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            try JejuBinary.run(["-C", dir.path, "export", "--locale", "ru", "--format", "po", "-o", "out"]).status == 0)
        let poURL = dir.appendingPathComponent("out/\(Self.notice).po")
        let po = try String(contentsOf: poURL, encoding: .utf8)
        let msgid = "msgid \"Those officials are in charge of e-government policies.\"\nmsgstr \"\""
        #expect(po.contains(msgid))
        try po.replacingOccurrences(
            of: msgid,
            with:
                "msgid \"Those officials are in charge of e-government policies.\"\nmsgstr \"Эти чиновники (отвечают за политику в области электронного правительства.\""
        )
        .write(to: poURL, atomically: true, encoding: .utf8)
        let xlfURL = dir.appendingPathComponent("locales/ru/\(Self.notice).xlf")
        let before = try Data(contentsOf: xlfURL)
        let refused = try JejuBinary.run(["-C", dir.path, "merge", "out/\(Self.notice).po"])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("unpaired ( in the target; close or remove it [brackets]"))
        #expect(try Data(contentsOf: xlfURL) == before)

        // A reviewer accepts it in the canonical file: the same merge goes through.
        var xml = try String(contentsOf: xlfURL, encoding: .utf8)
        let at = try #require(xml.range(of: "<source>Those officials are in charge"))
        let notes = try #require(xml.range(of: "<notes>", options: .backwards, range: xml.startIndex..<at.lowerBound))
        xml.insert(
            contentsOf:
                "\n        <note category=\"jeju:qa-suppress\">brackets: the parenthesis is closed in the next sentence</note>",
            at: notes.upperBound)
        try xml.write(to: xlfURL, atomically: true, encoding: .utf8)
        let merged = try JejuBinary.run(["-C", dir.path, "merge", "out/\(Self.notice).po"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try String(contentsOf: xlfURL, encoding: .utf8).contains("<target>Эти чиновники (отвечают"))
    }

    @Test func aReviewersSuppressionComesInWithTheReturnedFile() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A returned copy of the canonical file: a target with an unpaired bracket, and the reviewer's reason.
        let returned = dir.appendingPathComponent("returned")
        try FileManager.default.createDirectory(at: returned, withIntermediateDirectories: true)
        let canonical = dir.appendingPathComponent("locales/ru/\(Self.notice).xlf")
        let copy = returned.appendingPathComponent("\(Self.notice).xlf")
        try FileManager.default.copyItem(at: canonical, to: copy)
        let moved = dir.appendingPathComponent("locales/ru/\(Self.notice).xlf.orig")
        try FileManager.default.moveItem(at: canonical, to: moved)
        try FileManager.default.copyItem(at: copy, to: canonical)
        try Self.translate(
            dir, "ru", source: "Those officials are in charge", target: "Эти чиновники (отвечают за политику.",
            note: "brackets@SEGMENT: the parenthesis is closed in the next sentence")
        try FileManager.default.removeItem(at: copy)
        try FileManager.default.moveItem(at: canonical, to: copy)
        try FileManager.default.moveItem(at: moved, to: canonical)

        let merged = try JejuBinary.run(["-C", dir.path, "merge", "returned/\(Self.notice).xlf"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let xml = try String(contentsOf: canonical, encoding: .utf8)
        #expect(xml.contains("<target>Эти чиновники (отвечают за политику.</target>"))
        #expect(xml.contains("the parenthesis is closed in the next sentence"))
        let check = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ru"])
        #expect(check.stdout.contains("1 suppressed"), "\(check.stdout)")
    }

    @Test func aReviewersNoteComesInWhenTheTranslationStands() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let canonical = dir.appendingPathComponent("locales/ru/\(Self.notice).xlf")
        // The translation is already in (with an error finding), then a reviewer returns the same file with a
        // suppression only: the note must come in although no target changes.
        try Self.translate(
            dir, "ru", source: "Those officials are in charge", target: "Эти чиновники (отвечают за политику.")
        let before = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ru"])
        #expect(before.status == 1, "\(before.stdout)")
        let returned = dir.appendingPathComponent("returned.xlf")
        var xml = try String(contentsOf: canonical, encoding: .utf8)
        let at = try #require(xml.range(of: "<source>Those officials are in charge"))
        let notes = try #require(xml.range(of: "<notes>", options: .backwards, range: xml.startIndex..<at.lowerBound))
        xml.insert(
            contentsOf: "\n        <note category=\"jeju:qa-suppress\">brackets: closed in the next sentence</note>",
            at: notes.upperBound)
        try xml.write(to: returned, atomically: true, encoding: .utf8)
        let merged = try JejuBinary.run(["-C", dir.path, "merge", "returned.xlf"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("unchanged"), "\(merged.stdout)")
        #expect(try String(contentsOf: canonical, encoding: .utf8).contains("brackets: closed in the next sentence"))
        let after = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ru"])
        #expect(after.status == 0, "\(after.stdout)")
    }

    @Test func badInputExitsTwo() throws {
        let dir = try Self.project()
        defer { try? FileManager.default.removeItem(at: dir) }
        let profile = try JejuBinary.run(["-C", dir.path, "check", "--profile", "publish"])
        #expect(profile.status == 2)
        #expect(profile.stderr.contains("[profile.unknown]") && profile.stderr.contains("available: default, strict"))
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("qa/profiles"), withIntermediateDirectories: true)
        try "checks:\n  numbrs: error\n".write(
            to: dir.appendingPathComponent("qa/profiles/publish.yml"), atomically: true, encoding: .utf8)
        let typo = try JejuBinary.run(["-C", dir.path, "check", "--profile", "publish"])
        #expect(typo.status == 2)
        #expect(typo.stderr.hasPrefix("qa/profiles/publish.yml:2:3: error: unknown check 'numbrs'"))

        let url = dir.appendingPathComponent("locales/ru/\(Self.notice).xlf")
        let xml = try String(contentsOf: url, encoding: .utf8)
        try xml.replacingOccurrences(of: "</unit>", with: "</unti>").write(to: url, atomically: true, encoding: .utf8)
        let broken = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ru"])
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("locales/ru/\(Self.notice).xlf:"))
        #expect(try JejuBinary.run(["-C", dir.path, "check", "--locale", "fr"]).status == 2)
    }
}
