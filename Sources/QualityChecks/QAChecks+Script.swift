import ICU

extension QAChecks {
    /// Letters in the target locale's script (ICU likely subtags). A run of letters mixing scripts is almost
    /// always a look-alike letter (Latin "o" in a Russian word); a run wholly in another script must come from
    /// the source (a name), be an acronym, code or Roman numeral (SARS, CoV, WHO, II), or be on the allow-list. A name
    /// from the source may carry a native particle (ADB와, ከADB).
    public static let script = QACheck(
        id: "script", title: "letters in the locale's script", severity: .warning
    ) { input, context in
        guard let (native, sourceWords, allowed, spans) = scriptContext(input, context) else { return [] }
        var out: [String] = [], reported = Set<String>()
        let nativeNames = native.map(\.name).sorted().joined(separator: " or ")
        func known(_ text: String) -> Bool {
            let f = CaseMapping.folded(text)
            // Acronyms and codes (WHO, II, CoV, WeGO): two capitals or more.
            let capitals = text.unicodeScalars.filter { CaseMapping.lowercased(String($0)) != String($0) }.count
            return capitals >= 2 || sourceWords.contains(f) || allowed.contains(f)
        }
        for word in context.letterRuns(input.targetText) where !spans.contains(where: { $0.overlaps(word.range) }) {
            var runs: [(Script, String)] = [], hasNative = false
            var current: (Script, String)?
            for s in word.text.unicodeScalars {
                let sc = Script.of(s)
                if sc == .inherited || sc == .common {
                    if let c = current { current = (c.0, c.1 + String(s)) }
                    continue
                }
                if native.contains(sc) {
                    hasNative = true
                    if let c = current { runs.append(c); current = nil }
                } else if let c = current, c.0 == sc {
                    current = (sc, c.1 + String(s))
                } else {
                    if let c = current { runs.append(c) }
                    current = (sc, String(s))
                }
            }
            if let c = current { runs.append(c) }
            guard let (other, letters) = runs.first(where: { !known($0.1) }), reported.insert(word.text).inserted else {
                continue
            }
            if hasNative {
                out.append(
                    "\(quoted(word.text)) mixes scripts: \(quoted(letters)) \(letters.unicodeScalars.count == 1 ? "is" : "are") \(other.name), the rest \(nativeNames); a look-alike letter? retype it"
                )
            } else {
                out.append(
                    "\(quoted(word.text)) is in \(other.name) script, not in the source, and \(input.targetLocale) is written in \(nativeNames); transliterate or translate it, or add it to the allow-list"
                )
            }
        }
        return out
    }

    /// What both script checks read: the locale's letter scripts (nil when ICU knows none), the source's words
    /// (folded) — in a MessageFormat pattern with its keywords, since a language may need plural keywords the
    /// source lacks (few, many) — the allow-list's words, and the target's protected spans (URLs, codes).
    static func scriptContext(_ input: QAInput, _ context: QAContext)
        -> (native: Set<Script>, sourceWords: Set<String>, allowed: Set<String>, spans: [Range<Int>])?
    {
        let native = context.facts(input.targetLocale).letterScripts
        guard !native.isEmpty else { return nil }
        let words = context.foldedWords(input.sourceText)
        let sourceWords = input.isMessageFormat ? words.union(messageFormatKeywords) : words
        return (
            native, sourceWords, context.allowedIdenticalWords, context.protectedSpans(input.targetText).map(\.range)
        )
    }

    /// ICU MessageFormat's keywords, which are syntax in every language.
    static let messageFormatKeywords: Set<String> = [
        "plural", "select", "selectordinal", "number", "date", "time", "spellout", "ordinal", "duration", "offset",
        "zero", "one", "two", "few", "many", "other", "integer", "percent", "currency", "short", "medium", "long",
        "full",
    ]

