import ICU

/// The procedures of `Morphology` that are a language's morphology or orthography rather than an affix list.
extension Morphology {
    /// Harman's S-stemmer (1991), with possessives and the sibilant plural: governments → government,
    /// cities → city, officials → official, processes → process, Ministry's → ministry.
    static func englishS(_ w: String) -> String? {
        for apostrophe in ["'s", "’s"] where w.hasSuffix(apostrophe) { return String(w.dropLast(2)) }
        if w.hasSuffix("'") || w.hasSuffix("’") { return String(w.dropLast()) }
        guard w.count >= 4, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        if w.hasSuffix("ies") && !w.hasSuffix("eies") && !w.hasSuffix("aies") { return String(w.dropLast(3)) + "y" }
        for s in ["sses", "xes", "ches", "shes", "zes"] where w.hasSuffix(s) { return String(w.dropLast(2)) }
        if w.hasSuffix("es") && !w.hasSuffix("aes") && !w.hasSuffix("ees") && !w.hasSuffix("oes") {
            return String(w.dropLast())
        }
        if w.hasSuffix("s") && !w.hasSuffix("us") && !w.hasSuffix("ss") { return String(w.dropLast()) }
        return nil
    }

    /// Russian stem alternations: the fleeting vowel of the suffixes where it regularly drops (-ок -ек -ёк -ец,
    /// -ень -ель: кусок → куска, отец → отца, уровень → уровня; the masculine short adjective -ен: заразен → заразн),
    /// and -анин/-янин nouns, whose plural drops -ин
    /// (гражданин → граждан, as in граждане). Other о/е between consonants stay (город is not горд).
    static func russianAlternations(_ w: String) -> [String] {
        let s = Array(w.unicodeScalars)
        var out: [String] = []
        func ends(_ e: [Unicode.Scalar]) -> Bool { s.count >= e.count && s[(s.count - e.count)...].elementsEqual(e) }
        if ends(["а", "н", "и", "н"]) || ends(["я", "н", "и", "н"]) {
            out.append(String(scalars: s.dropLast(2)))
        }
        for ending in russianFleeting where s.count > ending.count + 1 && ends(ending) {
            // The vowel goes, the consonant after it stays.
            out.append(String(scalars: s.dropLast(ending.count) + ending[1...].prefix(1)))
        }
        return out
    }

    /// Endings whose vowel is fleeting: -ок -ек -ёк -ец -ень -ель, and the masculine short adjective -ен.
    static let russianFleeting: [[Unicode.Scalar]] = ["ок", "ек", "ёк", "ец", "ень", "ель", "ен"].map {
        Array($0.unicodeScalars)
    }

    /// Arabic: the three consonants of a folded broken plural of the pattern أفعال (ا C C ا C: اعراض → عرض).
    /// The same shape is the verbal noun of form IV (إعلان), so that noun meets its root too: light stemming's
    /// usual trade of precision for recall, limited to one pattern.
    static func arabicAfalSingular(_ s: [Unicode.Scalar]) -> String? {
        guard s.count == 5, s[0] == "\u{0627}", s[3] == "\u{0627}", s[1] != "\u{0627}", s[2] != "\u{0627}",
            s[4] != "\u{0627}"
        else { return nil }
        return String(scalars: [s[1], s[2], s[4]])
    }

