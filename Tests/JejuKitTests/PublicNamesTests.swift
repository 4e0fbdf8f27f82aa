import JejuKit
import Testing

/// `JejuKit` re-exports every library module; a name two modules both declare publicly is ambiguous to anyone
/// embedding Jeju. These declarations compile only while each name means one type.
@Suite struct PublicNamesTests {
    @Test func segmentAndInlineCodeNameOneTypeEach() {
        let s: Segment? = Segment(text: "Wash your hands.", codes: [InlineCode(role: .standalone, offset: 4)])
        let code: InlineCode? = s?.codes.first
        #expect(code?.role == .standalone)
        #expect(s?.text == "Wash your hands.")
    }

    @Test func languageTagIsOneType() {
        let tag: LanguageTag = LanguageTag("fil-PH")
        #expect(tag.icuLocale == "fil_PH")
    }
}
