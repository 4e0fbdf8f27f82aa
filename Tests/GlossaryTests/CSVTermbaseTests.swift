import Foundation
@testable import Glossary
import JejuSupport
import TestSupport
import Testing

@Suite struct CSVTermbaseTests {
    /// Independent reading of the TICO files for comparison: Python's csv module semantics, re-implemented
    /// minimally here would share bugs, so the comparison uses the raw lines of the files, which hold no quoted
    /// line breaks (checked).
    @Test(arguments: [
        "f_en-am_ET.csv", "f_en-ar_AR.csv", "f_en-ha_NG.csv", "f_en-id_ID.csv", "f_en-ig_NG.csv", "f_en-ko_KR.csv",
        "f_en-ms_MY.csv", "f_en-ru_RU.csv", "f_en-sw_KE.csv", "f_en-tl_XX.csv", "f_en-vi_VN.csv", "f_en-yo_NG.csv",
        "f_en-cx_PH.csv", "g_en_am.csv", "g_en_ar.csv", "g_en_fil.csv", "g_en_ha.csv", "g_en_id.csv", "g_en_ig.csv",
        "g_en_ko.csv", "g_en_ms.csv", "g_en_ru.csv", "g_en_sw.csv", "g_en_uz.csv", "g_en_vi.csv", "g_en_yo.csv",
    ])
    func everyTICOTermbaseImportsWithoutLoss(_ name: String) throws {
        guard let url = SharedData.url("corpora/tico-19/terminologies/\(name)") else { return }
        let data = try Data(contentsOf: url)
        let options = ImportOptions(languageMap: ["cx_PH": "ceb-PH"])
        let (tb, findings) = try TermbaseFormat.csv.read(data, path: name, options: options)
        #expect(findings.isEmpty)
        let text = try TextFile.decode(data, path: name)
        let rows = try DelimitedText.parse(text, dialect: .csv, path: name).records
        let header = rows[0].map(\.value)
        #expect(tb.concepts.count == rows.count - 1)
        let src = try #require(header.firstIndex(of: "sourceString")),
            tgt = try #require(header.firstIndex(of: "targetString"))
        for (row, concept) in zip(rows.dropFirst(), tb.concepts) {
            #expect(concept.id == "c" + row[0].value)
            #expect(concept.languages.count == 2)
            // Cells are read with TICO's notation (alternatives 'A : B', optional '[…]'; TermPrecisionTests has
            // the readings); a cell without it is one term, as written.
            #expect(
                concept.languages[0].terms.map(\.text)
                    == TermNotation.expand(row[src].value, abbreviations: false).terms)
            #expect(concept.languages[1].terms.map(\.text) == TermNotation.expand(row[tgt].value).terms)
            if !row[tgt].value.contains(" : ") && !row[tgt].value.contains("[") && !row[tgt].value.hasSuffix(")") {
                #expect(concept.languages[1].terms.map(\.text) == [row[tgt].value.trimmingWhitespace()])
            }
            if let pos = header.firstIndex(of: "pos"), !row[pos].value.isEmpty {
                let expected = row[pos].value == "proper noun" ? "noun" : row[pos].value
                #expect(concept.languages[0].terms[0].partOfSpeech?.rawValue == expected)
                #expect(concept.isProperName == (row[pos].value == "proper noun"))
            }
            if let d = header.firstIndex(of: "description"), !row[d].value.isEmpty {
                #expect(concept.languages[0].definitions == [row[d].value])
            }
        }
        // Lossless through TBX and through Jeju's CSV.
        #expect(try TBXReader.read(Data(TBXWriter.write(tb).utf8), path: "t.tbx").termbase == tb)
        #expect(try CSVTermbase.read(CSVTermbase.write(tb), path: "t.csv") == tb)
        // The raw file has exactly as many data lines as concepts (no record was merged or split).
        #expect(text.split(separator: "\n").count - 1 == tb.concepts.count)
    }

    @Test func unknownLanguageCodesNeedAMapping() throws {
        guard let url = SharedData.url("corpora/tico-19/terminologies/f_en-cx_PH.csv") else { return }
        let data = try Data(contentsOf: url)
        do throws(Diagnostic) {
            _ = try TermbaseFormat.csv.read(data, path: "f_en-cx_PH.csv")
            Issue.record("cx is not a language ICU knows")
        } catch {
            #expect(error.line == 2 && error.column == 6)
            #expect(error.rule == "glossary.language" && error.message.contains("'cx_PH'"))
        }
    }

    func failure(_ csv: String, dialect: TermbaseFormat = .csv, bytes: [UInt8]? = nil) -> Diagnostic? {
        do throws(Diagnostic) {
            _ = try dialect.read(
                Data(bytes ?? Array(csv.utf8)), path: "bad", options: ImportOptions(targetLocale: "ko"))
            return nil
        } catch {
            return error
        }
    }

    @Test func malformedInputIsReportedWithItsPosition() throws {
        let header = "id,sourceLang,targetLang,sourceString,targetString\n"
        let unbalanced = failure(header + "1,en,ko,\"e-government,전자정부\n2,en,ko,x,y\n")
        #expect(
            unbalanced?.line == 2 && unbalanced?.column == 9 && unbalanced?.rule == "csv.quote"
        )
        let columns = failure(header + "1,en,ko,a,b\n2,en,ko,a,b,c\n")
        #expect(columns?.line == 3 && columns?.column == 13 && columns?.rule == "csv.field-count")
        let short = failure(header + "1,en,ko,a\n")
        #expect(short?.line == 2 && short?.rule == "csv.field-count")
        let afterQuote = failure(header + "1,en,ko,\"a\"b,c\n")
        #expect(afterQuote?.line == 2 && afterQuote?.column == 12)
        let language = failure(header + "1,en,xx,a,b\n")
        #expect(language?.line == 2 && language?.column == 6 && language?.rule == "glossary.language")
        let utf8 = failure("", bytes: Array(header.utf8) + Array("1,en,ko,a,".utf8) + [0xFF, 0x0A])
        #expect(utf8?.line == 2 && utf8?.column == 11 && utf8?.rule == "input.utf8")
        let tsv = failure("e-government\t전자정부\tnote\textra\n", dialect: .tsv)
        #expect(tsv?.line == 1 && tsv?.column == 24)
        let unknownColumn = failure("id,sourceString,targetString,colour\n")
        #expect(unknownColumn?.column == 30)
    }

    @Test func bomCRLFAndQuotedFieldsAreHandled() throws {
        let csv =
            "\u{FEFF}id,sourceLang,targetLang,sourceString,targetString\r\n"
            + "1,en,ko,\"Ministry of the Interior, Korea\",\"행정자치부\"\r\n"
            + "2,en,ru,\"the \"\"smart\"\" city\",\"умный\r\nгород\"\r\n"
        let (tb, _) = try TermbaseFormat.csv.read(Data(csv.utf8), path: "x.csv")
        #expect(tb.concepts.map(\.id) == ["c1", "c2"])
        #expect(tb.concepts[0].preferredTerm("en")?.text == "Ministry of the Interior, Korea")
        #expect(tb.concepts[1].preferredTerm("en")?.text == "the \"smart\" city")
        #expect(tb.concepts[1].preferredTerm("ru")?.text == "умный\nгород")
    }

    @Test func omegaTTSVRoundTrip() throws {
        let tb = try Fixtures.termbase()
        let tsv = OmegaTGlossary.write(tb, source: "en", target: "ru")
        let lines = tsv.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[4].hasPrefix("local official\tместный чиновник\tt-004; draft; do not use: локальный чиновник; "))
        let back = try OmegaTGlossary.read(tsv, path: "g.tsv", options: ImportOptions(targetLocale: "ru"))
        #expect(back.concepts.map(\.id) == ["t-001", "t-002", "t-003", "t-004"])
        #expect(back.concepts[3].preferredTerm("ru")?.text == "местный чиновник")
        #expect(OmegaTGlossary.slug("World e-Governments Organization") == "world-e-governments-organization")
    }

    /// Re-importing a TSV export changes nothing and reports nothing, for every language of the project's own
    /// termbase; the comment's admitted, deprecated and superseded terms and the definition come back as such.
    @Test func theProjectTermbaseSurvivesItsOwnTSV() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("glossary/egov.tbx")
        let (tb, _) = try TermbaseFormat.tbx.read(try Data(contentsOf: url), path: "egov.tbx")
        for locale in ["ko", "vi", "id", "fil", "ms", "uz", "ru", "ar", "sw", "ha", "yo", "ig", "am"] {
            let tsv = OmegaTGlossary.write(tb, source: "en", target: locale)
            let back = try OmegaTGlossary.read(tsv, path: "\(locale).tsv", options: ImportOptions(targetLocale: locale))
            let (merged, conflicts) = tb.merging(back, path: "\(locale).tsv")
            #expect(conflicts.isEmpty, "\(locale): \(conflicts.prefix(3))")
            #expect(TBXWriter.write(merged) == TBXWriter.write(tb), "\(locale)")
            // Into an empty termbase: the statuses come back, so a deprecated term is never taken as approved.
            for (c, b) in zip(tb.concepts, back.concepts) where c.section(locale) != nil && b.section(locale) != nil {
                for t in c.section(locale)?.terms ?? []
                where t.status == .deprecated || t.status == .superseded || t.status == .admitted {
                    #expect(
                        b.section(locale)?.terms.first { $0.text == t.text }?.status == t.status, "\(locale) \(t.text)")
                }
            }
        }
    }

    /// A file that says less is no conflict; one that says something else is, naming what differs.
    @Test func termsMergeByWhatTheFileSays() {
        let full = Term("e-government", partOfSpeech: .noun, termType: .fullForm, status: .preferred, notes: ["n"])
        #expect(full.merging(Term("e-government")).differing.isEmpty)
        #expect(full.merging(Term("e-government")).merged == full)
        let more = full.merging(Term("e-government", source: "MOIS", notes: ["m"])).merged
        #expect(more.source == "MOIS" && more.notes == ["n", "m"])
        #expect(
            full.merging(Term("e-government", partOfSpeech: .verb, status: .admitted)).differing == [
                "part of speech", "status",
            ])
    }

    @Test func mergeReportsConflictsAndKeepsExistingData() throws {
        let tb = try Fixtures.termbase()
        var incoming = Termbase(concepts: [
            tb.concepts[0],
            Concept(id: "t-new", languages: [LanguageSection(language: "en", terms: [Term("open data")])]),
        ])
        incoming.concepts[0].languages[1].terms = [Term("이-정부", status: .preferred)]
        incoming.concepts[0].languages.append(
            LanguageSection(language: "am", terms: [Term("ኤሌክትሮኒክ መንግሥት", status: .preferred)]))
        let (merged, conflicts) = tb.merging(incoming, path: "in.tbx")
        #expect(conflicts.count == 1 && conflicts[0].locale == "ko" && conflicts[0].conceptID == "t-001")
        #expect(merged.concepts.count == 5)
        #expect(merged.concepts[0].preferredTerm("ko")?.text == "전자정부")
        #expect(merged.concepts[0].preferredTerm("am")?.text == "ኤሌክትሮኒክ መንግሥት")
    }
}

