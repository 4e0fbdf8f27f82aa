import Foundation
import Inline
import Interchange
import JejuSupport
import TestSupport
import Testing
import TranslationMemory
import Workflow

@Suite struct ExtractorTests {
    @Test func firstExtractWritesValidXLIFFAndTheSecondChangesNothing() throws {
        let p = try TestProject()
        let first = try p.extract()
        #expect(first.map(\.report.added) == [5, 2])
        let url = CanonicalTranslation.url(project: p.project, locale: "ko", documentID: "officials-meet")
        let bytes = try Data(contentsOf: url)
        let second = try p.extract()
        #expect(second.map(\.report.unchanged) == [5, 2])
        #expect(try Data(contentsOf: url) == bytes)
        if let result = try TestSupportValidation.validate(url) { #expect(result.ok, "\(result.output)") }
        let ui = try #require(try p.canonical("ko", "ui")?.file(id: "ui"))
        #expect(ui.units.map(\.name) == ["notice.date", "notice.views"])
        #expect(ui.units[1].notes.contains { $0.text.hasPrefix("ICU MessageFormat") })
        if let result = try TestSupportValidation.validate(
            CanonicalTranslation.url(project: p.project, locale: "ko", documentID: "ui"))
        {
            #expect(result.ok, "\(result.output)")
        }
    }

    @Test func unitsCarryContextNotesAndInlineCodes() throws {
        let p = try TestProject()
        try p.extract()
        let (segment, unit) = try #require(try p.segment("They studied e-government at the Academy."))
        #expect(unit.notes.map(\.text).contains("Notice: Officials meet in Jeju"))
        #expect(unit.notes.map(\.text).contains("paragraph, locales/en/notices/officials-meet.md:7"))
        #expect(unit.blockKind == "paragraph" && unit.sourceLine == 7)
        let codes = segment.source.xliffCodes
        #expect(codes.map(\.xliffElement) == ["pc", "pc"])
        let link = try #require(codes.first { $0.xliffType == "link" })
        #expect(!link.canDelete && !link.canCopy)
        #expect(unit.originalData.map(\.value) == ["[", "](https://academy.example/)"])
        // The gap between the two sentences is an ignorable, so the block joins back exactly.
        #expect(
            unit.sourceText.text == "Officials from 24 countries met in Jeju. They studied e-government at the Academy."
        )
    }

    @Test func exactAndInContextMatchesPretranslateFuzzyOnesOnlySuggest() throws {
        let p = try TestProject()
        try p.extract()
        let (_, unit) = try #require(try p.segment("The course lasted ten days."))
        let context = try #require(unit.metadata?.group(XLIFFUnit.jejuCategory)?["context"])
        try p.memory([
            ("The course lasted ten days.", "과정은 열흘 동안 진행되었다.", context),
            ("A farewell dinner closed it.", "환송 만찬으로 마무리되었다.", nil),
            ("Officials from 24 countries met in Seoul.", "24개국 공무원이 서울에 모였다.", nil),
        ])
        let outcome = try p.extract()
        #expect(outcome[0].report.pretranslated == 2)
        let (inContext, _) = try #require(try p.segment("The course lasted ten days."))
        #expect(inContext.state == .translated && inContext.subState == Extractor.inContextSubState)
        #expect(inContext.target?.text == "과정은 열흘 동안 진행되었다.")
        let (exact, _) = try #require(try p.segment("A farewell dinner closed it."))
        #expect(exact.state == .translated && exact.subState == Extractor.exactSubState)
        let (fuzzy, fuzzyUnit) = try #require(try p.segment("Officials from 24 countries met in Jeju."))
        #expect(fuzzy.target == nil && fuzzy.state == nil)
        let candidate = try #require(fuzzyUnit.matches.first { $0.segmentID == fuzzy.id })
        #expect(candidate.type == "tm" && (candidate.similarity ?? 0) < 100 && (candidate.similarity ?? 0) >= 50)
        #expect(candidate.target.text == "24개국 공무원이 서울에 모였다.")
    }

