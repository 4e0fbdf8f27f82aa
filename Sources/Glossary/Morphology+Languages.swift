/// The per-language affix rules. Each list is the method for its language (documented with sources in
/// docs/glossary-matching.md), not a word list: inflectional endings, clitics and particles only.
extension Morphology {
    static let rules: [String: Morphology] = {
        var r: [String: Morphology] = [:]
        for m in [
            english, korean, russian, arabic, swahili, indonesian, malay, filipino, tagalog, uzbek, hausa,
            vietnamese, yoruba, igbo, amharic,
        ] {
            r[m.language] = m
        }
        return r
    }()

    /// English: plural and possessive only (Harman's S-stemmer); derivation and verb forms are not conflated.
    static let english = Morphology(language: "en", maxStrips: 1, minStem: 2, procedures: [.englishS])

    /// Korean: case and topic particles (josa) and the plural 들 attached to a noun, up to two stacked
    /// (정부들은, 지방정부에서는); compounds may be written with or without spaces.
    static let korean = Morphology(
        language: "ko",
        suffixes: [
            "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "께서", "한테", "으로", "로", "으로서",
            "로서", "으로써", "로써", "와", "과", "도", "만", "까지", "부터", "처럼", "보다", "이나", "나", "이며", "며",
            "이다", "입니다", "들", "마다", "조차", "뿐",
        ],
        maxStrips: 2, minStem: 1, flexibleSpacing: true)

    /// Russian: one noun or adjective case/number ending (the inflectional endings of the three declensions
    /// and of long-form adjectives), with fleeting vowels and the -анин plural; ё folded to е.
    static let russian = Morphology(
        language: "ru",
        suffixes: [
            "иями", "ями", "ами", "ией", "иям", "ием", "иях", "ими", "ыми", "его", "ого", "ему", "ому",
            "ев", "ов", "ие", "ье", "еи", "ии", "ей", "ой", "ий", "ям", "ем", "ам", "ом", "ах", "ях", "ию", "ью",
            "ия", "ья", "ее", "ые", "ое", "ый", "им", "ым", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
            "а", "е", "и", "й", "о", "у", "ы", "ь", "ю", "я",
        ],
        maxStrips: 1, minStem: 3, procedures: [.russianStemAlternation])

    /// Arabic: proclitics (و ف ب ك ل, the article ال and their combinations) and enclitic pronouns, dual and
    /// plural endings (also the construct-state plural -و before a pronoun: موظفونا), tāʼ marbūṭa (Larkey's light10
    /// lists, extended with the pronoun suffixes), the alif of the accusative tanwin (قيودًا, folded to قيودا),
    /// and the broken plural pattern أفعال.
    static let arabic = Morphology(
        language: "ar",
        prefixes: ["وبال", "وال", "بال", "كال", "فال", "لل", "ولل", "ال", "و", "ف", "ب", "ك", "ل"],
        suffixes: [
            "كما", "هما", "ها", "هم", "هن", "كم", "كن", "نا", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي", "ك",
            "و",
            "ا",
        ],
        maxStrips: 3, minStem: 3, procedures: [.arabicTaaMarbuta, .arabicBrokenPluralAfal])

    /// Swahili: noun-class prefixes (m-/wa-, m-/mi-, ji-/ma-, ki-/vi-, ch-/vy-, u-), the infinitive ku- and
    /// the locative -ni; verb prefixes and the -o/-i of deverbal nouns (`Procedure.swahiliVerb`); the
    /// associative connectors (wa ya za la cha vya kwa pa mwa) agree with the noun and are interchangeable.
    static let swahili = Morphology(
        language: "sw",
        prefixes: ["wa", "mw", "mi", "ma", "ki", "vi", "ch", "vy", "ji", "ku", "m", "u"],
        suffixes: ["ni"],
        maxStrips: 2, minStem: 3, procedures: [.swahiliVerb],
        equivalentWords: [["wa", "ya", "za", "la", "cha", "vya", "kwa", "pa", "mwa"]])

    static let malayAffixes = (
        prefixes: [
            "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "pe", "ber", "be", "ter", "di",
            "ke", "se", "per",
        ],
        suffixes: ["lah", "kah", "tah", "pun", "nya", "ku", "mu", "kan", "an", "i"]
    )

    /// The Indonesian/Malay affixes that inflect: the voice prefixes meN- and di-, particles and possessives.
    /// The others derive a new word (ketersediaan "availability" is not kesediaan "preparedness").
    static let malayInflectional: Set<String> = [
        "meng", "meny", "mem", "men", "me", "di", "lah", "kah", "tah", "pun",
        "nya", "ku", "mu",
    ]

    /// Indonesian: particles (-lah -kah -tah -pun), possessives (-nya -ku -mu), derivational suffixes (-kan -an
    /// -i) and prefixes (meN- peN- ber- di- ter- ke- se- per-) with nasal recoding; confixes by stripping both.
    /// A text word matches a term word it contains (pelayanan → layanan), or one it shares a stem with by
    /// inflection alone (mengelola / dikelola).
    static let indonesian = Morphology(
        language: "id", prefixes: malayAffixes.prefixes, suffixes: malayAffixes.suffixes, maxStrips: 4, minStem: 3,
        procedures: [.malayNasalRecoding], inflectional: malayInflectional)

