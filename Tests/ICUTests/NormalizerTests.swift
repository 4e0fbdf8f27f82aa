@testable import ICU
import Testing

@Suite struct NormalizerTests {
    /// The shortcut that skips ICU (text below U+0300 is NFC, ASCII is in every form but the folded one) must
    /// agree with ICU itself on every character it covers, alone and between letters.
    @Test func theShortcutAgreesWithICU() {
        for value in UInt32(1)..<0x500 {
            let c = Unicode.Scalar(value)!
            for s in [String(c), "a\(c)b", "\(c)\(c)", "É\(c)"] {
                if Normalizer.isStable(s, .nfc) {
                    #expect(Normalizer.isNormalized(s, .nfc), "U+\(String(value, radix: 16)) in \(s.debugDescription)")
                }
                for form in [Normalizer.Form.nfd, .nfkc, .nfkd] where Normalizer.isStable(s, form) {
                    #expect(Normalizer.isNormalized(s, form), "U+\(String(value, radix: 16)) \(form)")
                }
            }
        }
        #expect(Normalizer.isStable("Jeju e-government", .nfc) && Normalizer.isStable("Jeju", .nfkd))
        #expect(!Normalizer.isStable("Jeju", .nfkcCasefold))
        // What is not covered still goes to ICU: a combining mark, NBSP under NFKC, Hangul jamo.
        #expect(Normalizer.nfc("e\u{301}") == "\u{E9}")
        #expect(Normalizer.normalize("a\u{A0}b", .nfkc) == "a b")
        #expect(Normalizer.nfc("\u{1112}\u{1161}\u{11AB}") == "한")
        #expect(Normalizer.normalize("\u{E9}", .nfd) == "e\u{301}")
    }
}
