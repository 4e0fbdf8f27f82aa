import ICU

/// Language-aware tolerant word matching: how one language's words are folded and which affixes may be
/// stripped, so that a termbase term is found in its inflected forms (정부는, правительства, والحكومة,
/// pemerintahnya, hukumatlarimizda, የመንግሥት).
///
/// The method (see docs/glossary-matching.md): both the termbase word and the text word are folded (NFKC
/// case-folding plus the language's orthographic folding), then each yields a small ordered set of candidate
/// stems by stripping at most `maxStrips` affixes from the language's affix lists (longest first, never below
/// `minStem` scalars), plus a few procedures that are the language's morphology rather than a list (English
/// S-stemming, Amharic syllable fusion, Indonesian nasal recoding, Filipino infixes, Uzbek k/g alternation,
/// Arabic tāʼ marbūṭa). Two words match when their candidate sets meet. No dictionary, no Snowball: light
/// stemming in the sense of the IR literature, which favours recall over precision.
public struct Morphology: Sendable {
    /// Language-specific procedures that are not affix lists.
    enum Procedure: Sendable {
        /// English plural/possessive: Harman's S-stemmer (1991) with the sibilant rule (-sses, -xes, -ches, -shes).
        case englishS
        /// Arabic: a stem ending in ت after a suffix was stripped is also tried with ة (حكومتنا → حكومة).
        case arabicTaaMarbuta
        /// Uzbek: k/q at a stem's end become g/gʻ before a vowel suffix (vazirligi ← vazirlik).
        case uzbekConsonantAlternation
        /// Indonesian/Malay: meN-/peN- nasal prefixes replace a root's first consonant (menyampaikan ← sampaikan).
        case malayNasalRecoding
        /// Filipino: -um- and -in- infixes after the first consonant, and first-syllable reduplication.
        case filipinoInfixes
        /// Amharic: a suffix vowel fuses with the stem's last consonant (ሚኒስቴሮች ← ሚኒስቴር + -ኦች), so a stem's
        /// last syllable is also tried in its sixth (vowelless) order.
        case ethiopicFusion
        /// Yoruba, Igbo: tone marks (grave, acute, macron) are optional in running text; dots below are letters.
        case toneMarksOptional
        /// Arabic: the broken plural of the pattern أفعال (aCCāC, أعراض ← عرض, أمراض ← مرض): a five-letter word
        /// ا C C ا C is also tried as its three consonants. Other broken-plural patterns are not modelled.
        case arabicBrokenPluralAfal
        /// Swahili: verb prefixes (subject, tense, relative, object; habitual hu-), the stem ending in -a
        /// (`swahiliVerbStems`); the deverbal noun ending -o alternating with -i (ambukizo / maambukizi).
        case swahiliVerb
        /// Swahili, derived forms only: the same prefixes, any final vowel (viliathiri).
        case swahiliVerbAnyVowel
        /// Arabic, derived forms only: a verbal noun's ā before the last consonant dropped (انتشار → انتشر).
        case arabicMasdar
        /// Russian: fleeting vowels (уровень → уровня, отец → отца) and the plural of -анин/-янин nouns
        /// (гражданин → граждане): a stem is also tried with its last о/е/ё between consonants dropped, and an
        /// -анин/-янин noun without -ин.
        case russianStemAlternation
    }

    /// The language subtag these rules are for (`en`, `ko`, …).
    public let language: String
    let prefixes: [String]
    let suffixes: [String]
    let maxStrips: Int
    let minStem: Int
    let procedures: [Procedure]
    /// Function words that agree with their noun, or mark its number, and are interchangeable for matching
    /// within their group (Swahili ya/za/wa/la/…; Hausa mai/masu; Igbo onye/ndị): folded word → group.
    let equivalentWords: [String: Int]
    /// Whether compounds are written with or without spaces (Korean 지방 공무원 / 지방공무원).
    let flexibleSpacing: Bool
    /// The affixes that only inflect, where the lists also hold derivational ones (Indonesian/Malay: voice
    /// prefixes, particles, possessives); nil when every affix listed inflects. With it, a text word matches
    /// a term word when it is that word plus affixes, or when both reduce to one stem by inflection alone:
    /// ketersediaan is not kesediaan, though both hold sedia.
    let inflectional: Set<String>?
    // The affixes as scalars, with whether each inflects: what `strips` compares (String's hasPrefix and
    // hasSuffix compare by Character, many times slower, on the path of every new word).
    private let prefixScalars: [(affix: String, scalars: [Unicode.Scalar], inflects: Bool)]
    private let suffixScalars: [(affix: String, scalars: [Unicode.Scalar], inflects: Bool)]
    private let recodesNasals: Bool

    init(
        language: String, prefixes: [String] = [], suffixes: [String] = [], maxStrips: Int = 1, minStem: Int = 3,
        procedures: [Procedure] = [], equivalentWords: [[String]] = [], flexibleSpacing: Bool = false,
        inflectional: Set<String>? = nil
    ) {
        self.language = language
        // Longest first, so the most specific affix is tried first.
        self.prefixes = prefixes.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        self.suffixes = suffixes.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        self.maxStrips = maxStrips
        self.minStem = minStem
        self.procedures = procedures
        var groups: [String: Int] = [:]
        for (k, group) in equivalentWords.enumerated() { for w in group { groups[w] = k } }
        self.equivalentWords = groups
        self.flexibleSpacing = flexibleSpacing
        self.inflectional = inflectional
        self.prefixScalars = self.prefixes.map { ($0, Array($0.unicodeScalars), inflectional?.contains($0) ?? true) }
        self.suffixScalars = self.suffixes.map { ($0, Array($0.unicodeScalars), inflectional?.contains($0) ?? true) }
        self.recodesNasals = procedures.contains { if case .malayNasalRecoding = $0 { true } else { false } }
    }

