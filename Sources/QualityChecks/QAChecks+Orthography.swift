import Foundation
import ICU

extension QAChecks {
    /// A word written twice in a row ("это это", "the the"), as Translate Toolkit's `doublewords` finds it, on
    /// whole words: letter runs as the script checks read them, so a word with its particle or affix ("정부
    /// 정부는") is a different word. Only white space may stand between the two (a comma marks an intended
    /// repetition); where the source repeats a word itself, the target may too. Not in the languages whose own
    /// text repeats words as grammar (`reduplicating`).
    public static let repeatedWord = QACheck(
        id: "repeated-word", title: "a word written twice in a row", severity: .warning
    ) { input, context in
        guard !reduplicating.contains(context.facts(input.targetLocale).language) else { return [] }
        // A source that repeats a word ("very very") means it; its translation may too.
        guard repetitions(input.sourceText).isEmpty else { return [] }
        let target = Array(input.targetText.unicodeScalars)
        var out: [String] = [], reported = Set<String>()
        for r in repetitions(input.targetText) {
            guard reported.insert(CaseMapping.folded(r.word)).inserted else { continue }
            let shown = String(scalars: target[r.range])
            out.append(
                "\(quoted(shown)): the word \(quoted(r.word)) is written twice in a row (column \(r.range.lowerBound + 1)); remove one, or suppress the finding if the repetition is meant"
            )
        }
        return out
    }

    /// The languages in which a word written twice in a row can be grammar, not a slip: Amharic (ዋና ዋና "the
    /// main ones", ቶሎ ቶሎ "quickly"), Igbo (iche iche), Yoruba (ṣe ṣe) and Vietnamese (dần dần "gradually"; and
    /// its spaces separate syllables: "truyền thông thông minh" is two words). Taken from the corpora, not
    /// chosen: a language is here when its UDHR paragraphs and Universal Dependencies sentences repeat at least
    /// two different lower-case words (`RepeatedWordTests` measures it). One is not enough: Korean's only one is
    /// a colloquial "진짜 진짜" ("really really"), Indonesian's a slip for kelenteng-kelenteng.
    public static let reduplicating: Set<String> = ["am", "ig", "vi", "yo"]

    /// The words written twice in a row in `text`, as `repeated-word` finds them.
    public static func repeatedWords(in text: String) -> [String] { repetitions(text).map(\.word) }

    /// The words of `text` that follow themselves with only white space between (compared case-folded), with
    /// the scalar range of the pair. A word is what white space delimits, without the punctuation that ends it,
    /// so "24개국 24개국" is a repetition; it must hold a letter ("24 24" is not), and punctuation between the two
    /// ("no, no") makes the repetition intended — unless the second copy has the same punctuation.
    /// An ASCII scalar with A–Z folded to a–z.
    @inline(__always) static func asciiFolded(_ s: Unicode.Scalar) -> UInt32 {
        (0x41...0x5A).contains(s.value) ? s.value | 0x20 : s.value
    }

