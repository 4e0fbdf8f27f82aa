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
    }

    /// The rules for a BCP 47 tag (by its language subtag); languages without rules fold only.
    public static func forLocale(_ tag: String) -> Morphology {
        let language = Concept.languageSubtag(tag)
        return rules[language] ?? Morphology(language: language, maxStrips: 0)
    }

    /// Folds a word for comparison: NFKC case folding, then the language's orthographic folding.
    public func fold(_ word: String) -> String {
        var s = Normalizer.normalize(word, .nfkcCasefold)
        switch language {
        case "ar": s = Self.foldArabic(s)
        case "uz": s = Self.foldUzbek(s)
        case "ha": s = Self.foldHausa(s)
        case "ig": s = String(String.UnicodeScalarView(s.unicodeScalars.map { "’ʼ‘".unicodeScalars.contains($0) ? "'" : $0 }))
        case "ru": s = String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "ё" ? "е" : $0 }))
        case "am": s = Self.foldEthiopicHomophones(s)
        default: break
        }
        return s
    }

    /// The candidate stems of a folded word, the word itself first, then by number of affixes stripped; with
    /// `inflectionalOnly`, stripping only the affixes that inflect (all of them unless `inflectional` says).
    public func candidates(_ folded: String, inflectionalOnly: Bool = false) -> [String] {
        let only = inflectionalOnly ? inflectional : nil
        var out = [folded]
        var seen: Set<String> = [folded]
        var frontier = [folded]
        var depth = 0
        while depth < maxStrips && !frontier.isEmpty {
            var next: [String] = []
            for form in frontier {
                for c in strips(form, only: only) where c.unicodeScalars.count >= minStem && seen.insert(c).inserted {
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

    /// Every form one step of stripping gives (only the affixes in `only`, when given).
    func strips(_ w: String, only: Set<String>? = nil) -> [String] {
        var out: [String] = []
        let scalars = Array(w.unicodeScalars)
        for p in prefixes where w.hasPrefix(p) && w.unicodeScalars.count > p.unicodeScalars.count && only.map({ $0.contains(p) }) ?? true {
            let rest = String(String.UnicodeScalarView(scalars[p.unicodeScalars.count...]))
            out.append(rest)
            if procedures.contains(where: { if case .malayNasalRecoding = $0 { true } else { false } }) {
                out.append(contentsOf: Self.malayRecodings(prefix: p, rest: rest))
            }
        }
        for s in suffixes where w.hasSuffix(s) && w.unicodeScalars.count > s.unicodeScalars.count && only.map({ $0.contains(s) }) ?? true {
            let stem = String(String.UnicodeScalarView(scalars[..<(scalars.count - s.unicodeScalars.count)]))
            out.append(stem)
            for p in procedures {
                switch p {
                case .arabicTaaMarbuta where stem.hasSuffix("ت"):
                    out.append(String(stem.unicodeScalars.dropLast()) + "ة")
                case .uzbekConsonantAlternation where "aeiouoʻ".unicodeScalars.contains(s.unicodeScalars.first ?? "x"):
                    if stem.hasSuffix("gʻ") { out.append(String(stem.unicodeScalars.dropLast(2)) + "q") }
                    else if stem.hasSuffix("g") { out.append(String(stem.unicodeScalars.dropLast()) + "k") }
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