    /// Malay: the same affix system as Indonesian.
    static let malay = Morphology(
        language: "ms", prefixes: malayAffixes.prefixes, suffixes: malayAffixes.suffixes, maxStrips: 4, minStem: 3,
        procedures: [.malayNasalRecoding], inflectional: malayInflectional)

    static let filipinoAffixes = (
        prefixes: [
            "pinaka", "ipinag", "pinag", "nakaka", "makapag", "nagpa", "magpa", "pag", "mag", "nag", "pang",
            "pam", "pan", "ma", "na", "ka", "i",
        ],
        suffixes: ["han", "hin", "an", "in", "ng", "g"]
    )

    /// Filipino: the linker -ng/-g (pamahalaang lokal, bansang), suffixes -an/-in/-han/-hin, prefixes
    /// (mag- nag- pag- pang- ma- na- ka- i- pinaka-), infixes -um-/-in- and reduplication.
    static let filipino = Morphology(
        language: "fil", prefixes: filipinoAffixes.prefixes, suffixes: filipinoAffixes.suffixes, maxStrips: 3,
        minStem: 3, procedures: [.filipinoInfixes])

    /// Tagalog (`tl`): Filipino's rules.
    static let tagalog = Morphology(
        language: "tl", prefixes: filipinoAffixes.prefixes, suffixes: filipinoAffixes.suffixes, maxStrips: 3,
        minStem: 3, procedures: [.filipinoInfixes])

    /// Uzbek (Latin): plural -lar, possessive and case suffixes, up to three stacked
    /// (hukumat-lar-imiz-da), with the k/g and q/gʻ alternation; oʻ gʻ apostrophes folded to U+02BB.
    static let uzbek = Morphology(
        language: "uz",
        suffixes: [
            "gacha", "ning", "dagi", "imiz", "ingiz", "lari", "dan", "lar", "ga", "ka", "qa", "da", "ta", "ni",
            "si", "im", "ing", "miz", "ngiz", "i", "m", "dir",
        ],
        maxStrips: 3, minStem: 3, procedures: [.uzbekConsonantAlternation])

    /// Hausa: the genitive linker / definite -n -r, possessive pronouns (-sa -ta -mu -ku -su, with linker
    /// -nsa -rsa …), plural endings (-oci -ai -uka -aye -una -oyi -ashe -u -i), final vowel (any of the five);
    /// the number-marking words mai/masu (possessor) and ɗan/'yan (child of, member of) agree with their noun;
    /// apostrophes and the hooked letters folded (ɗan, dan). Plurals by internal change (jami'i → jami'ai is regular, ƙarama → ƙanana is not) are
    /// the termbase's to list, as admitted variants.
    static let hausa = Morphology(
        language: "ha",
        suffixes: [
            "nsa", "rsa", "nta", "rta", "nmu", "rmu", "nku", "rku", "nsu", "rsu", "sa", "ta", "mu", "ku", "su",
            "oci", "aye", "una", "uka", "oyi", "ashe", "ai", "n", "r", "u", "i", "a", "e", "o",
        ],
        maxStrips: 2, minStem: 3, equivalentWords: [["mai", "masu"], ["dan", "'yan", "yan", "diyar"]])

    /// Vietnamese: isolating; no affixes (plural and classifier words are separate words).
    static let vietnamese = Morphology(language: "vi", maxStrips: 0, minStem: 1)

    /// Yoruba: isolating; tone marks optional in running text.
    static let yoruba = Morphology(language: "yo", maxStrips: 0, minStem: 1, procedures: [.toneMarksOptional])

    /// Igbo: nouns do not inflect; number is a separate word (onye ọrụ / ndị ọrụ, nwa amaala / ụmụ amaala), and
    /// the preposition na is elided before a vowel and written onto the noun (n'Agwaetiti); tone marks optional
    /// (rarely written); apostrophes folded.
    static let igbo = Morphology(
        language: "ig", prefixes: ["n'"], maxStrips: 1, minStem: 1, procedures: [.toneMarksOptional],
        equivalentWords: [["onye", "ndị"], ["nwa", "ụmụ"]])

    /// Amharic: prepositional proclitics (የ በ ለ ከ ስለ እንደ ወደ በየ), case/definite/plural/possessive suffixes
    /// as whole syllables, the Ge'ez plural -āt (ባለሥልጣናት, መንግሥታት: ት stripped, then fusion), and vowel fusion
    /// with the stem's last consonant; homophone letters folded.
    static let amharic = Morphology(
        language: "am",
        prefixes: ["እንደ", "ስለ", "ወደ", "በየ", "የ", "በ", "ለ", "ከ"],
        suffixes: ["ዎቻችን", "ዎቹ", "ዎች", "ቻችን", "ቸው", "ችን", "ችሁ", "ቹ", "ች", "ን", "ም", "ና", "ው", "ዋ", "ሽ", "ህ", "ኝ", "ት"],
        maxStrips: 3, minStem: 2, procedures: [.ethiopicFusion])
}