    /// The rules for a BCP 47 tag (by its language subtag); languages without rules fold only.
    public static func forLocale(_ tag: String) -> Morphology {
        let language = LanguageTag.language(of: tag)
        return rules[language] ?? Morphology(language: language, maxStrips: 0)
    }

    /// Folds a word for comparison: NFKC case folding, then the language's orthographic folding; an
    /// abbreviation written with full stops between single letters (S.A.R.S, U.S) folds to its letters.
    public func fold(_ word: String) -> String {
        var s = Self.undotted(Normalizer.normalize(word, .nfkcCasefold))
        switch language {
        case "ar": s = Self.foldArabic(s)
        case "uz": s = Self.foldUzbek(s)
        case "ha": s = Self.foldHausa(s)
        case "ig":
            s = String(scalars: s.unicodeScalars.map { "’ʼ‘".unicodeScalars.contains($0) ? "'" : $0 })
        case "ru": s = String(scalars: s.unicodeScalars.map { $0 == "ё" ? "е" : $0 })
        case "am": s = Self.foldEthiopicHomophones(s)
        default: break
        }
        return s
    }

    /// `s` without its full stops when it is single letters joined by them (s.a.r.s → sars), else `s`.
    static func undotted(_ s: String) -> String {
        guard s.utf8.contains(0x2E) else { return s }
        let scalars = Array(s.unicodeScalars)
        guard scalars.count >= 3, scalars.count % 2 == 1 || scalars.last == "." else { return s }
        for (i, u) in scalars.enumerated() where (i % 2 == 0) != u.properties.isAlphabetic || (i % 2 == 1 && u != ".") {
            return s
        }
        return String(scalars: scalars.filter { $0 != "." })
    }

    /// The candidate stems of a folded word, the word itself first, then by number of affixes stripped; with
    /// `inflectionalOnly`, stripping only the affixes that inflect (all of them unless `inflectional` says).
    public func candidates(_ folded: String, inflectionalOnly: Bool = false) -> [String] {
        var out = [folded]
        var seen: Set<String> = [folded]
        var frontier = [folded]
        var depth = 0
        while depth < maxStrips && !frontier.isEmpty {
            var next: [String] = []
            for form in frontier {
                for c in strips(form, inflectionalOnly: inflectionalOnly)
                where c.unicodeScalars.count >= minStem && seen.insert(c).inserted {
                    out.append(c)
                    next.append(c)
                }
            }
            frontier = next
            depth += 1
        }
        for p in procedures {
            if case .toneMarksOptional = p {
                for c in out { let t = Self.removeToneMarks(c); if seen.insert(t).inserted { out.append(t) } }
            }
        }
        if let group = equivalentWords[folded] { out.append("\u{1}equivalent \(group)") }
        return out
    }

    /// Whether the candidate sets of two folded words meet.
    public func matches(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let ca = Set(candidates(a))
        return candidates(b).contains { ca.contains($0) }
    }

    /// Every form one step of stripping gives (only the inflectional affixes, when asked).
    func strips(_ w: String, inflectionalOnly: Bool = false) -> [String] {
        var out: [String] = []
        let scalars = Array(w.unicodeScalars)
        for (p, ps, inflects) in prefixScalars
        where (inflects || !inflectionalOnly) && scalars.count > ps.count
            && scalars.starts(with: ps)
        {
            let rest = String(scalars: scalars[ps.count...])
            out.append(rest)
            if recodesNasals { out.append(contentsOf: Self.malayRecodings(prefix: p, rest: rest)) }
        }
        for (s, ss, inflects) in suffixScalars
        where (inflects || !inflectionalOnly) && scalars.count > ss.count
            && scalars[(scalars.count - ss.count)...].elementsEqual(ss)
        {
            let stem = String(scalars: scalars[..<(scalars.count - ss.count)])
            out.append(stem)
            for p in procedures {
                switch p {
                case .arabicTaaMarbuta where stem.hasSuffix("ت"):
                    out.append(String(stem.unicodeScalars.dropLast()) + "ة")
                case .uzbekConsonantAlternation where "aeiouoʻ".unicodeScalars.contains(s.unicodeScalars.first ?? "x"):
                    if stem.hasSuffix("gʻ") {
                        out.append(String(stem.unicodeScalars.dropLast(2)) + "q")
                    } else if stem.hasSuffix("g") {
                        out.append(String(stem.unicodeScalars.dropLast()) + "k")
                    }
                default: break
                }
            }
        }
        for p in procedures {
            switch p {
            case .englishS: if let s = Self.englishS(w) { out.append(s) }
            case .russianStemAlternation: out.append(contentsOf: ([w] + out).flatMap(Self.russianAlternations))
            case .filipinoInfixes: out.append(contentsOf: Self.filipinoForms(scalars))
            case .ethiopicFusion: if let s = Self.ethiopicSixthOrder(scalars) { out.append(s) }
            case .arabicBrokenPluralAfal: if let s = Self.arabicAfalSingular(scalars) { out.append(s) }
            case .arabicMasdar: if let s = Self.arabicMasdarVerb(scalars) { out.append(s) }
            case .swahiliVerb:
                out.append(contentsOf: Self.swahiliVerbStems(w, anyFinalVowel: false))
                if w.hasSuffix("o") && scalars.count > 3 { out.append(String(w.dropLast()) + "i") }
            case .swahiliVerbAnyVowel: out.append(contentsOf: Self.swahiliVerbStems(w, anyFinalVowel: true))
            default: break
            }
        }
        return out
    }
}