    /// Hausa written without the hooked letters (ɓ ɗ ƙ ƴ → b d k y), as much running text is: both sides are
    /// folded, so a term matches either spelling (the price: ɗa "son" and da "with" are one word to the matcher).
    static func foldHausa(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "’", "ʼ", "‘": out.append("'")
            case "ɓ": out.append("b")
            case "ɗ": out.append("d")
            case "ƙ": out.append("k")
            case "ƴ": out.append("y")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Arabic orthographic folding as in light stemmers (Larkey et al. 2002): diacritics (harakat, superscript
    /// alef) and tatweel removed; أ إ آ ٱ → ا; ى → ي; hamza on a seat (ؤ ئ) → ء.
    static func foldArabic(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x064B...0x065F, 0x0670, 0x0640: continue
            case 0x0622, 0x0623, 0x0625, 0x0671: out.append("\u{0627}")
            // The seat of hamza follows the vowels around it, which suffixes change (وباء / وبائي, مسؤول / مسئول).
            case 0x0624, 0x0626: out.append("\u{0621}")
            case 0x0649: out.append("\u{064A}")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Uzbek: the oʻ/gʻ letter written with ' ‘ ’ ` becomes U+02BB; any other apostrophe-like mark (the tutuq
    /// belgisi) becomes U+02BC, so a text typed with ASCII apostrophes still matches.
    static func foldUzbek(_ s: String) -> String {
        let marks: Set<Unicode.Scalar> = ["\u{27}", "\u{2018}", "\u{2019}", "\u{60}", "\u{2BB}", "\u{2BC}"]
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for u in s.unicodeScalars {
            if marks.contains(u) {
                out.append(previous == "o" || previous == "g" ? "\u{2BB}" : "\u{2BC}")
            } else {
                out.append(u)
            }
            previous = u
        }
        return String(out)
    }

    /// Amharic homophone letters written interchangeably in modern spelling (ሀ/ሐ/ኀ, ሰ/ሠ, አ/ዐ, ጸ/ፀ): each
    /// series folds to one, keeping the vowel order (the column within the eight-syllable row).
    static func foldEthiopicHomophones(_ s: String) -> String {
        // Start of a row → start of the row it is folded into.
        let rows: [UInt32: UInt32] = [0x1210: 0x1200, 0x1280: 0x1200, 0x1220: 0x1230, 0x12D0: 0x12A0, 0x1340: 0x1338]
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let v = u.value
            if (0x1200...0x1357).contains(v), let target = rows[v - (v - 0x1200) % 8],
                let f = Unicode.Scalar(target + (v - 0x1200) % 8)
            {
                out.append(f)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// Amharic: the last syllable in its sixth order (the consonant without a vowel), when it is in another
    /// order: the form before a vowel suffix fused with it. Only in the regular rows of U+1200–U+1357.
    static func ethiopicSixthOrder(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count >= 2, let last = scalars.last, (0x1200...0x1357).contains(last.value) else { return nil }
        let order = (last.value - 0x1200) % 8
        guard order != 5, order != 7, let sixth = Unicode.Scalar(last.value - order + 5) else { return nil }
        return String(scalars: scalars.dropLast() + [sixth])
    }

    /// Swahili verb prefixes: subject (ni u a tu m wa i li ya ki vi zi ku pa) then tense (na li ta me ki ka nge),
    /// an optional relative (ye o cho vyo lo yo zo po ko mo) and object marker, or the habitual hu- with an optional
    /// object marker: wanakohoa → kohoa, huwaambukiza → ambukiza, ilienea → enea. What remains must be at least
    /// three letters and, unless `anyFinalVowel`, end in -a as the indicative does (so wananchi does not give nchi).
    static func swahiliVerbStems(_ w: String, anyFinalVowel: Bool) -> [String] {
        let s = Array(w.unicodeScalars)
        // Every verb form here starts with a subject prefix and a tense, or hu-: at least 5 letters.
        guard s.count >= 5 else { return [] }
        var out: [String] = []
        func accept(_ from: Int) {
            guard s.count - from >= 3, let last = s.last,
                anyFinalVowel ? "aeiou".unicodeScalars.contains(last) : last == "a"
            else { return }
            let stem = String(scalars: s[from...])
            if !out.contains(stem) { out.append(stem) }
        }
        func has(_ affix: [Unicode.Scalar], at i: Int) -> Bool {
            i + affix.count <= s.count && s[i..<(i + affix.count)].elementsEqual(affix)
        }
        func withObjects(_ i: Int) {
            accept(i)
            for o in swahiliObjects where has(o, at: i) { accept(i + o.count) }
        }
        for subject in swahiliSubjects where has(subject, at: 0) {
            for t in swahiliTenses where has(t, at: subject.count) {
                let rest = subject.count + t.count
                withObjects(rest)
                for r in swahiliRelatives where has(r, at: rest) { withObjects(rest + r.count) }
            }
        }
        if has(["h", "u"], at: 0) { withObjects(2) }
        return out
    }

    static let swahiliSubjects = ["ni", "u", "a", "tu", "m", "mu", "wa", "i", "li", "ya", "ki", "vi", "zi", "ku", "pa"]
        .map { Array($0.unicodeScalars) }
    static let swahiliTenses = ["na", "li", "ta", "me", "ki", "ka", "nge"].map { Array($0.unicodeScalars) }
    static let swahiliRelatives = ["ye", "o", "cho", "vyo", "lo", "yo", "zo", "po", "ko", "mo"].map {
        Array($0.unicodeScalars)
    }
    static let swahiliObjects = ["ni", "ku", "m", "mw", "tu", "wa", "i", "li", "ya", "ki", "vi", "zi", "u"].map {
        Array($0.unicodeScalars)
    }

    /// Arabic verbal nouns with a long ā before the last consonant (انتشار, انتقال, إصابة is not one) are also
    /// tried without it, as the verb (انتشر, انتقل): for the derived-form matcher only.
    static func arabicMasdarVerb(_ s: [Unicode.Scalar]) -> String? {
        guard s.count >= 5, s[s.count - 2] == "\u{0627}" else { return nil }
        return String(scalars: s.dropLast(2) + [s[s.count - 1]])
    }

    /// Indonesian/Malay meN-/peN- recoding (Asian et al. 2005, "Stemming Indonesian"): meny-/peny- + vowel
    /// was s-, mem-/pem- + vowel was p-, men-/pen- + vowel was t-, meng-/peng- + vowel was k-.
    static func malayRecodings(prefix: String, rest: String) -> [String] {
        guard let first = rest.unicodeScalars.first, "aeiou".unicodeScalars.contains(first) else { return [] }
        switch prefix {
        case "meny", "peny": return ["s" + rest]
        case "mem", "pem": return ["p" + rest]
        case "men", "pen": return ["t" + rest]
        case "meng", "peng": return ["k" + rest]
        default: return []
        }
    }

    /// Filipino: -um-/-in- after the first consonant (sumulat, sinulat ← sulat) and a reduplicated first
    /// syllable (susulat ← sulat).
    static func filipinoForms(_ s: [Unicode.Scalar]) -> [String] {
        var out: [String] = []
        let vowels = "aeiou".unicodeScalars
        if s.count >= 5, !vowels.contains(s[0]), (s[1] == "u" && s[2] == "m") || (s[1] == "i" && s[2] == "n"),
            vowels.contains(s[3])
        {
            out.append(String(scalars: [s[0]] + s[3...]))
        }
        if s.count >= 6, !vowels.contains(s[0]), vowels.contains(s[1]), s[2] == s[0], s[3] == s[1] {
            out.append(String(scalars: s[2...]))
        }
        return out
    }

    /// The word without tone marks (combining grave, acute, macron; also the circumflex and caron some
    /// writers use for contour tones); the dot below and other letters stay. NFC in, NFC out.
    static func removeToneMarks(_ s: String) -> String {
        let d = Normalizer.normalize(s, .nfd)
        let kept = d.unicodeScalars.filter { ![0x0300, 0x0301, 0x0304, 0x0302, 0x030C].contains($0.value) }
        return Normalizer.normalize(String(scalars: kept), .nfc)
    }
}
