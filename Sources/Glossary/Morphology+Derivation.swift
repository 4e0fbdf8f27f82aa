import ICU

/// The derivations across parts of speech, for the weaker "different part of speech" finding: a text word
/// that is not a form of the term word but is derived from the same stem (Russian распространять "to spread" /
/// распространение "spread"; Indonesian mengelola "to manage" / pengelolaan "management"). Kept apart from the
/// inflection rules so that the term check itself never accepts a derivation as the approved term.
extension Morphology {
    /// The rules that relate a word to its derivations in `tag`'s language, or nil where they are not modelled.
    public static func derivational(forLocale tag: String) -> Morphology? {
        derivations[LanguageTag.language(of: tag)]
    }

    static let derivations: [String: Morphology] = {
        var r: [String: Morphology] = [:]
        for m in [russianDerivation, arabicDerivation, swahiliDerivation, indonesianDerivation, malayDerivation] {
            r[m.language] = m
        }
        return r
    }()

    /// Russian: the inflection endings, plus the infinitive (-ать -ять -ить -еть, reflexive -ся -сь), the
    /// present of the first conjugation (-ает -яет -ают -яют, -ует -уют), the past (-ил -ал -ял with -а -о -и),
    /// the verbal noun (-ение -ание, stem -ени -ани before a case ending), the past passive participle (-енн)
    /// and the adjective suffixes -ическ -н -ск: распространять, распространилась, распространение, распространенный;
    /// эпидемия, эпидемический; вирус, вирусный. Conjugated forms of a verb entry are found here too, as the inflection rules
    /// do not conjugate verbs.
    static let russianDerivation = Morphology(
        language: "ru",
        suffixes: russian.suffixes + [
            "ение", "ание", "ени", "ани", "ать", "ять", "ить", "еть", "ся", "сь", "ает", "яет",
            "ают", "яют", "ует", "уют", "ил", "ила", "ило", "или", "ал", "ала", "ало", "али",
            "ял", "яла", "яло", "яли", "енн", "ическ", "н", "ск",
        ],
        maxStrips: 2, minStem: 3, procedures: [.russianStemAlternation])

    /// Arabic: the inflection rules plus a verbal noun's long ā dropped (الانتشار / انتشر, انتقال / انتقل) and the
    /// prefixes of the imperfect (ي ت ن, future سي ست: ينتشر).
    static let arabicDerivation = Morphology(
        language: "ar", prefixes: arabic.prefixes + ["سي", "ست", "ي", "ت", "ن"], suffixes: arabic.suffixes,
        maxStrips: 3, minStem: 3,
        procedures: [.arabicTaaMarbuta, .arabicBrokenPluralAfal, .arabicMasdar])

    /// Swahili: the inflection rules plus verb extensions and nominalisers (passive -wa, stative -ika/-eka,
    /// causative -za/-eza/-iza with its passive -zwa, agentive -aji), the final vowel, and verb prefixes before
    /// any final vowel: uambukizaji / maambukizi, kuenezwa / ilienea, aliyeathirika / viliathiri.
    static let swahiliDerivation = Morphology(
        language: "sw", prefixes: swahili.prefixes,
        suffixes: [
            "ni", "aji", "ji", "ika", "eka", "iwa", "ewa", "wa",
            "ezwa", "izwa", "zwa", "eza", "iza", "za",
            "a", "e", "i", "o",
        ],
        maxStrips: 2, minStem: 3, procedures: [.swahiliVerbAnyVowel],
        equivalentWords: [["wa", "ya", "za", "la", "cha", "vya", "kwa", "pa", "mwa"]])

    /// Indonesian/Malay: the affixes that change the part of speech (verbal meN- di- ber- -kan -i; nominal peN-
    /// pe- per- ke- -an) with the inflectional ones; ter- and se- are left out, so ketersediaan and kesediaan
    /// stay apart.
    static let malayDerivationAffixes = (
        prefixes: ["meng", "meny", "mem", "men", "me", "di", "ber", "peng", "peny", "pem", "pen", "pe", "per", "ke"],
        suffixes: ["lah", "kah", "tah", "pun", "nya", "ku", "mu", "kan", "an", "i"]
    )

    /// Indonesian derivations (see `malayDerivationAffixes`).
    static let indonesianDerivation = Morphology(
        language: "id", prefixes: malayDerivationAffixes.prefixes, suffixes: malayDerivationAffixes.suffixes,
        maxStrips: 4, minStem: 3, procedures: [.malayNasalRecoding])

    /// Malay derivations (see `malayDerivationAffixes`).
    static let malayDerivation = Morphology(
        language: "ms", prefixes: malayDerivationAffixes.prefixes, suffixes: malayDerivationAffixes.suffixes,
        maxStrips: 4, minStem: 3, procedures: [.malayNasalRecoding])
}
