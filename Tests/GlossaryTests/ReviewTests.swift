import Foundation
import Glossary
import JejuSupport
import TestSupport
import Testing

@Suite struct ReviewTests {
    /// The fixture with a draft note on ru and an admitted variant there.
    func termbase() throws -> Termbase {
        var tb = try Fixtures.termbase()
        tb.concepts[0].languages[2].notes = ["draft: needs native review — госуслуги style"]
        tb.concepts[0].languages[2].terms.append(Term("цифровое правительство", partOfSpeech: .noun, status: .admitted))
        return tb
    }

    func section(_ tb: Termbase, _ locale: String) throws -> LanguageSection {
        try #require(tb.concepts[0].languages.first { $0.language == locale })
    }

    @Test func approvalIsATransactionAndTheDraftNoteGoes() throws {
        var tb = try termbase()
        #expect(try section(tb, "ru").reviewStatus == .draft)
        // No draft note is not a validation: ko has none and nothing approved it.
        #expect(try section(tb, "ko").reviewStatus == .draft)
        let outcome = tb.apply(
            [ReviewDecision(.approve, conceptID: "t-001", locale: "ru", comment: "Standard in Russian law.")],
            editor: "Anna Petrova", date: "2026-12-05")
        #expect(outcome.changed == ["t-001/ru"])
        let ru = try section(tb, "ru")
        #expect(ru.reviewStatus == .validated)
        #expect(ru.notes == ["госуслуги style"])
        #expect(
            ru.terms.allSatisfy {
                $0.transactions == [
                    Transaction(.modification, responsibility: "Anna Petrova", date: "2026-12-05", note: "approval")
                ]
            })
        #expect(ru.terms[0].notes == ["Standard in Russian law."])
        // Once more: nothing changes, not even on another day.
        let before = TBXWriter.write(tb)
        let again = tb.apply(
            [ReviewDecision(.approve, conceptID: "t-001", locale: "ru")], editor: "Someone Else", date: "2027-01-01")
        #expect(again.changed.isEmpty && again.unchanged == ["t-001/ru"])
        #expect(TBXWriter.write(tb) == before)
    }

    @Test func correctionRetiresTheOldTermAndRejectionFlagsTheConcept() throws {
        var tb = try termbase()
        tb.apply(
            [
                ReviewDecision(
                    .correct, conceptID: "t-001", locale: "ru", correctedTerm: " электронное государство ",
                    retiredStatus: .deprecated, comment: "Used by the ministry."),
                ReviewDecision(.reject, conceptID: "t-001", locale: "ar", comment: "Needs an Arabic reviewer."),
            ],
            editor: "Editor", date: "2026-12-05")
        let ru = try section(tb, "ru")
        #expect(
            ru.terms.map(\.text) == ["электронное государство", "электронное правительство", "цифровое правительство"])
        #expect(ru.terms.map(\.status) == [.preferred, .deprecated, .admitted])
        #expect(ru.terms[0].transactions.map(\.kind) == [.origination] && ru.terms[0].isValidated)
        #expect(ru.terms[0].notes == ["Used by the ministry."])
        #expect(ru.terms[1].transactions.last?.note == "correction: deprecated, replaced by электронное государство")
        #expect(ru.reviewStatus == .validated)
        let ar = try section(tb, "ar")
        #expect(ar.reviewStatus == .rejected && ar.terms.allSatisfy { $0.status == .deprecated })
        #expect(ar.notes == ["rejected: needs a new proposal — Needs an Arabic reviewer."])
        // The rejected section is not an error of the termbase: it waits for a proposal.
        let context = GlossaryCheck.Context(termbase: tb, path: "t.tbx", targetLocales: Fixtures.locales)
        #expect(GlossaryChecks.run(context).filter { $0.severity == .error }.isEmpty, "\(GlossaryChecks.run(context))")
    }

    @Test func historyRoundTripsThroughTBXAndValidates() throws {
        var tb = try termbase()
        tb.apply(
            [ReviewDecision(.correct, conceptID: "t-001", locale: "ru", correctedTerm: "электронное государство")],
            editor: "Anna & <Petrova>", date: "2026-12-05")
        let text = TBXWriter.write(tb)
        #expect(text.contains("<transac type=\"transactionType\">origination</transac>"))
        #expect(text.contains("<transacNote type=\"responsibility\">Anna &amp; &lt;Petrova&gt;</transacNote>"))
        let back = try TBXReader.read(Data(text.utf8), path: "t.tbx")
        #expect(back.findings.isEmpty, "\(back.findings)")
        #expect(back.termbase == tb)
        guard let rng = SharedData.url("oracles/tbx/core/TBXcoreStructV03.rng") else { return }
        let url = try Fixtures.temporaryFile("reviewed.tbx", text)
        guard let result = try Fixtures.xmllint(["--nonet", "--noout", "--relaxng", rng.path, url.path]) else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func transactionsOutsideTBXBasicAreReportedAndTBX2008OnesAreRead() throws {
        var bad = Fixtures.tbx
        let at = try #require(bad.range(of: "<term>전자정부</term>"))
        let end = try #require(bad.range(of: "</termSec>", range: at.upperBound..<bad.endIndex))
        bad.insert(
            contentsOf: """
                <transacGrp>
                  <transac type="transactionType">approval</transac>
                  <date>5 December 2026</date>
                </transacGrp>

                """, at: end.lowerBound)
        #expect(bad != Fixtures.tbx)
        let findings = try TBXReader.read(Data(bad.utf8), path: "bad.tbx").findings.map(\.description)
        #expect(findings.contains { $0.contains("transactionType 'approval' is not one of origination, modification") })
        #expect(findings.contains { $0.contains("date '5 December 2026' is not an xsd:date") })
        let martif = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="c1">
                <langSet xml:lang="en"><tig><term>e-government</term></tig></langSet>
                <langSet xml:lang="ru"><tig><term>электронное правительство</term>
                  <transacGrp><transac type="transactionType">approval</transac><transacNote type="responsibility">A. P.</transacNote><date>2026-12-05</date></transacGrp>
                  <transacGrp><transac type="transactionType">modification</transac><date>2026-12-06</date><note>approval</note></transacGrp>
                </tig></langSet>
              </termEntry>
            </body></text></martif>
            """
        let read = try TBXReader.read(Data(martif.utf8), path: "old.tbx")
        let term = try #require(read.termbase.concepts.first?.section("ru")?.terms.first)
        #expect(
            term.transactions == [
                Transaction(.modification, responsibility: "A. P.", date: "2026-12-05", note: "approval"),
                Transaction(.modification, date: "2026-12-06", note: "approval"),
            ])
        #expect(term.isValidated)
    }

    func sheet(_ tb: Termbase) -> ReviewSheet {
        ReviewSheet(
            termbase: tb, locale: "ru", sourceLocale: "en", onlyDrafts: true,
            evidence: { _ in [ReviewSheet.Evidence(place: "n.xlf:3", source: "Local e-government.", translation: nil)]
            },
            otherTermbases: { _ in ["=HYPERLINK(\"x\") (tico.csv)"] })
    }

    /// The sheet's CSV with the decision columns of the row for `concept` filled in.
    func decide(
        _ csv: String, _ concept: String, _ decision: String, corrected: String = "", old: String = "",
        comment: String = ""
    ) -> String {
        var lines = DelimitedTextLines(csv)
        lines.fill(concept, [decision, corrected, old, comment])
        return lines.text
    }

    @Test func theSheetEscapesFormulasAndReadsDecisionsBack() throws {
        let tb = try termbase()
        let csv = sheet(tb).csv()
        #expect(
            csv.hasPrefix(
                "locale,concept,english_term,definition,subject,proposed_terms,status,usage_note,evidence,other_termbases,decision,corrected_term,old_term_status,comment\n"
            ))
        #expect(csv.contains("'=HYPERLINK"))
        #expect(csv.contains("электронное правительство (preferred, draft)"))
        #expect(csv.contains("Local e-government. → (not translated yet) [n.xlf:3]"))
        let decided = decide(
            csv, "t-001", "correct", corrected: "=электронное государство", old: "deprecated", comment: "-- agreed")
        let read = try ReviewSheet.read(
            decided, path: "s.csv", termbase: tb, sourceLocale: "en", locales: Fixtures.locales, expected: nil)
        #expect(read.problems.isEmpty, "\(read.problems)")
        #expect(
            read.decisions == [
                ReviewDecision(
                    .correct, conceptID: "t-001", locale: "ru", correctedTerm: "=электронное государство",
                    retiredStatus: .deprecated, comment: "-- agreed")
            ])
    }

    @Test func badSheetsAreRefusedWithRowAndColumn() throws {
        let tb = try termbase()
        var lines = DelimitedTextLines(sheet(tb).csv())
        lines.rows = lines.rows.filter { $0[1] == "concept" || $0[1] == "t-001" }
        let csv = decide(lines.text, "t-001", "approve")
        func problems(_ text: String, expected: String? = nil) throws -> [String] {
            do {
                return try ReviewSheet.read(
                    text, path: "s.csv", termbase: tb, sourceLocale: "en", locales: Fixtures.locales,
                    expected: expected
                ).problems.map(\.description)
            } catch {
                return [error.description]
            }
        }
        #expect(try problems(csv).isEmpty)
        #expect(
            try problems(csv, expected: "ko") == ["s.csv:2:1: error: the sheet is for 'ru', not 'ko' [review.locale]"])
        #expect(
            try problems(csv.replacingOccurrences(of: "\nru,t-001,", with: "\nru,t-999,"))
                == ["s.csv:2:4: error: unknown concept id 't-999' [review.concept]"])
        let changed = try problems(csv.replacingOccurrences(of: ",e-government,", with: ",e-gov,"))
        #expect(
            changed == [
                "s.csv:2:10: error: the English term was 'e-gov' when the sheet was exported and is 'e-government' now; export a new sheet [review.english-term]"
            ], "\(changed)")
        let maybe = try problems(decide(csv, "t-001", "maybe"))
        #expect(
            maybe.count == 1 && maybe[0].hasPrefix("s.csv:3:")
                && maybe[0].hasSuffix("decision 'maybe' is not approve, correct, reject or empty [review.decision]"),
            "\(maybe)")
        #expect(
            try problems(decide(csv, "t-001", "correct")).first?.hasSuffix(
                "decision 'correct' needs the corrected term [review.corrected-term]") == true)
        #expect(
            try problems(csv + "ru,t-001\n").first?.hasSuffix("2 fields where the header has 14 [review.fields]")
                == true)
        #expect(
            try problems("locale,concept,english_term,colour\n").first
                == "s.csv:1:29: error: unknown column 'colour'; a review sheet has \(ReviewSheet.columns.joined(separator: ", ")) [review.header]"
        )
    }
}

/// A CSV sheet's lines, for filling in the last four (decision) columns of one row as an editor would.
struct DelimitedTextLines {
    var rows: [[String]]

    init(_ csv: String) {
        let table = try? DelimitedText.parse(csv, dialect: .csv, path: "sheet.csv")
        rows = table?.records.map { $0.map(\.value) } ?? []
    }

    mutating func fill(_ concept: String, _ decision: [String]) {
        for i in rows.indices where rows[i].count > 4 && rows[i][1] == concept {
            rows[i].replaceSubrange((rows[i].count - 4)..., with: decision.map(DelimitedText.spreadsheetSafe))
        }
    }

    var text: String { rows.map(DelimitedText.csvRecord).joined() }
}

@Suite struct ReviewInterchangeTests {
    /// The fixture after a review: an approval, a correction (old term superseded) and a rejection.
    func reviewed() throws -> Termbase {
        var tb = try Fixtures.termbase()
        tb.concepts[0].languages[2].notes = ["draft: needs native review"]
        tb.apply(
            [
                ReviewDecision(.approve, conceptID: "t-001", locale: "ko"),
                ReviewDecision(
                    .correct, conceptID: "t-001", locale: "ru", correctedTerm: "электронное государство",
                    comment: "Used by the ministry."),
                ReviewDecision(.reject, conceptID: "t-001", locale: "ar"),
            ],
            editor: "Anna Petrova", date: "2026-12-05")
        return tb
    }

    @Test func bothTBXVersionsKeepStatusesAndHistory() throws {
        let tb = try reviewed()
        for version in [TBXWriter.Version.v3, .tbx2008] {
            let text = TBXWriter.write(tb, version: version)
            let back = try TBXReader.read(Data(text.utf8), path: "out.tbx")
            #expect(back.findings.isEmpty, "\(version): \(back.findings)")
            #expect(back.termbase == tb, "\(version)")
            let sections = back.termbase.concepts[0].languages
            #expect(sections.map(\.reviewStatus) == [.draft, .validated, .validated, .rejected, .draft])
        }
        let martif = TBXWriter.write(tb, version: .tbx2008)
        #expect(
            martif.contains("<martif type=\"TBX-Basic\" xml:lang=\"en\">") && martif.contains("<tig>")
                && martif.contains("<transacNote type=\"responsibility\">Anna Petrova</transacNote>"))
    }

    @Test func csvAndTSVCarryTheReviewStatus() throws {
        let tb = try reviewed()
        let csv = CSVTermbase.write(tb)
        #expect(csv.hasPrefix("concept,subjectField,properName,language,term,partOfSpeech,termType,status,review,"))
        #expect(csv.contains(",ru,электронное государство,noun,fullForm,preferred,validated,"))
        #expect(csv.contains(",ru,электронное правительство,noun,fullForm,superseded,validated,"))
        #expect(csv.contains(",ar,حكومة إلكترونية,noun,fullForm,deprecated,rejected,"))
        #expect(csv.contains(",uz,elektron hukumat,noun,fullForm,preferred,draft,"))
        // The column is accepted on import (it is derived from the history TBX carries).
        #expect(try CSVTermbase.read(csv, path: "t.csv").concepts.count == tb.concepts.count)
        let tsv = OmegaTGlossary.write(tb, source: "en", target: "ru")
        #expect(tsv.contains("e-government\tэлектронное государство\tt-001; validated; "))
        let back = try OmegaTGlossary.read(tsv, path: "t.tsv", options: ImportOptions(targetLocale: "ru"))
        #expect(
            back.concepts.first?.section("ru")?.terms.first?.notes.allSatisfy { !$0.hasPrefix("validated") } ?? false)
    }

    @Test func importKeepsLaterHistory() throws {
        let before = try Fixtures.termbase()
        var after = before
        after.apply([ReviewDecision(.approve, conceptID: "t-001", locale: "ko")], editor: "E", date: "2026-12-05")
        let merged = before.merging(after, path: "in.tbx")
        #expect(merged.conflicts.isEmpty, "\(merged.conflicts)")
        #expect(merged.termbase.concepts[0].section("ko")?.reviewStatus == .validated)
        #expect(merged.termbase == after)
    }
}
