import Foundation
import Interchange
import JejuSupport
import TestSupport
import Testing
import Workflow

/// A translator's file that went through a converter comes back: Translate Toolkit's `po2xliff`, `xliff2po`,
/// `csv2po` and `po2csv`, GNU gettext's `msgcat` and `msgmerge`, each run for real on what Jeju exported, with
/// a translation filled in on the way, then merged. Ids a converter drops are found again by document and
/// source; a locale it drops is given as a hint (`jeju merge --locale`). Skipped (with the reason) without the
/// tools; `.ci/run` installs them.
@Suite struct ConverterChainTests {
    /// The sentence the translator translates, and how; the coded one (`*e-government*`, a link) keeps its codes.
    static let sentence = "A farewell dinner closed it.", translation = "송별 만찬으로 행사가 마무리되었다."
    static let coded = "They studied <1>e-government</1> at the <2>Academy</2>.",
        codedTranslation = "그들은 <2>아카데미</2>에서 <1>전자정부</1>를 공부하였다."

    /// A project with one reviewed-as-draft translation, exported as PO, XLIFF 1.2 and CSV into `out/`.
    func exported() throws -> (TestProject, XLIFFDocument) {
        let p = try TestProject()
        try p.extract()
        try p.translate("The course lasted ten days.", as: "과정은 열흘간 이어졌다.")
        let doc = try #require(try p.canonical())
        try AtomicFile.write(
            POWriter.string(Exporter.po(doc, file: doc.files[0])), to: p.project.url("out/officials-meet.po"))
        try AtomicFile.write(
            XLIFF12Writer.data(Exporter.xliff12(doc, file: doc.files[0])), to: p.project.url("out/officials-meet.xlf"))
        try AtomicFile.write(Exporter.csv(doc, file: doc.files[0]), to: p.project.url("out/officials-meet.csv"))
        return (p, doc)
    }

    /// Runs one of Translate Toolkit's converters; nil (the test skipped, with the reason) without it.
    func translateToolkit(_ converter: String, _ input: URL, _ output: URL) throws -> Bool {
        guard let python = Tool.find("python3"),
            try Tool.run(python, ["-c", "import translate.convert.\(converter)"]).ok
        else {
            SharedData.skip("Translate Toolkit is not installed (pip install translate-toolkit==3.20.4)")
            return false
        }
        let r = try Tool.run(
            python,
            [
                "-c",
                "import sys, importlib; importlib.import_module('translate.convert.' + sys.argv[1]).main(sys.argv[2:])",
                converter, input.path, output.path,
            ])
        #expect(r.ok, "\(converter): \(r.output)")
        return r.ok
    }

