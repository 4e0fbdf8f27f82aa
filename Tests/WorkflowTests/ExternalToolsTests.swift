import TestSupport
import Foundation
import Interchange
import JejuSupport
import Testing
import Workflow

/// What Jeju exports is checked by the tools translators use: GNU msgfmt, polib, Translate Toolkit.
@Suite struct ExternalToolsTests {
    /// A project with one translated segment, one fuzzy candidate and codes, exported to a scratch folder.
    func exported() throws -> (po: URL, xliff12: URL, TestProject) {
        let p = try TestProject()
        try p.extract()
        try p.memory([("Officials from 24 countries met in Seoul.", "24개국 공무원이 서울에 모였다.", nil)])
        try p.extract()
        try p.translate("The course lasted ten days.", as: "과정은 \"열흘간\" 이어졌다.\\n")
        let doc = try #require(try p.canonical())
        let po = p.project.url("out/officials-meet.po"), x = p.project.url("out/officials-meet.xlf")
        try AtomicFile.write(POWriter.string(Exporter.po(doc, file: doc.files[0])), to: po)
        try AtomicFile.write(XLIFF12Writer.data(Exporter.xliff12(doc, file: doc.files[0])), to: x)
        return (po, x, p)
    }

    @Test func msgfmtChecksThePO() throws {
        guard let msgfmt = Tool.find("msgfmt") else {
            SharedData.skip("msgfmtChecksThePO: msgfmt (GNU gettext) is not installed"); return
        }
        let (po, _, _) = try exported()
        let r = try Tool.run(msgfmt, ["-c", "-o", "/dev/null", po.path])
        #expect(r.ok, "\(r.output)")
        let text = try String(contentsOf: po, encoding: .utf8)
        #expect(text.contains("#, fuzzy\nmsgctxt"))
        #expect(text.contains("msgstr \"24개국 공무원이 서울에 모였다.\""))
    }

    @Test func polibAndTranslateToolkitLoadBoth() throws {
        guard let python = Tool.find("python3") else {
            SharedData.skip("polibAndTranslateToolkitLoadBoth: no python3"); return
        }
        let probe = try Tool.run(python, ["-c", "import polib, translate.storage.factory"])
        guard probe.ok else {
            SharedData.skip("polibAndTranslateToolkitLoadBoth: pip install translate-toolkit polib"); return
        }
        let (po, x, _) = try exported()
        let script = """
            import sys, polib
            from translate.storage import factory
            p = polib.pofile(sys.argv[1])
            entries = [e for e in p if e.msgctxt]
            assert len(entries) == 5, len(entries)
            assert p.metadata['X-Jeju-Document'] == 'officials-meet'
            assert len(p.fuzzy_entries()) == 1, p.fuzzy_entries()
            assert any(e.msgstr == '과정은 "열흘간" 이어졌다.\\\\n' for e in entries), [e.msgstr for e in entries]
            assert any('<1>e-government</1>' in e.msgid for e in entries)
            for f in sys.argv[1:]:
                store = factory.getobject(f)
                units = [u for u in store.units if not u.isheader()]
                assert len(units) == 5, (f, len(units))
                if f.endswith('.po'):
                    translated = [u for u in units if u.istranslated()]
                    assert len(translated) == 1, (f, [u.target for u in units])
                else:
                    # A draft (state="translated") is not approved="yes": Translate Toolkit sees it unapproved.
                    drafts = [u for u in units if u.target]
                    assert len(drafts) == 1 and not drafts[0].isapproved(), (f, [u.target for u in units])
            print("ok")
            """
        let r = try Tool.run(python, ["-c", script, po.path, x.path])
        #expect(r.ok && r.output.contains("ok"), "\(r.output)")
    }

    /// The CSV table reads in Translate Toolkit as its own CSV format (the column names are its), and its
    /// `csv2po` makes a PO that GNU msgfmt accepts.
    @Test func translateToolkitReadsTheCSVTable() throws {
        guard let python = Tool.find("python3"), let msgfmt = Tool.find("msgfmt") else {
            SharedData.skip("translateToolkitReadsTheCSVTable: needs python3 and msgfmt"); return
        }
        guard try Tool.run(python, ["-c", "import translate.storage.csvl10n"]).ok else {
            SharedData.skip("translateToolkitReadsTheCSVTable: pip install translate-toolkit"); return
        }
        let (_, _, p) = try exported()
        let doc = try #require(try p.canonical())
        let csv = p.project.url("out/officials-meet.csv"), po = p.project.url("out/from-csv.po")
        try AtomicFile.write(Exporter.csv(doc, file: doc.files[0]), to: csv)
        let script = """
            import sys
            from translate.storage import csvl10n
            from translate.convert import csv2po
            store = csvl10n.csvfile(open(sys.argv[1], 'rb'))
            units = [u for u in store.units]
            assert len(units) == 5, len(units)
            assert sum(1 for u in units if u.target and not u.isfuzzy()) == 1, [(u.target, u.fuzzy) for u in units]
            assert sum(1 for u in units if u.isfuzzy()) == 1
            assert all(u.context for u in units) and any('<1>e-government</1>' in u.source for u in units)
            with open(sys.argv[1], 'rb') as i, open(sys.argv[2], 'wb') as o:
                csv2po.convertcsv(i, o, None)
            print("ok")
            """
        let r = try Tool.run(python, ["-c", script, csv.path, po.path])
        #expect(r.ok && r.output.contains("ok"), "\(r.output)")
        let checked = try Tool.run(msgfmt, ["-c", "-o", "/dev/null", po.path])
        #expect(checked.ok, "\(checked.output)")
    }
}