    @Test func editingTheNoticeKeepsEveryTranslation() throws {
        let p = try TestProject()
        try p.extract()
        try p.translate("The course lasted ten days.", as: "과정은 열흘간 이어졌다.", state: .reviewed)
        try p.translate("A farewell dinner closed it.", as: "환송 만찬으로 끝났다.")
        try p.translate("Officials from 24 countries met in Jeju.", as: "24개국 공무원이 제주에 모였다.")
        // A translator's note on a unit.
        var doc = try #require(try p.canonical())
        doc.files[0].units[2].notes.append(XLIFFNote(category: "translator", text: "Checked with the Academy."))
        try AtomicFile.write(
            XLIFFWriter.data(doc),
            to: CanonicalTranslation.url(project: p.project, locale: "ko", documentID: "officials-meet"))
        // Change one sentence, remove another, move the rest.
        try p.write(
            TestProject.notice
                .replacingOccurrences(
                    of: "Officials from 24 countries met in Jeju.", with: "Officials from 25 countries met in Jeju."
                )
                .replacingOccurrences(of: "A farewell dinner closed it.\n", with: "")
                .replacingOccurrences(
                    of: "The course lasted ten days.", with: "A new paragraph first.\n\nThe course lasted ten days."),
            to: "locales/en/notices/officials-meet.md")
        let outcome = try p.extract()
        #expect(outcome[0].report.changed == 1)
        #expect(outcome[0].report.removed == 1)
        let (kept, keptUnit) = try #require(try p.segment("The course lasted ten days."))
        #expect(kept.state == .reviewed && kept.target?.text == "과정은 열흘간 이어졌다.")
        #expect(keptUnit.notes.contains { $0.text == "Checked with the Academy." })
        let (changed, changedUnit) = try #require(try p.segment("Officials from 25 countries met in Jeju."))
        #expect(
            changed.state == .initial && changed.subState == Extractor.sourceChangedSubState && changed.target == nil)
        let previous = try #require(changedUnit.matches.first { $0.subType == Extractor.previousSubType })
        #expect(previous.source.text == "Officials from 24 countries met in Jeju.")
        #expect(previous.target.text == "24개국 공무원이 제주에 모였다.")
        // The removed sentence's translation is in the memory.
        let memory = try String(contentsOf: ProjectMemory(project: p.project, locale: "ko").url, encoding: .utf8)
        #expect(memory.contains("환송 만찬으로 끝났다."))
        if let result = try TestSupportValidation.validate(
            CanonicalTranslation.url(project: p.project, locale: "ko", documentID: "officials-meet"))
        {
            #expect(result.ok, "\(result.output)")
        }
    }

    @Test func idsAreStableWhenTextMoves() throws {
        let p = try TestProject()
        try p.extract()
        let (before, _) = try #require(try p.segment("A farewell dinner closed it."))
        try p.write(
            TestProject.notice.replacingOccurrences(of: "The course lasted ten days.\n\n", with: ""),
            to: "locales/en/notices/officials-meet.md")
        try p.extract()
        let (after, _) = try #require(try p.segment("A farewell dinner closed it."))
        #expect(before.id == after.id)
    }

    @Test func uiMessagesAreReadInOrderWithPositions() throws {
        let messages = try UIMessages.parse(
            "{\n  \"a\": \"One\",\n  \"b\": \"{n, plural, one {# x} other {# xs}}\"\n}", path: "ui.json")
        #expect(messages.map(\.key) == ["a", "b"] && messages.map(\.line) == [2, 3])
        for (bad, message) in [
            ("{\"a\": 1}", "must be a string"), ("{\"a\": \"x\", \"a\": \"y\"}", "appears twice"),
            ("{\"a\": \"x\"", "expected ','"),
            ("[\"a\"]", "expected '{'"), ("{\n\"a\": \"\\q\"}", "invalid escape"),
        ] {
            do {
                _ = try UIMessages.parse(bad, path: "ui.json")
                Issue.record("accepted \(bad)")
            } catch {
                #expect(error.message.contains(message), "\(error)")
                #expect(error.line != nil && error.column != nil)
            }
        }
    }
}
