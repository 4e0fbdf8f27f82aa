import Foundation
import JejuSupport
import QualityChecks
import Testing
import TestSupport

@Suite struct LengthBandTests {
    /// The UDHR file of each target language (udhr-in-unicode keys).
    static let files = [
        "ko": "kor", "vi": "vie", "id": "ind", "fil": "tgl", "ms": "mly_latn", "uz": "uzn_latn", "ru": "rus",
        "ar": "arb", "sw": "swh", "ha": "hau_NG", "yo": "yor", "ig": "ibo", "am": "amh",
    ]

    static func read(_ key: String) throws -> XElement? {
        guard let url = SharedData.url("corpora/udhr/udhr_\(key).xml") else { return nil }
        return try XMLReader.parse(try Data(contentsOf: url), path: url.path)
    }

    /// The shipped bands are what the measurement gives on the corpus, for every target language.
    @Test func shippedBandsAreTheUDHRMeasurement() throws {
        guard let english = try Self.read("eng") else { return }
        for (language, key) in Self.files.sorted(by: { $0.key < $1.key }) {
            let other = try #require(try Self.read(key))
            let measured = try #require(LengthBand.measure(english: english, other: other), "\(language)")
            print(
                "length band \(language): \(measured.band.low)–\(measured.band.high) over \(measured.pairs) paragraphs")
            #expect(LengthBand.udhr[language] == measured.band, "\(language)")
            #expect(measured.pairs >= 40, "\(language)")
        }
    }

    @Test func ratioOutsideTheBandWarns() {
        let source = "Those officials are in charge of e-government policies at the municipal level."
        // A faithful Russian translation, and one that dropped half the sentence.
        #expect(
            messages(
                QAChecks.lengthRatio, source,
                "Эти чиновники отвечают за политику электронного правительства на муниципальном уровне.", "ru"
            ).isEmpty)
        let short = messages(QAChecks.lengthRatio, source, "Эти чиновники отвечают.", "ru")
        #expect(short.count == 1 && short[0].contains("something left out"))
        // Korean is much shorter than English and that is usual.
        #expect(messages(QAChecks.lengthRatio, source, "이 공무원들은 지방자치단체 차원의 전자정부 정책을 담당한다.", "ko").isEmpty)
        // Short sources are not judged.
        #expect(messages(QAChecks.lengthRatio, "Top", "Juu kabisa ya ukurasa huu", "sw").isEmpty)
    }
}
