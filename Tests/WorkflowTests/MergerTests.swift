import Foundation
import Inline
import Interchange
import JejuSupport
import QualityChecks
import Testing
import TranslationMemory
import Workflow

/// A check that refuses any target containing "XXX": the test double for the QA seam.
struct PlaceholderTextCheck: SegmentCheck {
    func findings(for input: QAInput) -> [QAFinding] {
        input.targetText.contains("XXX")
            ? [
                QAFinding(
                    checkID: "placeholder-text", severity: .error, segmentID: input.segmentID,
                    message: "the target still has XXX")
            ] : []
    }
}

@Suite struct MergerTests {
    /// The canonical ko file with targets set by `edit`, as a returned XLIFF 2.1 file.
    func returned(_ p: TestProject, _ edit: (inout XLIFFSegment) -> Void) throws -> ReturnedWork {
        var doc = try #require(try p.canonical())
        for (fi, f) in doc.files.enumerated() {
            for (ui, u) in f.units.enumerated() {
                for si in u.segments.indices where !u.segments[si].isIgnorable {
                    edit(&doc.files[fi].units[ui].segments[si])
                }
            }
        }
        let data = XLIFFWriter.data(doc)
        return try ReturnedWork.read(data, path: "returned.xlf")
    }

    func apply(_ p: TestProject, _ result: Merger.Result) throws {
        for u in result.updates {
            try AtomicFile.writeIfChanged(
                XLIFFWriter.data(u.document),
                to: CanonicalTranslation.url(project: p.project, locale: result.locale, documentID: u.documentID))
        }
        try ProjectMemory(project: p.project, locale: result.locale).add(result.memoryEntries)
    }

    @Test func acceptedTargetsGoToTheFileAndTheMemory() throws {
        let p = try TestProject()
        try p.extract()
        let work = try returned(p) { s in
            if s.source.text == "The course lasted ten days." {
                s.target = Segment(text: "과정은 열흘간 이어졌다."); s.state = .translated
            }
        }
        let result = try Merger(project: p.project, checks: []).merge(work, options: .init())
        #expect(result.refusals.isEmpty && result.accepted == 1)
        try apply(p, result)
        let (s, _) = try #require(try p.segment("The course lasted ten days."))
        #expect(s.state == .translated && s.target?.text == "과정은 열흘간 이어졌다.")
        let index = try MemoryIndex(files: MemoryFiles(project: p.project, locale: "ko"))
        #expect(try index.lookup(.init(text: "The course lasted ten days.")).first?.target.text == "과정은 열흘간 이어졌다.")
        // The same file again changes nothing.
        let again = try Merger(project: p.project, checks: []).merge(work, options: .init())
        #expect(again.accepted == 0 && again.unchanged == 1)
    }

