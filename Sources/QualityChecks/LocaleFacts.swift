import ICU

/// What the checks need to know about one locale, all from ICU/CLDR and loaded on first use: how it writes
/// numbers and dates, its quotation marks and punctuation, its script, direction and plural categories.
///
/// A fact ICU cannot give (an unknown locale) is nil or empty, and the checks that need it stay silent rather
/// than guess. Not thread-safe (it owns ICU formatters).
public final class LocaleFacts {
    /// The locale (BCP 47 tag).
    public let locale: String
    /// The locale read as a tag.
    public let tag: LanguageTag
    /// Its language subtag ("uz" of "uz-Latn").
    public let language: String

    /// Creates the facts of `locale`; nothing is loaded until asked for.
    public init(locale: String) {
        self.locale = locale
        self.tag = LanguageTag(locale)
        self.language = tag.language
    }

    /// The locale's number parser, or nil when ICU has none.
    public private(set) lazy var numberFormat: NumberFormat? = try? NumberFormat(locale: locale)

    /// The locale's number parser for text written with ASCII digits (CLDR's `latn` numbering of the locale):
    /// Arabic text often has "39,768" with Latin digits, which CLDR's Arabic `latn` symbols read as 39768 while
    /// the default (Arabic-Indic) parser takes the comma for a decimal separator. The default parser when the
    /// locale's own digits are ASCII.
    public private(set) lazy var asciiDigitNumberFormat: NumberFormat? = {
        guard let format = numberFormat, format.format(0) != "0" else { return numberFormat }
        return (try? NumberFormat(locale: tag.icuLocale(setting: "numbers", to: "latn"))) ?? numberFormat
    }()

    /// The grouping and decimal separators the locale writes ("," and "." in en, U+00A0 and "," in ru), read
    /// from ICU's own formatting of 1234567.5.
    public private(set) lazy var separators: (grouping: Unicode.Scalar?, decimal: Unicode.Scalar?) = {
        guard let format = numberFormat else { return (nil, nil) }
        let sample = format.format(1234567.5)
        let others = sample.unicodeScalars.filter { CharacterProperties.digitValue($0) == nil }
        // "1,234,567.5": the grouping separator comes first, the decimal separator last.
        return (others.first, others.count > 1 ? others.last : nil)
    }()

    /// The locale's date reader.
    public private(set) lazy var dates: DateReader? = try? DateReader(locale: locale)

    /// Readers of the dates of the other calendars CLDR lists as in common use where the locale is spoken
    /// (the Ethiopian calendar for am; the Islamic and Coptic ones for ar), empty for most locales.
    public private(set) lazy var otherCalendarDates: [DateReader] = {
        guard let dates else { return [] }
        return ((try? Calendars.preferred(locale: tag.icuLocale)) ?? []).filter { $0 != dates.calendar }.compactMap {
            try? DateReader(locale: tag.icuLocale(setting: "calendar", to: $0))
        }
    }()

    /// The CLDR quotation marks of the locale.
    public private(set) lazy var quotes: QuotationDelimiters? = try? QuotationDelimiters(locale: locale)

    /// The CLDR punctuation exemplars of the locale.
    public private(set) lazy var punctuation: ExemplarCharacters? = try? ExemplarCharacters(
        locale: locale, kind: .punctuation)

    /// The scripts the locale's letters are written in (Hangul and Han for ko, Ethiopic for am).
    public private(set) lazy var letterScripts: Set<Script> = LikelySubtags.letterScripts(of: locale)

    /// CLDR's rules for numbers written as words (ICU RBNF), nil when ICU has none for the language.
    public private(set) lazy var spellout: SpelloutFormat? = try? SpelloutFormat(locale: locale)

    /// How `value` is written as words in this locale, case-folded, hyphens as spaces ("sáu mươi", "sixty one").
    public func spelledOut(_ value: Int) -> [String] {
        if let cached = spelled[value] { return cached }
        let words = (spellout?.spellings(value) ?? []).map {
            CaseMapping.folded($0.replacingOccurrences(of: "-", with: " "))
        }
        spelled[value] = words
        return words
    }
    private var spelled: [Int: [String]] = [:]

    /// Whether the locale is written right to left.
    public private(set) lazy var isRightToLeft: Bool = (try? LocaleInfo.isRightToLeft(locale)) ?? false

    /// The cardinal plural rules.
    public private(set) lazy var pluralRules: PluralRules? = try? PluralRules(locale: locale)

    /// The ordinal plural rules.
    public private(set) lazy var ordinalRules: PluralRules? = try? PluralRules(locale: locale, kind: .ordinal)

    /// For each kind of punctuation, the characters the locale writes for it: those of the locale's own script
    /// when CLDR lists any (Amharic ። ፣ ፤ rather than . , ;), else all CLDR lists (Arabic ، ؛ ؟ and .).
    /// Kinds CLDR lists nothing for are absent.
    public private(set) lazy var punctuationByKind: [PunctuationKind: Set<Unicode.Scalar>] = {
        guard let set = punctuation else { return [:] }
        var all: [PunctuationKind: Set<Unicode.Scalar>] = [:]
        for (scalar, kind) in PunctuationKind.all where set.contains(scalar) { all[kind, default: []].insert(scalar) }
        let scripts = letterScripts
        return all.mapValues { chars in
            let own = chars.filter { scripts.contains(Script.of($0)) }
            return own.isEmpty ? chars : own
        }
    }()
}
