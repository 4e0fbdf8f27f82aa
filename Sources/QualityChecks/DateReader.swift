import ICU

/// Reads the dates written in a text the way a locale writes them: each CLDR date pattern of the locale
/// ("MMMM d, y" in en, "d MMMM y 'г'." in ru, "y년 MMMM d일" in ko) becomes a regular expression over the
/// locale's own month and weekday names and digits of any script, so "May 24", "24 мая", "5월 24일" and
/// "٢٤ مايو" all read as the 24th of May.
///
/// Year-first numeric dates ("2016.05.26", "2016-05-26") are read in every locale. Not thread-safe.
public final class DateReader {
    /// A date found in a text.
    public struct Match: Sendable, Equatable {
        /// The year, when written (two-digit years as written, see `twoDigitYear`).
        public var year: Int?
        /// Whether the year was written with two digits.
        public var twoDigitYear: Bool
        /// 1–12.
        public var month: Int
        /// 1–31.
        public var day: Int
        /// Where it is (Unicode scalar offsets).
        public var range: Range<Int>

        /// Whether `other` names the same day: month and day equal, and the years too when both are written.
        public func sameDay(as other: Match) -> Bool {
            guard month == other.month, day == other.day else { return false }
            guard let y = year, let oy = other.year else { return true }
            return twoDigitYear || other.twoDigitYear ? y % 100 == oy % 100 : y == oy
        }
    }

    enum Field { case year, shortYear, month, monthName, day }

    private struct Reader {
        let regex: ICURegex
        let fields: [Field]
    }

    /// The locale (an ICU locale id; `@calendar=` chooses a calendar other than the locale's default).
    public let locale: String
    /// The calendar the dates are read in ("gregorian", "ethiopic", …); a match's fields are days of it.
    public let calendar: String
    /// The number of months of a year of the calendar (13 in the Ethiopian one).
    let monthsInYear: Int
    private let readers: [Reader]
    private let monthNames: [(String, Int)]

    /// The skeletons whose patterns are read: with and without year, month as name, abbreviation or number.
    static let skeletons = ["yMMMMEEEEd", "yMMMMd", "yMMMd", "yMd", "MMMMd", "MMMd", "Md"]

    /// Builds the reader of `locale`'s date patterns.
    public init(locale: String) throws(ICUError) {
        self.locale = locale
        let symbols = try DateSymbols(locale: locale)
        var names: [(String, Int)] = []
        for list in [symbols.months, symbols.standaloneMonths, symbols.shortMonths, symbols.standaloneShortMonths] {
            for (i, n) in list.enumerated() where i < 13 && !n.isEmpty {
                names.append((n, i + 1))
                // "мая." and "thg 5" are also written without their abbreviation dot.
                if n.hasSuffix("."), n.count > 2 { names.append((String(n.dropLast()), i + 1)) }
            }
        }
        names.sort { $0.0.count > $1.0.count }
        self.monthNames = names
        self.monthsInYear = max(12, min(13, symbols.months.count))
        let weekdays = (symbols.weekdays + symbols.shortWeekdays).filter { !$0.isEmpty }
        var patterns: [String] = []
        var calendar = "gregorian"
        for skeleton in Self.skeletons {
            let format = try DateFormat(locale: locale, skeleton: skeleton)
            calendar = format.calendar
            if !patterns.contains(format.pattern) { patterns.append(format.pattern) }
        }
        self.calendar = calendar
        var readers: [Reader] = []
        for pattern in patterns {
            let (source, fields) = Self.regex(for: pattern, months: names.map(\.0), weekdays: weekdays)
            readers.append(Reader(regex: try ICURegex(source, options: [.caseInsensitive]), fields: fields))
        }
        let iso = "(?<!\\p{Nd})(\\p{Nd}{4})[-./](\\p{Nd}{1,2})[-./](\\p{Nd}{1,2})(?!\\p{Nd})"
        readers.append(Reader(regex: try ICURegex(iso), fields: [.year, .month, .day]))
        self.readers = readers
    }