/// The OmegaT kit's glossary: OmegaT shows only the first two columns, so each usable term needs its own line.
@Suite struct OmegaTKitGlossaryTests {
    @Test func everyApprovedAndAdmittedTermHasALine() throws {
        let tb = try Fixtures.termbase()
        let lines = OmegaTGlossary.kit(tb, source: "en", target: "ru").split(separator: "\n").map(String.init)
        let pairs = lines.filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t").prefix(2).joined(separator: " → ")
        }
        // The admitted source term and the acronyms are terms OmegaT shows, not comments.
        #expect(pairs.contains("electronic government → электронное правительство"))
        #expect(pairs.contains("ADB → Азиатский банк развития"))
        #expect(pairs.contains("Asian Development Bank → АБР"))
        #expect(pairs.contains("WeGO → WeGO"))
        // Every line has the three columns OmegaT reads, the concept id first in the comment.
        for line in lines where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 3, "\(line)")
            #expect(fields.last?.hasPrefix("t-") == true, "\(line)")
        }
        // A deprecated target term is never offered as a translation, only named in the comment.
        let deprecated = try #require(lines.first { $0.hasPrefix("local official\t") })
        #expect(deprecated.contains("do not use: локальный чиновник"))
        #expect(!pairs.contains { $0.hasSuffix("→ локальный чиновник") })
        let acronym = try #require(lines.first { $0.hasPrefix("ADB\t") })
        #expect(acronym.contains("en admitted acronym, ru preferred"))
    }
}
