import Foundation
import Inline
import JejuSupport
import Notices
import QualityChecks
import Testing
import TestSupport

@Suite struct QualityCheckerTests {
    let input = QAInput(
        segmentID: "s3", sourceText: "The notice has been read 9,252 times.",
        targetText: "Pemberitahuan ini telah dibaca 9,252 kali.", sourceLocale: "en", targetLocale: "id")

    @Test func profilesSetSeverityAndEnablement() throws {
        let checker = QualityChecker(profile: .default)
        let findings = checker.findings(for: input)
        #expect(findings.map(\.checkID) == ["numbers"])
        #expect(findings.first?.severity == .error)

        let relaxed = try QAProfile.parse(
            "extends: default\nchecks:\n  numbers: warning\n", name: "relaxed", path: "relaxed.yml"
        ) {
            _ throws(Diagnostic) in .default
        }
        #expect(QualityChecker(profile: relaxed).findings(for: input).first?.severity == .warning)
        let off = try QAProfile.parse("checks:\n  numbers: off\n", name: "quiet", path: "quiet.yml")
        #expect(QualityChecker(profile: off).findings(for: input).isEmpty)
    }

    @Test func aSegmentMetAgainGetsFindingsOfItsOwn() throws {
        let checker = QualityChecker(profile: .default)
        let first = checker.check(input)
        #expect(first.findings.map(\.checkID) == ["numbers"] && first.findings.first?.segmentID == "s3")
        // The same texts in another segment: its id on the findings, its own suppressions applied.
        var again = input
        again.segmentID = "s9"
        #expect(checker.check(again).findings.map(\.segmentID) == ["s9"])
        again.suppressions = [
            QASuppression(checkID: "numbers", reason: "the figure is written as the ministry writes it")
        ]
        let suppressed = checker.check(again)
        #expect(suppressed.findings.isEmpty && suppressed.suppressed.map(\.finding.segmentID) == ["s9"])
        // Anything the checks read that differs is checked afresh: the target language, the codes, the target.
        for changed in [
            QAInput(
                segmentID: "s3", sourceText: input.sourceText, targetText: input.targetText, sourceLocale: "en",
                targetLocale: "ms"),
            QAInput(
                segmentID: "s3", sourceText: input.sourceText, targetText: "Pemberitahuan ini telah dibaca 9,252 kali.",
                targetCodes: [
                    InlineCode(role: .opening, id: "1", type: InlineCode.strong, offset: 0),
                    InlineCode(role: .closing, id: "1", type: InlineCode.strong, offset: 13),
                ], sourceLocale: "en",
                targetLocale: "id"),
            QAInput(
                segmentID: "s3", sourceText: input.sourceText, targetText: "Pemberitahuan ini telah dibaca 9.252 kali.",
                sourceLocale: "en", targetLocale: "id"),
        ] {
            #expect(checker.check(changed) == QualityChecker(profile: .default).check(changed), "\(changed)")
        }
    }

    @Test func builtInProfilesNameEveryCheck() throws {
        let d = QAProfile.default
        #expect(Set(d.checks.keys) == Set(QAChecks.all.map(\.id)))
        for check in QAChecks.all { #expect(d.checks[check.id] == .on(check.severity), "\(check.id)") }
        let strict = try QAProfile.load(named: "strict", projectRoot: nil)
        #expect(strict.checks["glossary"] == .on(.error))
        #expect(strict.checks["numbers"] == .on(.error))
        #expect(strict.checks["length-ratio"] == .on(.warning))
    }

    @Test func projectProfilesOverrideAndReportPositions() throws {
        let root = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("qa/profiles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try
            "extends: strict\nallow-identical: [Jeju]\nlength-bands:\n  ko: [0.2, 0.8]\nquotation-marks:\n  ar: \"«»\"\n"
            .write(
                to: folder.appendingPathComponent("publish.yml"), atomically: true, encoding: .utf8)
        let publish = try QAProfile.load(named: "publish", projectRoot: root)
        #expect(publish.checks["glossary"] == .on(.error))
        #expect(publish.allowIdentical == ["Jeju"])
        #expect(publish.lengthBands["ko"] == LengthBand(low: 0.2, high: 0.8))
        #expect(publish.quotationMarks == ["ar": "«»"])
        #expect(QAProfile.available(projectRoot: root) == ["default", "publish", "strict"])

        try "checks:\n  numbers: error\n  nubmers: off\n".write(
            to: folder.appendingPathComponent("typo.yml"), atomically: true, encoding: .utf8)
        #expect {
            try QAProfile.load(named: "typo", projectRoot: root)
        } throws: { error in
            let d = error as? Diagnostic
            return d?.rule == "profile.unknown-check" && d?.path == "qa/profiles/typo.yml" && d?.line == 3
                && d?.column == 3
        }
        try "checks:\n  numbers: fatal\n".write(
            to: folder.appendingPathComponent("bad.yml"), atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try QAProfile.load(named: "bad", projectRoot: root) }
        try "quotation-marks:\n  ar: \"<>\"\n".write(
            to: folder.appendingPathComponent("marks.yml"), atomically: true, encoding: .utf8)
        #expect {
            try QAProfile.load(named: "marks", projectRoot: root)
        } throws: { error in
            (error as? Diagnostic)?.line == 2 && (error as? Diagnostic)?.rule == "profile.quotation-marks"
        }
        #expect(throws: Diagnostic.self) { try QAProfile.load(named: "missing", projectRoot: root) }
    }

    @Test func suppressionsHideFindingsWithAReason() {
        var suppressed = input
        suppressed.suppressions = [
            QASuppression(
                checkID: "numbers", segmentID: "s3", reason: "the figure is quoted from an English-language report")
        ]
        let result = QualityChecker().check(suppressed)
        #expect(result.findings.isEmpty)
        #expect(result.suppressed.map(\.finding.checkID) == ["numbers"])
        // Another segment's suppression does not apply; one without a reason is reported and hides nothing.
        suppressed.suppressions = [
            QASuppression(checkID: "numbers", segmentID: "s4", reason: "other segment"),
            QASuppression(checkID: "numbers", reason: ""),
        ]
        let r2 = QualityChecker().check(suppressed)
        #expect(r2.findings.map(\.checkID).sorted() == ["numbers", "suppression"])
    }

    @Test func suppressionNotes() {
        #expect(
            QASuppression(note: "numbers@s2: figure from an English report")
                == QASuppression(checkID: "numbers", segmentID: "s2", reason: "figure from an English report"))
        #expect(
            QASuppression(note: "untranslated: WeGO is a name")
                == QASuppression(checkID: "untranslated", reason: "WeGO is a name"))
        #expect(QASuppression(note: "Please check the date: it looks wrong") == nil)
        #expect(QASuppression(checkID: "dates", segmentID: "s1", reason: "r").noteText == "dates@s1: r")
    }

    @Test func blankTargetGetsOnlyTheEmptyCheck() {
        let blank = QAInput(
            segmentID: "s1", sourceText: "Read 9,252 times.", targetText: "", sourceLocale: "en", targetLocale: "ru")
        #expect(QualityChecker().findings(for: blank).map(\.checkID) == ["empty"])
    }
}
