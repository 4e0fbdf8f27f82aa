internal import CICU

/// Facts about a locale from CLDR (ICU `uloc`): its name in any language, writing direction and likely script.
///
/// Locales are ICU locale ids or BCP 47 tags ("uz", "uz_Latn", "uz-Latn-UZ").
public enum LocaleInfo {
    /// The direction characters run in a line.
    public enum Orientation: Int32, Sendable {
        /// Left to right (ko, ru, am, …).
        case leftToRight = 0
        /// Right to left (ar, he, fa, ur).
        case rightToLeft = 1
        /// Top to bottom.
        case topToBottom = 2
        /// Bottom to top.
        case bottomToTop = 3
    }

    /// The name of `locale` in the language of `displayLocale`: "ko" in "ko" → "한국어", "ar" in "en" → "Arabic".
    ///
    /// When CLDR has no name for the language, ICU returns the code itself ("xx"); `hasDisplayName` tells.
    public static func displayName(of locale: String, in displayLocale: String) throws(ICUError) -> String {
        try ICUBuffer.string("naming locale '\(locale)' in '\(displayLocale)'") { d, c, s in
            jeju_locale_display_name(locale, displayLocale, d, c, &s)
        }
    }

    /// The name of `locale` in `displayLocale` as it starts a menu or list entry, capitalised by CLDR's
    /// display-context rules: "ru" in "ru" → "Русский" (where `displayName` gives "русский" for running text).
    public static func menuName(of locale: String, in displayLocale: String) throws(ICUError) -> String {
        try ICUBuffer.string("naming locale '\(locale)' in '\(displayLocale)' for a menu") { d, c, s in
            jeju_locale_display_name_for_menu(locale, displayLocale, d, c, &s)
        }
    }

    /// Whether CLDR has a name for the language of `locale` in `displayLocale` (not just its code).
    public static func hasDisplayName(of locale: String, in displayLocale: String) -> Bool {
        var status: Int32 = 0
        var out = [UInt16](repeating: 0, count: 256)
        _ = out.withUnsafeMutableBufferPointer {
            jeju_locale_display_name(locale, displayLocale, $0.baseAddress, 256, &status)
        }
        return status != -127 /* U_USING_DEFAULT_WARNING */ && status <= 0
    }

    /// The character orientation of `locale` from CLDR: `ar` → `.rightToLeft`.
    public static func characterOrientation(of locale: String) throws(ICUError) -> Orientation {
        var status: Int32 = 0
        let raw = jeju_locale_character_orientation(locale, &status)
        try ICUError.check(status, "reading the orientation of '\(locale)'")
        return Orientation(rawValue: raw) ?? .leftToRight
    }

    /// Whether `locale` is written right to left: the `dir="rtl"` decision.
    public static func isRightToLeft(_ locale: String) throws(ICUError) -> Bool {
        try characterOrientation(of: locale) == .rightToLeft
    }

    /// `locale` with CLDR's likely subtags added, as an ICU id: "uz" → "uz_Latn_UZ", "ar" → "ar_Arab_EG".
    public static func addingLikelySubtags(_ locale: String) throws(ICUError) -> String {
        try ICUBuffer.ascii("adding likely subtags to '\(locale)'", capacity: 32) { d, c, s in
            jeju_locale_add_likely_subtags(locale, d, c, &s)
        }
    }

    /// The ISO 15924 code of the script `locale` is most likely written in: "uz" → "Latn", "am" → "Ethi",
    /// "ko" → "Kore" (Hangul with Han). The script its letters are checked against.
    public static func likelyScript(of locale: String) throws(ICUError) -> String {
        let full = try addingLikelySubtags(locale)
        return try ICUBuffer.ascii("reading the script of '\(full)'", capacity: 8) { d, c, s in
            jeju_locale_script(full, d, c, &s)
        }
    }

    /// The BCP 47 tag of an ICU locale id: "uz_Latn_UZ" → "uz-Latn-UZ".
    public static func languageTag(of locale: String) throws(ICUError) -> String {
        try ICUBuffer.ascii("making a language tag of '\(locale)'", capacity: 32) { d, c, s in
            jeju_locale_language_tag(locale, d, c, &s)
        }
    }
}
