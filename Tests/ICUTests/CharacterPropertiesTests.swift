import ICU
import Testing

@Suite struct CharacterPropertiesTests {
    /// ASCII is answered without ICU: it must agree with the Unicode data (Swift's own tables, an independent
    /// source) for every ASCII character, and ICU still answers beyond it.
    @Test func alphabeticInASCIIWithoutICUAgreesWithUnicode() throws {
        for v in UInt32(0)..<0x80 {
            let s = try #require(Unicode.Scalar(v))
            #expect(CharacterProperties.isAlphabetic(s) == s.properties.isAlphabetic, "U+\(String(v, radix: 16))")
        }
        for s in ["é", "ʻ", "ก", "한", "ሀ", "١", "·"].compactMap(\.unicodeScalars.first) {
            #expect(CharacterProperties.isAlphabetic(s) == s.properties.isAlphabetic, "\(s)")
        }
    }
}
