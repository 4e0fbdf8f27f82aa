import ICU
import Testing

@Suite struct CalendarsTests {
    /// The notice's day, 26 May 2016, is 18 Ginbot (ግንቦት, the ninth month) 2008 in the Ethiopian calendar, as
    /// an Ethiopian government page dates it ("ግንቦት 18 ቀን 2008 ዓ.ም.").
    @Test func daysConvertBetweenCalendars() throws {
        let ethiopic = Calendars.locale("am", calendar: "ethiopic"),
            gregorian = Calendars.locale("am", calendar: "gregorian")
        #expect(ethiopic == "am@calendar=ethiopic")
        let day = try Calendars.convert(year: 2016, month: 5, day: 26, from: gregorian, to: ethiopic)
        #expect(day == (2008, 9, 18))
        let back = try Calendars.convert(year: 2008, month: 9, day: 18, from: ethiopic, to: gregorian)
        #expect(back == (2016, 5, 26))
        // The thirteenth month: Pagume 5, 2008 is 10 September 2016; the next day is the Ethiopian new year.
        #expect(try Calendars.convert(year: 2008, month: 13, day: 5, from: ethiopic, to: gregorian) == (2016, 9, 10))
        #expect(try Calendars.convert(year: 2016, month: 9, day: 11, from: gregorian, to: ethiopic) == (2009, 1, 1))
        // A day that does not exist is refused, not rolled over.
        #expect(throws: ICUError.self) {
            try Calendars.convert(year: 2008, month: 14, day: 1, from: ethiopic, to: gregorian)
        }
        #expect(throws: ICUError.self) {
            try Calendars.convert(year: 2008, month: 9, day: 31, from: ethiopic, to: gregorian)
        }
        #expect(throws: ICUError.self) {
            try Calendars.convert(year: 2016, month: 2, day: 30, from: gregorian, to: ethiopic)
        }
        // A calendar the locale id already names is replaced.
        #expect(Calendars.locale(ethiopic, calendar: "gregorian") == gregorian)
    }

    /// CLDR's calendar preferences by region: Ethiopia uses the Ethiopian calendar beside the Gregorian one;
    /// Nigeria (ha) the Gregorian one only.
    @Test func preferredCalendarsComeFromCLDR() throws {
        let am = try Calendars.preferred(locale: "am")
        #expect(am.first == "gregorian" && am.contains("ethiopic"))
        #expect(try Calendars.preferred(locale: "ha") == ["gregorian"])
        #expect(try Calendars.preferred(locale: "ar").contains { $0.hasPrefix("islamic") })
    }
}
