internal import CICU

/// The calendars a locale's readers use besides the Gregorian one, and days converted between calendars
/// (ICU `ucal`): an Amharic text may date a notice "ግንቦት 18 ቀን 2008 ዓ.ም." in the Ethiopian calendar, which is
/// the Gregorian 26 May 2016.
public enum Calendars {
    /// The calendars CLDR lists as in common use where `locale` is spoken, most preferred first
    /// (`ucal_getKeywordValuesForLocale`): ["gregorian", "ethiopic"] for am, ["gregorian"] for ha.
    public static func preferred(locale: String) throws(ICUError) -> [String] {
        let list = try ICUBuffer.ascii("listing the calendars of '\(locale)'") { d, c, st in
            jeju_calendar_preferences(locale, d, c, &st)
        }
        return list.split(separator: " ").map(String.init)
    }

    /// `locale` (a language tag or an ICU locale id) with its calendar set to `calendar`
    /// ("am@calendar=ethiopic"), replacing one it names.
    public static func locale(_ locale: String, calendar: String) -> String {
        LanguageTag(locale).icuLocale(setting: "calendar", to: calendar)
    }

    /// The day `year`-`month`-`day` (month 1-based, the calendar's extended year) of `from`'s calendar as a
    /// day of `to`'s; both are locale ids whose `@calendar=` names the calendar. Throws for a day that does
    /// not exist in `from`'s calendar.
    public static func convert(
        year: Int, month: Int, day: Int, from: String, to: String
    ) throws(ICUError) -> (year: Int, month: Int, day: Int) {
        guard let y = Int32(exactly: year), let m = Int32(exactly: month), let d = Int32(exactly: day) else {
            throw ICUError(
                message: "no such day \(year)-\(month)-\(day)", operation: "converting a day from '\(from)' to '\(to)'")
        }
        var (cy, cm, cd) = (y, m, d)
        var status: Int32 = 0
        jeju_calendar_convert(from, to, &cy, &cm, &cd, &status)
        try ICUError.check(status, "converting the day \(year)-\(month)-\(day) from '\(from)' to '\(to)'")
        return (Int(cy), Int(cm), Int(cd))
    }
}