    /// A reviewer who rewrites a translator's note returns it under its id: the note is replaced, not kept twice
    /// (XLIFF allows one note per id), with the translation unchanged or not; Jeju's own notes stay as extract
    /// wrote them.
    @Test func aRewrittenNoteReplacesTheOneWithItsID() throws {
        let p = try TestProject()
        try p.extract()
        var doc = try #require(try p.canonical())
        let fi = 0,
            ui = try #require(
                doc.files[0].units.firstIndex {
                    $0.segments.contains { $0.source.text == "The course lasted ten days." }
                })
        let si = try #require(
            doc.files[fi].units[ui].segments.firstIndex { $0.source.text == "The course lasted ten days." })
        doc.files[fi].units[ui].segments[si].target = Segment(text: "과정은 열흘간 이어졌다.")
        doc.files[fi].units[ui].segments[si].state = .translated
        doc.files[fi].units[ui].notes.append(
            XLIFFNote(id: "tr-1", category: "translator", text: "Draft: 열흘간 for ten days."))
        try apply(
            p,
            try Merger(project: p.project, checks: []).merge(
                try ReturnedWork.read(XLIFFWriter.data(doc), path: "r.xlf"), options: .init()))

        let generated = try #require(doc.files[fi].units[ui].notes.firstIndex { $0.isGenerated })
        doc.files[fi].units[ui].notes[generated].text = "changed by hand"
        let last = doc.files[fi].units[ui].notes.count - 1
        doc.files[fi].units[ui].notes[last].text = "Reviewed: 열흘간 is right."
        let result = try Merger(project: p.project, checks: []).merge(
            try ReturnedWork.read(XLIFFWriter.data(doc), path: "r.xlf"), options: .init())
        #expect(result.accepted == 0 && result.notesTaken == 1)
        try apply(p, result)
        let (_, unit) = try #require(try p.segment("The course lasted ten days."))
        #expect(unit.notes.filter { $0.id == "tr-1" }.map(\.text) == ["Reviewed: 열흘간 is right."])
        #expect(!unit.notes.contains { $0.text == "changed by hand" })
        let url = CanonicalTranslation.url(project: p.project, locale: "ko", documentID: "officials-meet")
        if let validation = try TestSupportValidation.validate(url) { #expect(validation.ok, "\(validation.output)") }
    }

    @Test func codesMustFitTheSource() throws {
        let p = try TestProject()
        try p.extract()
        // The link (canDelete="no") left out: refused.
        let dropped = try returned(p) { s in
            if s.source.text.hasPrefix("They studied") { s.target = Segment(text: "전자정부를 공부했다.") }
        }
        let r1 = try Merger(project: p.project, checks: []).merge(dropped, options: .init())
        #expect(r1.refusals.count == 1 && r1.hasStructuralRefusal && r1.updates.isEmpty)
        #expect(r1.refusals[0].rule == "merge.inline-codes", "\(r1.refusals)")
        #expect(r1.refusals[0].line ?? 0 > 1)
        // Codes kept (the tool dropped their attributes): accepted, attributes restored from the source.
        let kept = try returned(p) { s in
            if s.source.text.hasPrefix("They studied") {
                s.target = Segment(
                    text: "아카데미에서 전자정부를 공부했다.",
                    codes: [
                        InlineCode(xliffElement: "pc", id: "2", offset: 0),
                        InlineCode(xliffElement: "pc", closing: true, id: "2", offset: 4),
                        InlineCode(xliffElement: "pc", id: "1", offset: 7),
                        InlineCode(xliffElement: "pc", closing: true, id: "1", offset: 11),
                    ])
            }
        }
        let r2 = try Merger(project: p.project, checks: []).merge(kept, options: .init())
        #expect(r2.refusals.isEmpty, "\(r2.refusals)")
        let unit = try #require(
            r2.updates.first?.document.files.first?.units.first {
                $0.segments.contains { $0.source.text.hasPrefix("They studied") }
            })
        let target = try #require(unit.segments.first { $0.source.text.hasPrefix("They studied") }?.target)
        #expect(target.codes.first?.xliffType == "link")
        // A code the source does not have: refused.
        let extra = try returned(p) { s in
            if s.source.text == "The course lasted ten days." {
                s.target = Segment(text: "과정", codes: [InlineCode(xliffElement: "ph", id: "9", offset: 0)])
            }
        }
        #expect(
            try Merger(project: p.project, checks: []).merge(extra, options: .init()).refusals.map(\.rule) == [
                "merge.inline-codes"
            ])
    }

    @Test func changedSourceUnknownIDAndQAErrorsRefuseTheWholeFile() throws {
        let p = try TestProject()
        try p.extract()
        let work = try returned(p) { s in
            if s.source.text == "The course lasted ten days." { s.target = Segment(text: "과정은 열흘간 이어졌다.") }
            if s.source.text == "A farewell dinner closed it." {
                s.source = Segment(text: "A farewell lunch closed it."); s.target = Segment(text: "점심")
            }
            if s.source.text == "Officials meet in Jeju" { s.id = "sdeadbeef"; s.target = Segment(text: "제주") }
        }
        let r = try Merger(project: p.project, checks: []).merge(work, options: .init())
        #expect(r.refusals.count == 2 && r.updates.isEmpty && r.memoryEntries.isEmpty && r.accepted == 1)
        #expect(r.refusals.contains { $0.rule == "merge.source-changed" })
        #expect(r.refusals.contains { $0.rule == "merge.unknown-segment" && $0.message.contains("sdeadbeef") })
        let qa = try returned(p) { s in
            if s.source.text == "The course lasted ten days." { s.target = Segment(text: "XXX 열흘") }
        }
        let rq = try Merger(project: p.project, checks: [PlaceholderTextCheck()]).merge(qa, options: .init())
        #expect(rq.refusals.count == 1 && !rq.hasStructuralRefusal && rq.refusals[0].rule == "placeholder-text")
        #expect(try Merger(project: p.project, checks: []).merge(qa, options: .init()).refusals.isEmpty)
    }

    @Test func reviewedTranslationsAreNotLoweredWithoutForce() throws {
        let p = try TestProject()
        try p.extract()
        try p.translate("The course lasted ten days.", as: "과정은 열흘간 이어졌다.", state: .reviewed)
        let work = try returned(p) { s in
            if s.source.text == "The course lasted ten days." {
                s.target = Segment(text: "다른 번역"); s.state = .translated
            }
        }
        let r = try Merger(project: p.project, checks: []).merge(work, options: .init())
        #expect(r.refusals.map(\.rule) == ["merge.lower-state"])
        let forced = try Merger(project: p.project, checks: []).merge(work, options: .init(force: true))
        #expect(forced.refusals.isEmpty && forced.accepted == 1)
        let final = try Merger(project: p.project, checks: []).merge(work, options: .init(state: .final))
        #expect(final.refusals.isEmpty)
        let s = try #require(
            final.updates.first?.document.files.first?.units.flatMap(\.segments).first {
                $0.source.text == "The course lasted ten days."
            })
        #expect(s.state == .final)
    }

    @Test func filesForAnotherLocaleOrProjectAreRefused() throws {
        let p = try TestProject()
        try p.extract()
        var doc = try #require(try p.canonical())
        doc.targetLanguage = "vi"
        let vi = try ReturnedWork.read(XLIFFWriter.data(doc), path: "vi.xlf")
        #expect(throws: Diagnostic.self) { try Merger(project: p.project, checks: []).merge(vi, options: .init()) }
        doc.targetLanguage = "ko-KR"
        doc.files[0].id = "someone-elses-notice"
        let other = try ReturnedWork.read(XLIFFWriter.data(doc), path: "other.xlf")
        do {
            _ = try Merger(project: p.project, checks: []).merge(other, options: .init())
            Issue.record("accepted another project's notice")
        } catch {
            #expect(error.rule == "merge.unknown-document" && error.message.contains("someone-elses-notice"))
        }
    }

    @Test func poAndXLIFF12ExportsComeBack() throws {
        let p = try TestProject()
        try p.extract()
        try p.translate("The course lasted ten days.", as: "과정은 열흘간 이어졌다.")
        let doc = try #require(try p.canonical())
        let file = doc.files[0]
        // PO: translate one entry the way Poedit would, keeping the tags.
        var po = Exporter.po(doc, file: file)
        let i = try #require(po.entries.firstIndex { $0.id.hasPrefix("They studied") })
        #expect(po.entries[i].id == "They studied <1>e-government</1> at the <2>Academy</2>.")
        po.entries[i].translations = ["<2>아카데미</2>에서 <1>전자정부</1>를 공부했다."]
        po.entries[i].translatorComments = ["Academy name checked."]
        let text = POWriter.string(po)
        #expect(try POReader.read(text, path: "ko.po") == po)
        let work = try ReturnedWork.read(Data(text.utf8), path: "ko.po")
        let r = try Merger(project: p.project, checks: []).merge(work, options: .init())
        #expect(r.refusals.isEmpty && r.accepted == 1 && r.unchanged == 1, "\(r.refusals)")
        let unit = try #require(
            r.updates.first?.document.files[0].units.first { $0.notes.contains { $0.text == "Academy name checked." } })
        #expect(unit.segments.contains { $0.target?.xliffCodes.count == 2 })
        // XLIFF 1.2.
        var x = Exporter.xliff12(doc, file: file)
        let j = try #require(x.files[0].units.firstIndex { $0.source.text == "A farewell dinner closed it." })
        x.files[0].units[j].target = Segment(text: "환송 만찬으로 끝났다.")
        x.files[0].units[j].state = "translated"
        let back = try XLIFF12Reader.read(XLIFF12Writer.data(x), path: "ko12.xlf")
        // XLIFF 1.2 keeps the codes' ids and kinds (their XLIFF 2 attributes come back from the source on merge).
        #expect(
            back.files[0].units.map { TaggedText.render($0.source) }
                == x.files[0].units.map { TaggedText.render($0.source) })
        #expect(back.files[0].units.map(\.target) == x.files[0].units.map(\.target))
        #expect(back.files[0].units.map(\.notes.count) == x.files[0].units.map(\.notes.count))
        let r12 = try Merger(project: p.project, checks: []).merge(
            try ReturnedWork.read(XLIFF12Writer.data(x), path: "ko12.xlf"), options: .init())
        #expect(r12.refusals.isEmpty && r12.accepted == 1, "\(r12.refusals)")
    }

    @Test func aCSVTableComesBackFromASpreadsheet() throws {
        let p = try TestProject()
        try p.extract()
        try p.translate("The course lasted ten days.", as: "과정은 열흘간 이어졌다.")
        let doc = try #require(try p.canonical())
        let table = try DelimitedText.parse(Exporter.csv(doc, file: doc.files[0]), dialect: .csv, path: "ko.csv")
        #expect(table.records.first?.map(\.value) == Exporter.csvColumns)
        var rows = table.records.dropFirst().map { $0.map(\.value) }
        #expect(rows.count == 5 && rows.allSatisfy { $0[7] == "ko" && $0[8] == doc.files[0].id })
        let i = try #require(rows.firstIndex { $0[2].hasPrefix("They studied") })
        #expect(rows[i][2] == "They studied <1>e-government</1> at the <2>Academy</2>." && rows[i][4] == "False")
        rows[i][3] = "'-<2>아카데미</2>에서 <1>전자정부</1>를 공부했다."  // escaped from formulas, as a spreadsheet keeps it
        rows[i][6] = "Academy name checked."
        // The way a spreadsheet saves it: a byte order mark, CR LF, the rows in another order.
        let saved =
            "\u{FEFF}"
            + ([Exporter.csvColumns] + rows.reversed()).map(DelimitedText.csvRecord)
            .joined().replacingOccurrences(of: "\n", with: "\r\n")
        let work = try ReturnedWork.read(Data(saved.utf8), path: "ko.csv")
        #expect(work.format == .csv && work.targetLanguage == "ko")
        let r = try Merger(project: p.project, checks: []).merge(work, options: .init())
        #expect(r.refusals.isEmpty && r.accepted == 1 && r.unchanged == 1, "\(r.refusals)")
        let unit = try #require(
            r.updates.first?.document.files[0].units.first { $0.notes.contains { $0.text == "Academy name checked." } })
        #expect(
            unit.segments.contains {
                $0.target?.xliffCodes.count == 2 && TaggedText.render($0.target ?? Segment(text: "")).hasPrefix("-<2>")
            })
        // A cell that would start a formula goes out escaped: here a translation beginning with "=".
        var formula = doc
        formula.files[0].units[0].segments[0].target = Segment(text: "=HYPERLINK(\"http://x\")")
        #expect(Exporter.csv(formula, file: formula.files[0]).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",True,"))
        // A table that is not Jeju's, or mixes locales, is refused with the place.
        #expect { try ReturnedWork.read(Data("source,target\nA,B\n".utf8), path: "x.csv") } throws: { error in
            (error as? Diagnostic)?.line == 1 && (error as? Diagnostic)?.rule == "csv.locale"
        }
        #expect { try ReturnedWork.read(Data("location,target\nx.md:1,B\n".utf8), path: "x.csv") } throws: { error in
            (error as? Diagnostic)?.line == 1 && (error as? Diagnostic)?.rule == "csv.missing-column"
        }
        var mixed = rows
        mixed[i][7] = "vi"
        let mixedText = ([Exporter.csvColumns] + mixed).map(DelimitedText.csvRecord).joined()
        #expect { try ReturnedWork.read(Data(mixedText.utf8), path: "x.csv") } throws: { error in
            (error as? Diagnostic)?.rule == "csv.second-locale"
        }
    }
}
