internal import CICU

/// CLDR's likely subtags and language-code knowledge, through ICU.
public enum LikelySubtags {
    /// The script `locale` is most likely written in (CLDR likely subtags): `uz` → Latn, `am` → Ethi,
    /// `ko` → Kore, `sr` → Cyrl. An explicit script subtag wins (`uz-Cyrl` → Cyrl). Nil when ICU cannot tell.
    public static func script(of locale: String) -> Script? {
        (try? LocaleInfo.likelyScript(of: locale)).flatMap { Script(named: $0) }
    }

    /// The scripts whose letters text in `locale` is written with: the likely script, with ISO 15924's
    /// composite codes spelled out (Kore = Hangul + Han, Jpan = Hiragana + Katakana + Han, Hans/Hant = Han).
    public static func letterScripts(of locale: String) -> Set<Script> {
        guard let script = script(of: locale) else { return [] }
        let parts: [String]
        switch script.isoCode {
        case "Kore": parts = ["Hang", "Hani"]
        case "Jpan": parts = ["Hira", "Kana", "Hani"]
        case "Hans", "Hant", "Hanb": parts = ["Hani"] + (script.isoCode == "Hanb" ? ["Bopo"] : [])
        default: return [script]
        }
        return Set(parts.compactMap { Script(named: $0) })
    }

    /// Whether ICU knows the language subtag of `locale` (a BCP 47 tag or ICU id) as an ISO 639 code:
    /// `am`, `fil`, `tl` are known; `cx` or `xx` are not.
    public static func isKnownLanguage(_ locale: String) -> Bool {
        jeju_language_is_known(LanguageTag(locale).icuLocale)
    }
}