    /// The PO with `msgid`'s translation set to `msgstr` (and its `fuzzy` mark cleared), as a translator's editor saves it.
    func fill(_ po: String, _ msgid: String, _ msgstr: String) -> String {
        var lines = po.components(separatedBy: "\n")
        let quoted = "msgid \"\(msgid.replacingOccurrences(of: "\"", with: "\\\""))\""
        guard let i = lines.firstIndex(of: quoted), i + 1 < lines.count, lines[i + 1].hasPrefix("msgstr ") else {
            return po
        }
        lines[i + 1] = "msgstr \"\(msgstr)\""
        var j = i - 1
        while j >= 0 && !lines[j].isEmpty {
            if lines[j] == "#, fuzzy" {
                lines.remove(at: j)
            } else if lines[j].hasPrefix("#, ") {
                lines[j] = lines[j].replacingOccurrences(of: "fuzzy, ", with: "")
            }
            j -= 1
        }
        return lines.joined(separator: "\n")
    }

    func merge(_ url: URL, _ p: TestProject, hints: ReturnedWork.Hints = .init()) throws -> Merger.Result {
        let work = try ReturnedWork.read(try Data(contentsOf: url), path: url.lastPathComponent, hints: hints)
        return try Merger(project: p.project, checks: []).merge(work, options: .init())
    }

    /// The canonical target of the segment whose source is `text`, in Jeju's tagged form.
    func target(_ p: TestProject, _ text: String, document: String = "officials-meet") throws -> String? {
        let doc = try #require(try p.canonical("ko", document))
        for u in try #require(doc.file(id: document)).units {
            for s in u.segments
            where !s.isIgnorable && (s.source.text == text || TaggedText.render(s.source) == text) {
                return s.target.map(TaggedText.render)
            }
        }
        return nil
    }

    func apply(_ r: Merger.Result, _ p: TestProject) throws {
        for u in r.updates {
            try AtomicFile.write(
                XLIFFWriter.data(u.document),
                to: CanonicalTranslation.url(project: p.project, locale: r.locale, documentID: u.documentID))
        }
    }

    @Test func po2xliffComesBack() throws {
        let (p, _) = try exported()
        let po = p.project.url("out/officials-meet.po"), edited = p.project.url("out/edited.po"),
            xliff = p.project.url("out/from-po.xlf")
        var text = try String(contentsOf: po, encoding: .utf8)
        text = fill(fill(text, Self.sentence, Self.translation), Self.coded, Self.codedTranslation)
        try text.write(to: edited, atomically: true, encoding: .utf8)
        guard try translateToolkit("po2xliff", edited, xliff) else { return }
        // What po2xliff makes: numbered ids, the PO's file name as the document, the header as a unit.
        let made = try String(contentsOf: xliff, encoding: .utf8)
        #expect(
            made.contains("x-gettext-domain-header") && made.contains("edited.po\"")
                && !made.contains("officials-meet\""))
        let r = try merge(xliff, p)
        #expect(r.refusals.isEmpty, "\(r.refusals)")
        #expect(r.accepted == 2 && r.unchanged == 1, "\(r.accepted) \(r.unchanged)")
        try apply(r, p)
        #expect(try target(p, Self.sentence) == Self.translation)
        #expect(try target(p, Self.coded) == Self.codedTranslation)
    }

    @Test func xliff2poComesBackWithTheLocaleGiven() throws {
        let (p, _) = try exported()
        let xliff = p.project.url("out/officials-meet.xlf"), po = p.project.url("out/from-xliff.po")
        guard try translateToolkit("xliff2po", xliff, po) else { return }
        var text = try String(contentsOf: po, encoding: .utf8)
        // xliff2po keeps the source file as a reference, but neither msgctxt nor Language.
        #expect(
            text.contains("#: locales/en/notices/officials-meet.md:") && !text.contains("msgctxt")
                && !text.contains("Language: ko"))
        text = fill(text, Self.sentence, Self.translation)
        try text.write(to: po, atomically: true, encoding: .utf8)
        #expect { try merge(po, p) } throws: { ($0 as? Diagnostic)?.rule == "po.language" }
        let r = try merge(po, p, hints: .init(locale: "ko"))
        #expect(r.refusals.isEmpty, "\(r.refusals)")
        // The draft translation stays fuzzy (XLIFF 1.2 says it is not approved), so only the new one is taken.
        #expect(r.accepted == 1 && r.skipped == 1, "\(r.accepted) \(r.skipped)")
        try apply(r, p)
        #expect(try target(p, Self.sentence) == Self.translation)
        // A locale the file contradicts is refused: the XLIFF 1.2 says ko.
        #expect { try merge(xliff, p, hints: .init(locale: "ar")) } throws: {
            ($0 as? Diagnostic)?.rule == "merge.target-language"
        }
    }

    @Test func csv2poAndPo2csvComeBack() throws {
        let (p, _) = try exported()
        let csv = p.project.url("out/officials-meet.csv"), po = p.project.url("out/from-csv.po")
        guard try translateToolkit("csv2po", csv, po) else { return }
        var text = try String(contentsOf: po, encoding: .utf8)
        #expect(text.contains("msgctxt") && !text.contains("X-Jeju-Document"))
        text = fill(text, Self.sentence, Self.translation)
        try text.write(to: po, atomically: true, encoding: .utf8)
        let r = try merge(po, p, hints: .init(locale: "ko"))
        #expect(r.refusals.isEmpty && r.accepted == 1, "\(r.refusals) \(r.accepted)")

        // Jeju's PO through po2csv: Translate Toolkit's own three columns, no locale, no document, no id.
        let back = p.project.url("out/from-po.csv")
        guard try translateToolkit("po2csv", p.project.url("out/officials-meet.po"), back) else { return }
        var table = try String(contentsOf: back, encoding: .utf8)
        #expect(table.hasPrefix("\"location\",\"source\",\"target\""))
        table = table.replacingOccurrences(
            of: "\"\(Self.sentence)\",\"\"", with: "\"\(Self.sentence)\",\"\(Self.translation)\"")
        try table.write(to: back, atomically: true, encoding: .utf8)
        let t = try merge(back, p, hints: .init(locale: "ko"))
        #expect(t.refusals.isEmpty && t.accepted == 1 && t.unchanged == 1, "\(t.refusals) \(t.accepted) \(t.unchanged)")
        try apply(t, p)
        #expect(try target(p, Self.sentence) == Self.translation)
    }

    @Test func msgcatOfTwoDocumentsAndMsgmergeComeBack() throws {
        guard let msgcat = Tool.find("msgcat"), let msgmerge = Tool.find("msgmerge") else {
            SharedData.skip("GNU gettext is not installed (apt-get install -y gettext)"); return
        }
        let (p, _) = try exported()
        let ui = try #require(try p.canonical("ko", CanonicalTranslation.uiDocumentID))
        let uiPO = p.project.url("out/ui.po"), notice = p.project.url("out/officials-meet.po"),
            joined = p.project.url("out/all.po")
        try AtomicFile.write(POWriter.string(Exporter.po(ui, file: ui.files[0])), to: uiPO)
        let r1 = try Tool.run(msgcat, [notice.path, uiPO.path, "-o", joined.path])
        #expect(r1.ok, "\(r1.output)")
        var text = try String(contentsOf: joined, encoding: .utf8)
        #expect(text.contains("#-#-#-#-#"))
        text = fill(fill(text, Self.sentence, Self.translation), "Date", "날짜")
        try text.write(to: joined, atomically: true, encoding: .utf8)
        let r = try merge(joined, p)
        #expect(r.refusals.isEmpty, "\(r.refusals)")
        #expect(
            r.accepted == 2 && Set(r.updates.map(\.documentID)) == ["officials-meet", "ui"],
            "\(r.accepted) \(r.updates.map(\.documentID))")
        try apply(r, p)
        #expect(try target(p, "Date", document: "ui") == "날짜")

        // msgmerge of the translator's file against a fresh export (the template) keeps ids and translations.
        let merged = p.project.url("out/merged.po")
        let r2 = try Tool.run(msgmerge, ["--no-fuzzy-matching", "-q", "-o", merged.path, joined.path, notice.path])
        #expect(r2.ok, "\(r2.output)")
        let m = try merge(merged, p)
        #expect(m.refusals.isEmpty && m.unchanged == 2, "\(m.refusals) \(m.unchanged)")
    }

    /// Without ids, a source found in two segments takes one translation given once, and is refused as
    /// ambiguous when the file gives it two; a source in no segment is refused with the reason.
    @Test func repeatedSourcesWithoutIds() throws {
        let p = try TestProject()
        try p.write(
            "---\ntitle: Thanks\nid: thanks\n---\nThank you.\n\nWe met in Jeju.\n\nThank you.\n",
            to: "locales/en/notices/thanks.md")
        try p.extract()
        func po(_ entries: [(String, String)]) -> Data {
            Data(
                ("msgid \"\"\nmsgstr \"\"\n\"Language: ko\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                    + entries.map { "#: locales/en/notices/thanks.md:5\nmsgid \"\($0.0)\"\nmsgstr \"\($0.1)\"\n" }
                    .joined(separator: "\n")).utf8)
        }
        let once = try Merger(project: p.project, checks: []).merge(
            try ReturnedWork.read(po([("Thank you.", "감사합니다.")]), path: "once.po"), options: .init())
        #expect(once.refusals.isEmpty && once.accepted == 2, "\(once.refusals) \(once.accepted)")
        // Two translations of one source without ids can only come in a table (a PO refuses the repeated msgid).
        let table = Data(
            "location,source,target\nlocales/en/notices/thanks.md:5,Thank you.,감사합니다.\nlocales/en/notices/thanks.md:9,Thank you.,고맙습니다.\n"
                .utf8)
        let twice = try Merger(project: p.project, checks: []).merge(
            try ReturnedWork.read(table, path: "twice.csv", hints: .init(locale: "ko")), options: .init())
        #expect(
            twice.refusals.count == 2 && twice.refusals.allSatisfy { $0.rule == "merge.ambiguous-source" }
                && twice.updates.isEmpty, "\(twice.refusals)")
        let stray = try Merger(project: p.project, checks: []).merge(
            try ReturnedWork.read(po([("Good night.", "안녕히 주무세요.")]), path: "stray.po"), options: .init())
        #expect(
            stray.refusals.map(\.rule) == ["merge.unknown-segment"] && stray.refusals[0].line == 6, "\(stray.refusals)")
        // --document places entries without references; one the project lacks is an error.
        let bare = Data(
            "msgid \"\"\nmsgstr \"\"\n\"Language: ko\\n\"\n\nmsgid \"We met in Jeju.\"\nmsgstr \"우리는 제주에서 만났다.\"\n".utf8
        )
        let placed = try Merger(project: p.project, checks: []).merge(
            try ReturnedWork.read(bare, path: "bare.po", hints: .init(document: "thanks")), options: .init())
        #expect(placed.refusals.isEmpty && placed.accepted == 1 && placed.updates.map(\.documentID) == ["thanks"])
        #expect {
            try Merger(project: p.project, checks: []).merge(
                try ReturnedWork.read(bare, path: "bare.po", hints: .init(document: "nothing")), options: .init())
        } throws: { ($0 as? Diagnostic)?.rule == "merge.unknown-document" }
    }
}
