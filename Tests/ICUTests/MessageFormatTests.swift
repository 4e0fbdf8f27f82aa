import ICU
import Testing

@Suite struct MessageFormatTests {
    static let views = "{count, plural, one {# view} other {# views}}"

    @Test func englishPluralFormatsWithLocaleDigits() throws {
        let message = try MessageFormat(pattern: Self.views, locale: "en")
        #expect(try message.format(["count": 1]) == "1 view")
        #expect(try message.format(["count": 9252]) == "9,252 views")
        #expect(try message.format(["count": .double(1.5)]) == "1.5 views")
        #expect(message.argumentNames == ["count"])
        #expect(message.pluralKeywords(for: "count") == ["one", "other"])
        #expect(message.pluralKeywords(for: "missing") == [])
    }

    @Test func russianPluralUsesFourCategories() throws {
        let pattern = "{count, plural, one {# просмотр} few {# просмотра} many {# просмотров} other {# просмотра}}"
        let message = try MessageFormat(pattern: pattern, locale: "ru")
        #expect(try message.format(["count": 1]) == "1 просмотр")
        #expect(try message.format(["count": 3]) == "3 просмотра")
        #expect(try message.format(["count": 5]) == "5 просмотров")
        #expect(try message.format(["count": 21]) == "21 просмотр")
        #expect(try message.format(["count": 9252]) == "9\u{00A0}252 просмотра")
        let needed = try PluralRules(locale: "ru").keywords
        #expect(message.pluralKeywords(for: "count").sorted(by: PluralRules.isOrderedBefore) == needed)
    }

    @Test func arabicPluralUsesSixCategoriesAndArabicDigits() throws {
        let pattern =
            "{count, plural, zero {لا مشاهدات} one {مشاهدة واحدة} two {مشاهدتان} few {# مشاهدات} "
            + "many {# مشاهدة} other {# مشاهدة}}"
        let message = try MessageFormat(pattern: pattern, locale: "ar")
        #expect(try message.format(["count": 0]) == "لا مشاهدات")
        #expect(try message.format(["count": 2]) == "مشاهدتان")
        #expect(try message.format(["count": 3]) == "٣ مشاهدات")
        #expect(try message.format(["count": 11]) == "١١ مشاهدة")
        #expect(try message.format(["count": 9252]) == "٩٬٢٥٢ مشاهدة")
        #expect(message.pluralKeywords(for: "count") == ["zero", "one", "two", "few", "many", "other"])
    }

    @Test func outlineListsNamesNestedArgumentsAndKeywords() throws {
        let pattern =
            "{name} saw {count, plural, offset:1 =0 {nothing} one {# item} other {# {kind, select, "
            + "photo {photos} other {items}} by {name}}} on {date}; {place, selectordinal, one {#st} other {#th}}"
        let message = try MessageFormat(pattern: pattern, locale: "en")
        #expect(message.argumentNames == ["name", "count", "kind", "date", "place"])
        #expect(message.pluralKeywords(for: "count") == ["=0", "one", "other"])
        #expect(message.keywords(for: "kind", of: .select) == ["photo", "other"])
        #expect(message.keywords(for: "place", of: .selectOrdinal) == ["one", "other"])
        #expect(message.arguments.map(\.type) == [.none, .plural, .select, .none, .none, .selectOrdinal])
        let text = try message.format(["name": "Kim", "count": 3, "kind": "photo", "date": "May 26", "place": 1])
        #expect(text == "Kim saw 2 photos by Kim on May 26; 1st")
    }

    @Test func numberedArgumentsAreNamedByTheirNumber() throws {
        let message = try MessageFormat(pattern: "{0} and {1}", locale: "en")
        #expect(message.argumentNames == ["0", "1"])
        #expect(try message.format(["0": "Jeju", "1": "Seoul"]) == "Jeju and Seoul")
    }

    @Test func missingArgumentsAreErrors() throws {
        let message = try MessageFormat(pattern: Self.views, locale: "en")
        #expect(throws: ICUError.self) { try message.format([:]) }
        #expect(throws: ICUError.self) { try message.format(["counts": 1]) }
    }

    @Test func syntaxErrorsCarryLineAndColumn() {
        do {
            _ = try MessageFormat(pattern: "Views:\n{count, plural, one {# view} other {# views}", locale: "en")
            Issue.record("an unclosed argument compiled")
        } catch {
            print("MessageFormat syntax error: \(error)")
            // ICU points at the plural's style, just after "{count, plural,".
            #expect(error.line == 2)
            #expect(error.column == 16)
        }
        do {
            _ = try MessageFormat(pattern: "{count, plural, one {# view}}", locale: "en")
            Issue.record("a plural without 'other' compiled")
        } catch {
            print("MessageFormat syntax error: \(error)")
            #expect(error.name == "U_DEFAULT_KEYWORD_MISSING")
        }
    }
}