    /// A target written (mostly) in another script than its language's: the wrong file, the wrong language tag or
    /// a paste from another translation. Letters from the source (names, acronyms), the allow-list and protected
    /// spans (URLs, codes) do not count. An error: such a page would show readers a language they did not choose.
    public static let wrongScript = QACheck(
        id: "wrong-script", title: "the target in its language's script", severity: .error
    ) { input, context in
        guard let (native, sourceWords, allowed, spans) = scriptContext(input, context) else { return [] }
        var nativeCount = 0, foreign: [Script: Int] = [:]
        for word in context.letterRuns(input.targetText) where !spans.contains(where: { $0.overlaps(word.range) }) {
            let f = CaseMapping.folded(word.text)
            if sourceWords.contains(f) || allowed.contains(f) { continue }
            for s in word.text.unicodeScalars {
                let sc = Script.of(s)
                if sc == .inherited || sc == .common { continue }
                if native.contains(sc) { nativeCount += 1 } else { foreign[sc, default: 0] += 1 }
            }
        }
        let foreignCount = foreign.values.reduce(0, +)
        guard foreignCount >= 4, foreignCount > nativeCount,
            let (main, _) = foreign.max(by: {
                $0.value < $1.value || ($0.value == $1.value && $0.key.name > $1.key.name)
            })
        else { return [] }
        let names = native.map(\.name).sorted().joined(separator: " or ")
        return [
            "the target is written in \(main.name) script, but \(input.targetLocale) is written in \(names): is this the translation for another language?"
        ]
    }

    /// Text in Unicode NFC: tone marks of Vietnamese, Yoruba and Igbo composed the way every other tool expects.
    public static let nfc = QACheck(id: "nfc", title: "text in Unicode NFC", severity: .error) { input, _ in
        guard !Normalizer.isNormalized(input.targetText, .nfc) else { return [] }
        let bad = input.targetText.first { !Normalizer.isNormalized(String($0), .nfc) }.map(String.init) ?? ""
        let code = bad.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) }.joined(
            separator: " ")
        return [
            "the target is not in NFC: \(quoted(bad)) is written \(code) instead of \(quoted(Normalizer.nfc(bad))) (\(Normalizer.nfc(bad).unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) }.joined(separator: " "))); save the text normalized (NFC)"
        ]
    }

    /// Uzbek (Latin) oʻ and gʻ with U+02BB MODIFIER LETTER TURNED COMMA, not an apostrophe or quotation mark.
    public static let uzbekApostrophe = QACheck(
        id: "uzbek-okina", title: "Uzbek oʻ and gʻ written with U+02BB", severity: .error
    ) { input, context in
        let facts = context.facts(input.targetLocale)
        guard facts.language == "uz", facts.letterScripts.contains(where: { $0.isoCode == "Latn" }) else { return [] }
        let t = Array(input.targetText.unicodeScalars)
        var found: [String: Int] = [:]
        for i in t.indices.dropLast() where "oOgG".unicodeScalars.contains(t[i]) {
            let next = t[i + 1]
            guard [0x27, 0x2018, 0x2019, 0x02BC, 0x60, 0xB4, 0x02B9].contains(next.value) else { continue }
            found[String(t[i]) + String(next), default: 0] += 1
        }
        return found.keys.sorted().map { pair in
            let letter = String(pair.unicodeScalars.first.map(Character.init) ?? "o")
            let mark =
                pair.unicodeScalars.last.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) } ?? ""
            return
                "\(quoted(pair)) (\(found[pair] ?? 0)×) uses \(mark); write \(quoted(letter + "\u{02BB}")) with U+02BB MODIFIER LETTER TURNED COMMA"
        }
    }

    /// Maximal runs of letters (with their combining marks and the ’ʻʼ inside a word), with scalar ranges.
    static func letterRuns(_ text: String) -> [(text: String, range: Range<Int>)] {
        let t = Array(text.unicodeScalars)
        var out: [(String, Range<Int>)] = []
        func isLetter(_ i: Int) -> Bool {
            let s = t[i]
            // No ASCII character is of the inherited script.
            if CharacterProperties.isAlphabetic(s) || (s.value >= 0x80 && Script.of(s) == .inherited) { return true }
            // Apostrophes and the Uzbek ʻ inside a word belong to it (oʻzbek, jami’ai).
            switch s.value {
            case 0x2BB, 0x2BC, 0x2019, 0x27:
                return i > 0 && i + 1 < t.count && CharacterProperties.isAlphabetic(t[i - 1])
                    && CharacterProperties.isAlphabetic(t[i + 1])
            default: return false
            }
        }
        // Each run's text is cut from `text` by index (its UTF-8 copied once), the index kept in step with i.
        let scalars = text.unicodeScalars
        var index = scalars.startIndex, at = 0
        func advance(to offset: Int) {
            while at < offset {
                scalars.formIndex(after: &index)
                at += 1
            }
        }
        var i = 0
        while i < t.count {
            guard isLetter(i) else { i += 1; continue }
            var e = i
            while e < t.count && isLetter(e) { e += 1 }
            advance(to: i)
            let start = index
            advance(to: e)
            out.append((String(scalars[start..<index]), i..<e))
            i = e
        }
        return out
    }
}
