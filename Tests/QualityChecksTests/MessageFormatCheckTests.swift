import QualityChecks
import Testing

@Suite struct MessageFormatCheckTests {
    let views = "{count, plural, one {# view} other {# views}}"

    func check(_ target: String, _ locale: String, source: String? = nil) -> [String] {
        messages(QAChecks.messageFormat, source ?? views, target, locale, messageFormat: true)
    }

    @Test func pluralCategoriesByCLDR() {
        // Russian needs one, few, many, other.
        #expect(
            check("{count, plural, one {# просмотр} few {# просмотра} many {# просмотров} other {# просмотра}}", "ru")
                .isEmpty)
        let ru = check("{count, plural, one {# просмотр} other {# просмотров}}", "ru")
        #expect(
            ru == ["{count, plural} lacks few, many: ru needs one, few, many, other (CLDR); add the missing branches"])
        // Arabic six; =0, =1, =2 stand in for zero, one, two, which hold one number each.
        let arFull =
            "{count, plural, zero {لا مشاهدات} one {مشاهدة واحدة} two {مشاهدتان} few {# مشاهدات} many {# مشاهدة} other {# مشاهدة}}"
        #expect(check(arFull, "ar").isEmpty)
        #expect(
            check(
                "{count, plural, =0 {لا مشاهدات} =1 {مشاهدة واحدة} =2 {مشاهدتان} few {# مشاهدات} many {# مشاهدة} other {# مشاهدة}}",
                "ar"
            ).isEmpty)
        #expect(
            check("{count, plural, one {مشاهدة واحدة} other {# مشاهدة}}", "ar").first?.contains(
                "lacks zero, two, few, many") == true)
        // Korean has only "other": "one" is never selected. Russian "=1" does not cover "one" (21, 31 …).
        #expect(check("{count, plural, other {조회 #회}}", "ko").isEmpty)
        #expect(
            check("{count, plural, one {조회 #회} other {조회 #회}}", "ko")
                == ["{count, plural} has one, which ko never selects (its categories: other); remove it"])
        #expect(
            check("{count, plural, =1 {# просмотр} few {# просмотра} many {# просмотров} other {# просмотра}}", "ru")
                .count == 1)
    }

    @Test func parsesAndKeepsArguments() {
        let source = "News & Notices in {language}"
        #expect(check("Новости и объявления на языке {language}", "ru", source: source).isEmpty)
        let renamed = check("Новости и объявления на языке {язык}", "ru", source: source)
        #expect(renamed.count == 2)
        #expect(renamed.contains("the target lacks the argument {language}; keep it"))
        let broken = check("Новости и объявления на языке {language", "ru", source: source)
        #expect(broken.count == 1 && broken[0].hasPrefix("the target is not valid ICU MessageFormat at column"))
        // Its syntax is not prose: the commas of "{count, plural, …}" are not Arabic commas, the braces pair.
        let ar =
            "{count, plural, zero {لا مشاهدات} one {مشاهدة واحدة} two {مشاهدتان} few {# مشاهدات} many {# مشاهدة} other {# مشاهدة}}"
        #expect(messages(QAChecks.localePunctuation, views, ar, "ar", messageFormat: true).isEmpty)
        #expect(messages(QAChecks.localePunctuation, views, ar, "ar").count == 1)
        // Prose is not checked as MessageFormat.
        #expect(messages(QAChecks.messageFormat, source, "{", "ru").isEmpty)
    }
}