    static func repetitions(_ text: String) -> [(word: String, range: Range<Int>)] {
        let t = Array(text.unicodeScalars)
        var tokens: [Range<Int>] = [], i = 0
        while i < t.count {
            if CharacterProperties.isWhiteSpace(t[i]) { i += 1; continue }
            var e = i
            while e < t.count && !CharacterProperties.isWhiteSpace(t[e]) { e += 1 }
            tokens.append(i..<e)
            i = e
        }
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            CharacterProperties.isAlphabetic(s) || CharacterProperties.digitValue(s) != nil
                || Script.of(s) == .inherited
        }
        var out: [(String, Range<Int>)] = []
        for (a, b) in zip(tokens, tokens.dropFirst()) {
            // A token copied twice, punctuation and all ("아시아개발은행(ADB), 아시아개발은행(ADB),"), is a slip too.
            if t[a].elementsEqual(t[b]), t[a].filter(CharacterProperties.isAlphabetic).count >= 2 {
                out.append((String(scalars: t[a]), a.lowerBound..<b.upperBound))
                continue
            }
            guard let last = t[a].last, isWordScalar(last), let first = t[b].first, isWordScalar(first) else {
                continue
            }
            let end = t[b].lastIndex(where: isWordScalar).map { $0 + 1 } ?? b.upperBound
            // ASCII folds letter by letter: two ASCII words that differ in length or in a letter beyond case
            // cannot fold alike (most neighbours end here, without building a string).
            if t[a].allSatisfy(\.isASCII), t[b.lowerBound..<end].allSatisfy(\.isASCII),
                !t[a].elementsEqual(t[b.lowerBound..<end], by: { x, y in Self.asciiFolded(x) == Self.asciiFolded(y) })
            {
                continue
            }
            let left = String(scalars: t[a]),
                right = String(scalars: t[b.lowerBound..<end])
            guard left.unicodeScalars.contains(where: CharacterProperties.isAlphabetic),
                CaseMapping.folded(left) == CaseMapping.folded(right)
            else { continue }
            out.append((left, a.lowerBound..<end))
        }
        return out
    }

    /// Marks a language's orthography needs — Yoruba tones and dots below, Igbo dots, Hausa hooked letters,
    /// Vietnamese tones, the Uzbek ʻ — present about as often as in the language's text. A target written with
    /// far fewer letters outside basic Latin than the language's norm (`MarkedLetters.udhr`, measured on the
    /// UDHR) has most likely lost them (typed on a keyboard without them, or stripped by a tool). Words the
    /// source has (names, acronyms), URLs and codes do not count. Judged by the binomial tail: fewer marked
    /// letters than a text of the language would have with probability under 1 in 10,000. A short segment
    /// says little, so `jeju check` also judges each file's segments together (see `MarkedLetters`).
    public static let diacritics = QACheck(
        id: "diacritics", title: "the marks the language's orthography needs", severity: .warning
    ) { input, context in
        guard let norm = MarkedLetters.udhr[context.facts(input.targetLocale).language],
            let count = markedLetterCount(input, context),
            let message = norm.judge(count, language: context.facts(input.targetLocale).language, across: nil)
        else { return [] }
        return [message]
    }

    /// The letters of the target that count for `diacritics` and how many of them are outside basic Latin; nil
    /// where the locale has no norm.
    static func markedLetterCount(_ input: QAInput, _ context: QAContext) -> MarkedLetters.Count? {
        guard MarkedLetters.udhr[context.facts(input.targetLocale).language] != nil else { return nil }
        let sourceWords = context.foldedWords(input.sourceText)
        let spans = context.protectedSpans(input.targetText).map(\.range)
        var count = MarkedLetters.Count()
        for word in context.letterRuns(Normalizer.normalize(input.targetText, .nfc))
        where !sourceWords.contains(CaseMapping.folded(word.text))
            && !spans.contains(where: { $0.overlaps(word.range) })
        {
            count.add(word.text)
        }
        return count
    }
}

/// How often a language's letters lie outside basic Latin (a–z): the norm the `diacritics` check holds a target
/// to. Measured on the Universal Declaration of Human Rights in `../shared/corpora/udhr` (every paragraph, text in
/// NFC, letters as the script checks read them); only languages written in Latin script where at least 1% of the
/// letters are marked have one. `MarkedLetterTests` repeats the measurement and compares.
public struct MarkedLetters: Sendable, Equatable {
    /// The share of letters outside basic Latin.
    public var rate: Double

    /// A norm.
    public init(rate: Double) { self.rate = rate }

    /// The norms, by language subtag.
    public static let udhr: [String: MarkedLetters] = [
        "ha": MarkedLetters(rate: 0.0184),
        "ig": MarkedLetters(rate: 0.1091),
        "uz": MarkedLetters(rate: 0.0176),
        "vi": MarkedLetters(rate: 0.3158),
        "yo": MarkedLetters(rate: 0.3919),
    ]

    /// Letters counted, and how many are outside basic Latin.
    public struct Count: Sendable, Equatable {
        public var letters = 0, marked = 0
        /// A count.
        public init(letters: Int = 0, marked: Int = 0) {
            self.letters = letters
            self.marked = marked
        }

        /// Counts the letters of `word` (NFC).
        public mutating func add(_ word: String) {
            for s in word.unicodeScalars where CharacterProperties.isAlphabetic(s) {
                letters += 1
                if s.value > 0x7F { marked += 1 }
            }
        }

        /// The two counts together.
        public static func + (a: Count, b: Count) -> Count {
            Count(letters: a.letters + b.letters, marked: a.marked + b.marked)
        }
    }

    /// Below this many letters a text is not judged.
    public static let minimumLetters = 20
    /// The probability under which a count is reported: 1 in 10,000.
    public static let threshold = log(1e-4)

    /// The share of letters outside basic Latin in `paragraphs`, the way the norms were measured.
    public static func measure(_ paragraphs: [String]) -> Double {
        var count = Count()
        for p in paragraphs {
            for word in QAChecks.letterRuns(Normalizer.normalize(p, .nfc)) { count.add(word.text) }
        }
        return count.letters == 0 ? 0 : Double(count.marked) / Double(count.letters)
    }

