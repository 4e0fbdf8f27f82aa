import ICU
import Testing

@Suite struct DateFormatTests {
    let notice: CalendarDate

    init() throws { notice = try CalendarDate(iso8601: "2016-05-26") }

    @Test(arguments: [
        // The two forms the brief names: CLDR's *long* style in vi and ko (medium abbreviates: "26 thg 5, 2016",
        // "2016. 5. 26.").
        ("vi", DateFormat.Style.long, "26 tháng 5, 2016"),
        ("ko", .long, "2016년 5월 26일"),
        ("vi", .medium, "26 thg 5, 2016"),
        ("ko", .medium, "2016. 5. 26."),
        ("en", .full, "Thursday, May 26, 2016"),
        ("en", .long, "May 26, 2016"),
        ("en", .short, "5/26/16"),
        // ar: CLDR's default numbering system for "ar" is arab, so Arabic-Indic digits; مايو = May.
        ("ar", .long, "٢٦ مايو ٢٠١٦"),
        ("ar", .full, "الخميس، ٢٦ مايو ٢٠١٦"),
        // ar short/medium separate fields with U+200F RIGHT-TO-LEFT MARK before each slash.
        ("ar", .medium, "٢٦\u{200F}/٠٥\u{200F}/٢٠١٦"),
        ("am", .long, "26 ሜይ 2016"),
        ("am", .full, "2016 ሜይ 26, ሐሙስ"),
        // ru: genitive month and "г." (год) after U+202F NARROW NO-BREAK SPACE.
        ("ru", .long, "26 мая 2016\u{202F}г."),
        ("ru", .full, "четверг, 26 мая 2016\u{202F}г."),
        ("ru", .short, "26.05.2016"),
        ("sw", .long, "26 Mei 2016"),
        ("sw", .full, "Alhamisi, 26 Mei 2016"),
    ])
    func stylesMatchCLDR(locale: String, style: DateFormat.Style, expected: String) throws {
        #expect(try DateFormat(locale: locale, style: style).format(notice) == expected)
    }

    @Test func skeletonsPickTheLocalePattern() throws {
        let en = try DateFormat(locale: "en", skeleton: "yMMMd")
        #expect(en.pattern == "MMM d, y")
        #expect(en.format(notice) == "May 26, 2016")
        #expect(try DateFormat(locale: "ko", skeleton: "yMMMd").format(notice) == "2016년 5월 26일")
        #expect(try DateFormat(locale: "vi", skeleton: "yMMMd").format(notice) == "26 thg 5, 2016")
        #expect(try DateFormat(locale: "ar", skeleton: "yMMMd").format(notice) == "٢٦ مايو ٢٠١٦")
        #expect(try DateFormat(locale: "ru", skeleton: "yMMMMd").format(notice) == "26 мая 2016\u{202F}г.")
        #expect(try DateFormat(locale: "en", skeleton: "yMd").format(notice) == "5/26/2016")
    }

    @Test func theDayDoesNotMoveAcrossTimeZonesOrYearEnds() throws {
        let iso = try DateFormat(locale: "en", skeleton: "yMMdd")
        #expect(iso.format(try CalendarDate(year: 2016, month: 1, day: 1)) == "01/01/2016")
        #expect(iso.format(try CalendarDate(year: 2015, month: 12, day: 31)) == "12/31/2015")
        #expect(iso.format(try CalendarDate(year: 2016, month: 2, day: 29)) == "02/29/2016")
    }

    @Test func impossibleDatesAreErrorsNotRollovers() {
        #expect(throws: ICUError.self) { try CalendarDate(year: 2015, month: 2, day: 29) }
        #expect(throws: ICUError.self) { try CalendarDate(year: 2016, month: 13, day: 1) }
        #expect(throws: ICUError.self) { try CalendarDate(iso8601: "2016-5-26") }
        #expect(throws: ICUError.self) { try CalendarDate(iso8601: "2016-05-26T00:00") }
        #expect(throws: ICUError.self) { try CalendarDate(iso8601: "２０１６-05-26") }
        #expect((try? CalendarDate(iso8601: "2016-05-26"))?.description == "2016-05-26")
    }
}
