import Glossary
import Publishing
import Testing

@Suite struct ReviewSheetPageTests {
    func sheet(_ locale: String, note: String, term: String) -> ReviewSheet {
        let termbase = Termbase(concepts: [
            Concept(
                id: "c-1", subjectField: "e-government",
                languages: [
                    LanguageSection(
                        language: "en", definitions: ["Government <b>online</b>."],
                        terms: [Term("e-government", status: .preferred)]),
                    LanguageSection(language: locale, notes: [note], terms: [Term(term, status: .preferred)]),
                ])
        ])
        return ReviewSheet(
            termbase: termbase, locale: locale, sourceLocale: "en", onlyDrafts: true,
            evidence: { _ in
                [ReviewSheet.Evidence(place: "a.xlf:3", source: "E-government & \"you\".", translation: nil)]
            },
            otherTermbases: { _ in [] })
    }

    @Test func everyTextIsEscapedAndEveryCellSaysItsLanguageAndDirection() {
        let page = ReviewSheetPage.html(
            sheet("ar", note: "<script>alert(1)</script>", term: "الحكومة الإلكترونية"),
            sourceLocale: "en", title: "Review <ar>")
        #expect(!page.contains("<script>") && !page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("<title>Review &lt;ar&gt;</title>"))
        #expect(page.contains("Government &lt;b&gt;online&lt;/b&gt;."))
        #expect(page.contains("<span lang=\"en\" dir=\"ltr\">E-government &amp; &quot;you&quot;.</span>"))
        #expect(page.contains("<td lang=\"ar\" dir=\"rtl\">الحكومة الإلكترونية (preferred, draft)</td>"))
        #expect(page.contains("<span lang=\"en\" dir=\"ltr\">(not translated yet)</span>"))
        let ru = ReviewSheetPage.html(
            sheet("ru", note: "n", term: "электронное правительство"), sourceLocale: "en", title: "ru")
        #expect(ru.contains("<td lang=\"ru\" dir=\"ltr\">электронное правительство (preferred, draft)</td>"))
    }
}