    /// log P(X ≤ k) for X binomial(n, rate): how probable so few marked letters are in a text of the language.
    public func logProbability(atMost k: Int, of n: Int) -> Double {
        guard rate > 0, rate < 1 else { return 0 }
        let lp = log(rate), lq = log(1 - rate)
        let whole: Double = Foundation.lgamma(Double(n + 1))
        let terms: [Double] = (0...min(k, n)).map { i in
            let ways: Double = whole - Foundation.lgamma(Double(i + 1)) - Foundation.lgamma(Double(n - i + 1))
            return ways + Double(i) * lp + Double(n - i) * lq
        }
        let top = terms.max() ?? 0
        return top + log(terms.reduce(0) { $0 + exp($1 - top) })
    }

    /// The finding for `count`, or nil when it is usual for the language; `across` names the segments counted
    /// together (for a file).
    public func judge(_ count: Count, language: String, across: Int?) -> String? {
        guard count.letters >= Self.minimumLetters, Double(count.marked) < rate * Double(count.letters),
            logProbability(atMost: count.marked, of: count.letters) < Self.threshold
        else { return nil }
        let share = String(format: "%.1f%%", 100 * Double(count.marked) / Double(count.letters))
        let where_ = across.map { "the \($0) segments of this file have" } ?? "the target has"
        return
            "\(where_) \(count.marked) letter(s) with marks or outside a–z in \(count.letters) (\(share)); \(language) text has about \(String(format: "%.1f%%", 100 * rate)): were the marks of its orthography lost? retype them"
    }
}

extension QAChecks {
    /// Latin words the source has, left in Latin letters in a target written in another script ("Lee In-jae" in
    /// an Amharic sentence): the `script` check lets a source word pass (it may be a name the project keeps), this
    /// one asks for it to be transliterated or translated unless it is an acronym or code (two capitals or more),
    /// a do-not-translate term or proper-name acronym of the termbase, or on the profile's `allow-identical` list.
    public static let untranslatedWords = QACheck(
        id: "untranslated-words", title: "source words left in Latin letters in a target in another script",
        severity: .warning
    ) { input, context in
        guard let (native, sourceWords, allowed, spans) = scriptContext(input, context),
            !native.contains(where: { $0.isoCode == "Latn" })
        else { return [] }
        var left: [String] = [], seen = input.isMessageFormat ? argumentNames(input.sourceText) : []
        for word in context.letterRuns(input.targetText) where !spans.contains(where: { $0.overlaps(word.range) }) {
            // The Latin part of a word: a native particle may be attached to it (በJeju, ADB와).
            for latin in latinParts(word.text) {
                let folded = CaseMapping.folded(latin)
                guard sourceWords.contains(folded), !allowed.contains(folded), seen.insert(folded).inserted else {
                    continue
                }
                let capitals = latin.unicodeScalars.filter { CaseMapping.lowercased(String($0)) != String($0) }.count
                if capitals >= 2 || (input.isMessageFormat && messageFormatKeywords.contains(folded)) { continue }
                left.append(latin)
            }
        }
        guard !left.isEmpty else { return [] }
        let names = native.map(\.name).sorted().joined(separator: " or ")
        return [
            "\(left.map(quoted).joined(separator: ", ")) \(left.count == 1 ? "is" : "are") left in Latin letters as in the source, in a \(input.targetLocale) text written in \(names): transliterate or translate \(left.count == 1 ? "it" : "them"), or mark the name do-not-translate in the termbase or allow it in the profile"
        ]
    }

    /// The runs of Latin letters in `word` (marks and common characters join the run they follow).
    static func latinParts(_ word: String) -> [String] {
        var out: [String] = [], current = String.UnicodeScalarView(), inLatin = false
        for s in word.unicodeScalars {
            let script = Script.of(s)
            if script == .common || script == .inherited {
                if inLatin { current.append(s) }
            } else if script.isoCode == "Latn" {
                current.append(s)
                inLatin = true
            } else {
                if inLatin { out.append(String(current)) }
                current = String.UnicodeScalarView()
                inLatin = false
            }
        }
        if inLatin { out.append(String(current)) }
        return out
    }

    /// The argument names of a MessageFormat pattern ("{count, plural, …}", "{language}"), folded: code, not words.
    static func argumentNames(_ pattern: String) -> Set<String> {
        let t = Array(pattern.unicodeScalars)
        var out = Set<String>(), i = 0
        while i < t.count {
            defer { i += 1 }
            guard t[i] == "{" else { continue }
            var j = i + 1
            while j < t.count && CharacterProperties.isWhiteSpace(t[j]) { j += 1 }
            var k = j
            while k < t.count
                && (CharacterProperties.isAlphabetic(t[k]) || CharacterProperties.digitValue(t[k]) != nil
                    || t[k] == "_")
            { k += 1 }
            if k > j { out.insert(CaseMapping.folded(String(scalars: t[j..<k]))) }
        }
        return out
    }
}
