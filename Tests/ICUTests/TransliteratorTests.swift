import ICU
import Testing

@Suite struct TransliteratorTests {
    @Test func romanizesHangulAndCyrillic() throws {
        let ascii = try Transliterator(id: "Any-Latin; Latin-ASCII")
        #expect(ascii.transliterate("정부는 전자정부") == "jeongbuneun jeonjajeongbu")
        #expect(ascii.transliterate("Министерство внутренних дел") == "Ministerstvo vnutrennih del")
        #expect(ascii.transliterate("Jeju") == "Jeju")
        #expect(ascii.transliterate("") == "")
        #expect(try Transliterator(id: "Cyrillic-Latin").transliterate("Щука") == "Ŝuka")
        #expect(try Transliterator(id: "Hangul-Latin").transliterate("제주") == "jeju")
    }

    @Test func growsItsBufferForLongResults() throws {
        let text = String(repeating: "정부", count: 500)
        let out = try Transliterator(id: "Any-Latin").transliterate(text)
        #expect(out == String(repeating: "jeongbu", count: 500))
    }

    @Test func unknownIdsAreErrors() {
        #expect(throws: ICUError.self) { try Transliterator(id: "Klingon-Latin") }
        #expect(throws: ICUError.self) { try Transliterator(id: "Any-Latin;;(") }
    }
}
