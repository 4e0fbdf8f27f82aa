import Foundation
import QualityChecks
import Testing

/// The letter apostrophe written one way (`apostrophe-letter`), and 'yan not taken for a quotation mark.
@Suite struct ApostropheTests {
    static let source = "The citizens' officials face common problems."
    var hausa: QAContext { QAContext(apostrophes: ["ha": "'"]) }

    @Test func theProfilesFormIsRequiredAndOthersReported() {
        #expect(
            messages(
                QAChecks.apostropheLetter, Self.source, "Jami'an 'yan ƙasa suna fuskantar matsaloli.", "ha",
                context: hausa
            ).isEmpty)
        let mixed = messages(
            QAChecks.apostropheLetter, Self.source, "Jami'an ʼyan ƙasa da Ma’aikatar.", "ha", context: hausa)
        #expect(
            mixed == [
                "'ʼ' (U+02BC) is written as a letter 1× here; ha writes the apostrophe ''' (U+0027) (the profile's apostrophes:)",
                "'’' (U+2019) is written as a letter 1× here; ha writes the apostrophe ''' (U+0027) (the profile's apostrophes:)",
            ], "\(mixed)")
        // Quotation marks are not apostrophes: an English quotation in a Hausa sentence stays out of it.
        #expect(
            messages(QAChecks.apostropheLetter, Self.source, "Ya ce ‘lafiya’ a taron.", "ha", context: hausa).isEmpty)
    }

    @Test func withoutTheProfileTwoFormsInASegmentAreReported() {
        let found = messages(QAChecks.apostropheLetter, Self.source, "Jami'an ƙasa da Maʼaikatar.", "ha")
        #expect(
            found == [
                "the apostrophe is written 2 ways as a letter: ''' (U+0027) 1×, 'ʼ' (U+02BC) 1×; write one (name it in the profile's apostrophes:)"
            ], "\(found)")
        #expect(messages(QAChecks.apostropheLetter, Self.source, "Jami'an ƙasa da Ma'aikatar.", "ha").isEmpty)
        // Uzbek's ʼ (tutuq belgisi) alone is one form.
        #expect(messages(QAChecks.apostropheLetter, "The information", "maʼlumot va eʼlon", "uz").isEmpty)
    }

    @Test func aWordInitialLetterApostropheIsNotAQuotationMark() {
        let target = "Matsalolin da 'yan ƙasa ke fuskanta."
        #expect(messages(QAChecks.quotationMarks, Self.source, target, "ha", context: hausa).isEmpty)
        #expect(!messages(QAChecks.quotationMarks, Self.source, target, "ha").isEmpty)
    }

    @Test func theProfileKeyIsChecked() throws {
        let good = try QAProfile.parse("apostrophes:\n  ha: \"'\"\n", name: "p", path: "p.yml")
        #expect(good.apostrophes == ["ha": "'"])
        #expect(throws: (any Error).self) {
            try QAProfile.parse("apostrophes:\n  ha: \"`\"\n", name: "p", path: "p.yml")
        }
    }
}