    /// The dates in `text`, in order; a date inside a longer one ("May 24" in "May 24, 2016") is not repeated.
    public func dates(in text: String) -> [Match] {
        // Every pattern has a day, written in decimal digits: text without one holds no date.
        let asciiDigit = text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        guard
            asciiDigit
                || text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.numericType == .decimal })
        else { return [] }
        let units = Array(text.utf16)
        let utf16 = UTF16Text(units: units)
        var found: [(Match, Range<Int>)] = []
        for reader in readers {
            reader.regex.setText(units)
            var from = 0
            while from <= units.count, let range = reader.regex.firstMatch(from: from) {
                from = max(range.upperBound, range.lowerBound + 1)
                if let m = read(reader, utf16: utf16, range: range) { found.append((m, range)) }
            }
        }
        found.sort { ($0.1.lowerBound, -$0.1.count) < ($1.1.lowerBound, -$1.1.count) }
        var out: [Match] = []
        var covered: [Range<Int>] = []
        for (m, r) in found
        where !covered.contains(where: { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound }) {
            covered.append(r)
            out.append(m)
        }
        return out
    }

    private func read(_ reader: Reader, utf16: UTF16Text, range: Range<Int>) -> Match? {
        var year: Int?, twoDigit = false, month: Int?, day: Int?
        for (i, field) in reader.fields.enumerated() {
            guard let r = reader.regex.matchRange(group: i + 1) else { continue }
            let text = utf16.string(r)
            switch field {
            case .year: year = Self.number(text)
            case .shortYear: year = Self.number(text); twoDigit = true
            case .month: month = Self.number(text)
            case .day: day = Self.number(text)
            case .monthName:
                let folded = CaseMapping.folded(text)
                month = monthNames.first { CaseMapping.folded($0.0) == folded }?.1
            }
        }
        guard let month, let day, (1...monthsInYear).contains(month), (1...31).contains(day) else { return nil }
        let start = utf16.scalarCount(0..<range.lowerBound)
        return Match(
            year: year, twoDigitYear: twoDigit, month: month, day: day,
            range: start..<(start + utf16.scalarCount(range)))
    }

    /// Whether `text` names the day of `date` in a way the patterns do not cover ("25 ga Janairu, 2020" in
    /// Hausa has a particle CLDR's "d MMMM, y" lacks): one of the locale's names of its month with its day as
    /// a number at most `reach` characters away, and its year anywhere when it has one.
    public func mentions(_ date: Match, in text: String, reach: Int = 12) -> Bool {
        let t = Array(CaseMapping.folded(text).unicodeScalars)
        var numbers: [(value: Int, range: Range<Int>)] = []
        var i = 0
        while i < t.count {
            guard CharacterProperties.digitValue(t[i]) != nil else { i += 1; continue }
            var e = i, v = 0
            while e < t.count, let d = CharacterProperties.digitValue(t[e]) { v = v * 10 + d; e += 1 }
            numbers.append((v, i..<e))
            i = e
        }
        if let year = date.year,
            !numbers.contains(where: { $0.value == year || date.twoDigitYear && $0.value % 100 == year % 100 })
        {
            return false
        }
        let days = numbers.filter { $0.value == date.day }.map(\.range)
        guard !days.isEmpty else { return false }
        for (name, month) in monthNames where month == date.month {
            let n = Array(CaseMapping.folded(name).unicodeScalars)
            guard !n.isEmpty, n.count <= t.count else { continue }
            for start in 0...(t.count - n.count) where t[start..<(start + n.count)].elementsEqual(n) {
                let r = start..<(start + n.count)
                // The name must not be a longer number's tail ("15월" is not "5월").
                if start > 0, CharacterProperties.digitValue(t[start - 1]) != nil,
                    CharacterProperties.digitValue(n[0]) != nil
                {
                    continue
                }
                if days.contains(where: {
                    $0.upperBound <= r.lowerBound && r.lowerBound - $0.upperBound <= reach
                        || r.upperBound <= $0.lowerBound && $0.lowerBound - r.upperBound <= reach
                }) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether `text` writes the day `date` (a match of `source`, read in its calendar) in this reader's
    /// calendar: converted through ICU, then read with this calendar's patterns or found by `mentions`.
    ///
    /// A dated day must be written with its year (the years of two calendars differ). A day without a year
    /// ("May 24") is converted only when it falls on the same day of this calendar in each of four consecutive
    /// years (a leap-year cycle): 24 May is always 16 Ginbot, while 24 December moves between years, and no
    /// day of a lunar calendar stays put.
    public func writes(_ date: Match, of source: DateReader, in text: String) -> Bool {
        guard !date.twoDigitYear else { return false }
        let from = Calendars.locale(source.locale, calendar: source.calendar),
            to = Calendars.locale(locale, calendar: calendar)
        var days: [(year: Int, month: Int, day: Int)] = []
        for year in date.year.map({ [$0] }) ?? [2016, 2017, 2018, 2019] {
            guard let day = try? Calendars.convert(year: year, month: date.month, day: date.day, from: from, to: to)
            else { return false }
            days.append(day)
        }
        guard let first = days.first, days.allSatisfy({ $0.month == first.month && $0.day == first.day }) else {
            return false
        }
        let converted = Match(
            year: date.year == nil ? nil : first.year, twoDigitYear: false, month: first.month, day: first.day,
            range: 0..<0)
        return dates(in: text).contains { (converted.year == nil || $0.year != nil) && $0.sameDay(as: converted) }
            || mentions(converted, in: text)
    }

    /// The value of a run of decimal digits in any script.
    static func number(_ text: String) -> Int? {
        var value = 0
        for s in text.unicodeScalars {
            guard let d = CharacterProperties.digitValue(s) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// An ICU regular expression for a CLDR date pattern, and the field each capture group holds.
    static func regex(for pattern: String, months: [String], weekdays: [String]) -> (String, [Field]) {
        var out = "(?<![\\p{Nd}\\p{L}])"
        var fields: [Field] = []
        let chars = Array(pattern)
        var i = 0
        func alternation(_ words: [String]) -> String {
            "(" + words.map { "\\Q" + $0 + "\\E" }.joined(separator: "|") + ")"
        }
        while i < chars.count {
            let c = chars[i]
            if c == "'" {
                // Quoted literal; '' is a quote.
                var j = i + 1, literal = ""
                while j < chars.count {
                    if chars[j] == "'" {
                        if j + 1 < chars.count && chars[j + 1] == "'" { literal.append("'"); j += 2; continue }
                        break
                    }
                    literal.append(chars[j]); j += 1
                }
                if i + 1 < chars.count && chars[i + 1] == "'" { literal = "'"; j = i + 1 }
                out += literalRegex(literal)
                i = j + 1
                continue
            }
            if c.isASCII && c.isLetter {
                var n = 0
                while i + n < chars.count && chars[i + n] == c { n += 1 }
                switch c {
                case "y", "u", "Y":
                    if n == 2 {
                        out += "(\\p{Nd}{2})"; fields.append(.shortYear)
                    } else {
                        out += "(\\p{Nd}{4})"; fields.append(.year)
                    }
                case "M", "L":
                    if n <= 2 {
                        out += "(\\p{Nd}{1,2})"; fields.append(.month)
                    } else {
                        out += alternation(months); fields.append(.monthName)
                    }
                case "d": out += "(\\p{Nd}{1,2})"; fields.append(.day)
                case "E", "c", "e":
                    out += "(?:" + weekdays.map { "\\Q" + $0 + "\\E" }.joined(separator: "|") + ")"
                case "G": out += "(?:\\S+)"
                default: out += "(?:\\S+)"
                }
                i += n
                continue
            }
            var literal = ""
            while i < chars.count && !(chars[i].isASCII && chars[i].isLetter) && chars[i] != "'" {
                literal.append(chars[i]); i += 1
            }
            out += literalRegex(literal)
        }
        // Not the hour of a time ("March 8:00") nor the start of a longer number.
        return (out + "(?![\\p{Nd}]|[:.,]\\p{Nd})", fields)
    }

    /// A literal of a pattern: spaces of any kind (or none before punctuation), punctuation as written.
    static func literalRegex(_ literal: String) -> String {
        var out = ""
        for s in literal.unicodeScalars {
            if CharacterProperties.isWhiteSpace(s) {
                if !out.hasSuffix("\\s*") { out += "\\s*" }
            } else {
                out += "\\Q" + String(s) + "\\E"
            }
        }
        return out
    }
}
