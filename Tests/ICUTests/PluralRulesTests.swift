import ICU
import Testing

@Suite struct PluralRulesTests {
    @Test(arguments: [
        ("ar", ["zero", "one", "two", "few", "many", "other"]),
        ("ru", ["one", "few", "many", "other"]),
        ("en", ["one", "other"]),
        ("am", ["one", "other"]),
        ("sw", ["one", "other"]),
        ("ko", ["other"]),
        ("vi", ["other"]),
        ("id", ["other"]),
    ])
    func categoriesMatchCLDR(locale: String, expected: [String]) throws {
        #expect(try PluralRules(locale: locale).keywords == expected)
    }

    @Test func selectionFollowsCLDRRules() throws {
        let ru = try PluralRules(locale: "ru")
        #expect(
            [1, 2, 5, 11, 21, 22, 25, 9252].map(ru.select) == [
                "one", "few", "many", "many", "one", "few", "many", "few",
            ])
        #expect(ru.select(1.5) == "other")
        let ar = try PluralRules(locale: "ar")
        #expect(
            [0, 1, 2, 3, 10, 11, 99, 100, 102].map(ar.select)
                == ["zero", "one", "two", "few", "few", "many", "many", "other", "other"])
        let en = try PluralRules(locale: "en")
        #expect(en.select(1) == "one")
        #expect(en.select(0) == "other")
        #expect(try PluralRules(locale: "ko").select(1) == "other")
    }

    @Test func ordinalRulesAreSeparate() throws {
        let en = try PluralRules(locale: "en", kind: .ordinal)
        #expect(en.keywords == ["one", "two", "few", "other"])
        #expect([1, 2, 3, 4, 11, 22].map(en.select) == ["one", "two", "few", "other", "other", "two"])
    }
}
