import ICU
import Testing

@Suite struct LocaleInfoTests {
    @Test(arguments: [
        ("ko", "ko", "한국어"),
        ("am", "am", "አማርኛ"),
        ("ar", "ar", "العربية"),
        ("ru", "ru", "русский"),
        ("vi", "vi", "Tiếng Việt"),
        ("sw", "sw", "Kiswahili"),
        ("ar", "en", "Arabic"),
        ("uz", "en", "Uzbek"),
        ("fil", "en", "Filipino"),
        ("ko", "en", "Korean"),
        ("en", "ko", "영어"),
        ("ru", "ar", "الروسية"),
    ])
    func displayNamesComeFromCLDR(locale: String, displayLocale: String, expected: String) throws {
        #expect(try LocaleInfo.displayName(of: locale, in: displayLocale) == expected)
        #expect(LocaleInfo.hasDisplayName(of: locale, in: displayLocale))
    }

    @Test func unknownLanguagesFallBackToTheirCode() throws {
        #expect(try LocaleInfo.displayName(of: "qqx", in: "en") == "qqx")
        #expect(!LocaleInfo.hasDisplayName(of: "qqx", in: "en"))
    }

    @Test func orientationAndLikelyScript() throws {
        #expect(try LocaleInfo.characterOrientation(of: "ar") == .rightToLeft)
        #expect(try LocaleInfo.isRightToLeft("ar"))
        #expect(try !LocaleInfo.isRightToLeft("ko"))
        #expect(try !LocaleInfo.isRightToLeft("am"))
        #expect(try LocaleInfo.addingLikelySubtags("uz") == "uz_Latn_UZ")
        #expect(try LocaleInfo.addingLikelySubtags("ar") == "ar_Arab_EG")
        #expect(
            try ["uz", "ru", "ar", "am", "ko", "ha", "vi"].map(LocaleInfo.likelyScript)
                == ["Latn", "Cyrl", "Arab", "Ethi", "Kore", "Latn", "Latn"])
        #expect(try LocaleInfo.likelyScript(of: "uz-Cyrl") == "Cyrl")
        #expect(try LocaleInfo.languageTag(of: "uz_Latn_UZ") == "uz-Latn-UZ")
    }

    @Test(arguments: [
        ("en", ["“", "”", "‘", "’"]),
        ("ko", ["“", "”", "‘", "’"]),
        ("ru", ["«", "»", "„", "“"]),
        ("am", ["«", "»", "‹", "›"]),
        ("vi", ["“", "”", "‘", "’"]),
        // CLDR ar lists ” as the opening mark (U+201D) and “ as the closing one.
        ("ar", ["”", "“", "’", "‘"]),
    ])
    func quotationDelimitersComeFromCLDR(locale: String, expected: [String]) throws {
        let q = try QuotationDelimiters(locale: locale)
        #expect([q.start, q.end, q.alternateStart, q.alternateEnd] == expected)
    }

    @Test func exemplarCharactersTellForeignLetters() throws {
        let ru = try ExemplarCharacters(locale: "ru")
        #expect(ru.contains(Unicode.Scalar("я")) && ru.contains("Я") && ru.contains("ё"))
        #expect(!ru.contains("c"))  // Latin c, the classic look-alike of Cyrillic с
        let uz = try ExemplarCharacters(locale: "uz")
        // oʻ and gʻ are members as letter + U+02BB MODIFIER LETTER TURNED COMMA; an apostrophe is not.
        #expect(uz.contains("o\u{02BB}") && uz.contains("G\u{02BB}") && uz.contains("sh"))
        #expect(!uz.contains("o'") && !uz.contains(Unicode.Scalar("'")))
        #expect(uz.pattern == "[abd-vx-z\\u02BC{ch}{g\\u02BB}{o\\u02BB}{sh}]")
        #expect(uz.contains("Oʻ") && uz.contains("Sh") && uz.contains("SH"))
        #expect(!uz.contains(Unicode.Scalar("\u{017F}")) && !uz.contains(Unicode.Scalar("\u{212A}")))  // ſ, KELVIN SIGN
        let am = try ExemplarCharacters(locale: "am")
        #expect(am.contains("አ") && !am.contains("a"))
        #expect(try ExemplarCharacters(locale: "ko").contains("정"))
        #expect(try ExemplarCharacters(locale: "ar", kind: .punctuation).contains("،"))
    }

    /// Menus name a language as CLDR capitalises a menu entry; running text keeps CLDR's own case.
    @Test func menuNamesAreCapitalisedAsCLDRSays() throws {
        #expect(try LocaleInfo.displayName(of: "ru", in: "ru") == "русский")
        #expect(try LocaleInfo.menuName(of: "ru", in: "ru") == "Русский")
        #expect(try LocaleInfo.menuName(of: "ko", in: "ko") == "한국어")
        #expect(try LocaleInfo.menuName(of: "en", in: "en") == "English")
    }
}
