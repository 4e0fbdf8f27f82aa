import Foundation
import ICU
import Inline
import Notices
import Publishing
import Testing

@Suite struct PseudoLocalizerTests {
    @Test func enXAIsAccentedLongerAndBracketed() {
        let text = "Local officials gather in Jeju to learn about e-government."
        let (pseudo, _) = PseudoLocalizer.translate(text, locale: "en-XA")
        #expect(pseudo.hasPrefix("[") && pseudo.hasSuffix("]"))
        #expect(Double(pseudo.unicodeScalars.count) >= Double(text.unicodeScalars.count) * 1.35)
        #expect(!pseudo.contains("Local") && pseudo.unicodeScalars.allSatisfy { $0.value < 0x300 || $0.value > 0x36F })
        #expect(Normalizer.normalize(pseudo, .nfd).unicodeScalars.filter { $0.isASCII }.count > text.count / 2)
    }

    @Test func codesMoveWithTheText() {
        let codes = [
            InlineCode(role: .opening, id: "1", type: InlineCode.strong, offset: 4),
            InlineCode(role: .closing, id: "1", type: InlineCode.strong, offset: 12),
        ]
        let (pseudo, moved) = PseudoLocalizer.translate("The Ministry acts.", codes: codes, locale: "en-XA")
        let scalars = Array(pseudo.unicodeScalars)
        let inside = String(String.UnicodeScalarView(scalars[moved[0].offset..<moved[1].offset]))
        #expect(
            Normalizer.normalize(inside, .nfd).unicodeScalars.filter(\.isASCII).map(Character.init).map(String.init)
                .joined() == "Ministry")
        let (rtl, rtlCodes) = PseudoLocalizer.translate("The Ministry acts.", codes: codes, locale: "ar-XB")
        #expect(rtl.unicodeScalars.first == "\u{202E}" && rtl.unicodeScalars.last == "\u{202C}")
        #expect(rtlCodes.map(\.offset) == [5, 13])
    }

    @Test func aSpanCutByASentenceBoundaryStaysInsideTheBrackets() {
        // The sentence holds only the start of a span that ends in the next one: the page shows it on its own,
        // closed where the sentence's text ends, before the padding.
        let codes = [InlineCode(role: .opening, id: "1", isolated: true, type: InlineCode.strong, offset: 4)]
        let (pseudo, moved) = PseudoLocalizer.translate("The Ministry.", codes: codes, locale: "en-XA")
        #expect(moved.map(\.role) == [.opening, .closing] && moved.allSatisfy { !$0.isolated })
        let scalars = Array(pseudo.unicodeScalars)
        #expect(moved[0].offset == 5 && moved[1].offset == 14 && scalars[moved[1].offset] == " ")
        let (rtl, rtlCodes) = PseudoLocalizer.translate(
            "The Ministry.", codes: [InlineCode(role: .closing, id: "1", isolated: true, type: "strong", offset: 3)],
            locale: "ar-XB")
        #expect(rtlCodes.map(\.offset) == [1, 4] && rtl.unicodeScalars.count == 15)
    }

    @Test func messagePatternsKeepTheirSyntax() throws {
        let pattern = "{count, plural, one {# view} other {# views}} in {language}"
        for locale in PseudoLocalizer.locales {
            let pseudo = PseudoLocalizer.translatePattern(pattern, locale: locale)
            let format = try MessageFormat(pattern: pseudo, locale: "en")
            #expect(format.argumentNames == ["count", "language"])
            #expect(format.pluralKeywords(for: "count") == ["one", "other"])
            let text = try format.format(["count": 2, "language": "X"])
            #expect(text.contains("2") && text.contains("X"))
        }
    }
}
