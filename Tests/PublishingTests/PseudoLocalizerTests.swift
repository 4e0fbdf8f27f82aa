import Foundation
import ICU
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
        let codes = [InlineSpan(id: "1", kind: .strong, start: 4, end: 12)]
        let (pseudo, moved) = PseudoLocalizer.translate("The Ministry acts.", codes: codes, locale: "en-XA")
        let scalars = Array(pseudo.unicodeScalars)
        let inside = String(String.UnicodeScalarView(scalars[moved[0].start..<moved[0].end]))
        #expect(
            Normalizer.normalize(inside, .nfd).unicodeScalars.filter(\.isASCII).map(Character.init).map(String.init)
                .joined() == "Ministry")
        let (rtl, rtlCodes) = PseudoLocalizer.translate("The Ministry acts.", codes: codes, locale: "ar-XB")
        #expect(rtl.unicodeScalars.first == "\u{202E}" && rtl.unicodeScalars.last == "\u{202C}")
        #expect(rtlCodes[0].start == 5 && rtlCodes[0].end == 13)
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
