import ICU
import Testing

@Suite struct LanguageTagTests {
    @Test func icuLocaleComesFromICUsReadingOfTheTag() {
        #expect(LanguageTag("fil-PH").icuLocale == "fil_PH")
        #expect(LanguageTag("uz-Latn").icuLocale == "uz_Latn")
        #expect(LanguageTag("sr-latn-rs").icuLocale == "sr_Latn_RS")
        // Unicode extensions become ICU keywords, which a `-`→`_` replacement never made.
        #expect(LanguageTag("de-DE-u-co-phonebk").icuLocale == "de_DE@collation=phonebook")
        // A tag ICU cannot read in full (already an ICU id) keeps its subtags.
        #expect(LanguageTag("en_US").icuLocale == "en_US")
    }

    @Test func unicodeExtensionsAndKeywords() {
        let tag = LanguageTag("ar-EG-u-nu-arab")
        #expect(tag.unicodeExtension("nu") == "arab")
        #expect(LanguageTag("ar").unicodeExtension("nu") == nil)
        #expect(LanguageTag("ar").icuLocale(setting: "numbers", to: "latn") == "ar@numbers=latn")
        #expect(tag.icuLocale(setting: "numbers", to: "latn") == "ar_EG@numbers=latn")
    }

    @Test func likelySubtagsAndCanonicalForm() throws {
        #expect(try LanguageTag("uz").addingLikelySubtags().text == "uz-Latn-UZ")
        #expect(try LanguageTag("zh-TW").addingLikelySubtags().text == "zh-Hant-TW")
        #expect(try LanguageTag("EN-us").canonicalized().text == "en-US")
    }

    @Test func matchingIgnoresCaseAndSeparatorAndStopsAtSubtags() {
        let en = LanguageTag("en")
        #expect(en.includes("en") && en.includes("EN-us") && en.includes("en_GB"))
        #expect(!en.includes("eng") && !en.includes("e") && !en.includes(""))
        #expect(en.includes(LanguageTag("en-US")) && !LanguageTag("en-US").includes(en))
        #expect(LanguageTag.includes("pt-BR", "pt_br") && !LanguageTag.includes("pt-BR", "pt"))
        #expect(LanguageTag("fil-PH") == LanguageTag("FIL_ph"))
        #expect(Set([LanguageTag("ko"), LanguageTag("KO")]).count == 1)
    }

    @Test func languageSubtag() {
        #expect(LanguageTag("fil_PH").language == "fil")
        #expect(LanguageTag.language(of: "UZ-Latn") == "uz")
        #expect(LanguageTag("am_ET").hyphenated == "am-ET")
    }

    @Test func wellFormedness() {
        for tag in ["en", "fil-PH", "zh-Hant-TW", "de-DE-u-co-phonebk", "sgn-BE-FR"] {
            #expect(LanguageTag.isWellFormed(tag), "\(tag)")
        }
        for tag in ["", "e", "en_US", "en--US", "toolongsubtag-x", "en-abcdefghi", "x-klingon", "1a"] {
            #expect(!LanguageTag.isWellFormed(tag), "\(tag)")
        }
        #expect(
            LanguageTag.isWellFormed("x-klingon", privateUse: true)
                && LanguageTag.isWellFormed("i-default", privateUse: true))
        #expect(!LanguageTag.isWellFormed("x-", privateUse: true) && !LanguageTag.isWellFormed("x", privateUse: true))
    }
}
