import ICU

extension QAChecks {
    /// Letters in the target locale's script (ICU likely subtags): a word mixing scripts is almost always a
    /// look-alike letter (Latin "o" in a Russian word); a word wholly in another script must come from the
    /// source (a name, an acronym) or the allow-list.
    public static let script = QACheck(
        id: "script", title: "letters in the locale's script", severity: .warning
    ) { input, context in
        let native = context.facts(input.targetLocale).letterScripts
        guard !native.isEmpty else { return [] }
        let sourceWords = Set(words(input.sourceText).map { CaseMapping.folded($0.text) })
        let allowed = Set(context.allowedIdentical.map(CaseMapping.folded))
        let spans = protectedSpans(input.targetText).map(\.range)
        var out: [String] = [], reported = Set<String>()
        let nativeNames = native.map(\.name).sorted().joined(separator: " or ")
        func known(_ text: String) -> Bool {
            let f = CaseMapping.folded(text)
            return sourceWords.contains(f) || allowed.contains(f)
        }
        for word in words(input.targetText) where !spans.contains(where: { $0.overlaps(word.range) }) {
            // Runs of letters in another script; a name from the source may carry a native particle (ADB와, ከADB).
            var runs: [(Script, String)] = [], hasNative = false
            var current: (Script, String)?
            for s in word.text.unicodeScalars {
                let sc = Script.of(s)
                let isForeign = CharacterProperties.isAlphabetic(s) && sc != .common && sc != .inherited && !native.contains(sc)
                if CharacterProperties.isAlphabetic(s) && native.contains(sc) { hasNative = true }
                if isForeign {
                    if let c = current, c.0 == sc { current = (sc, c.1 + String(s)) } else {
                        if let c = current { runs.append(c) }
                        current = (sc, String(s))
                    }
                } else if let c = current, sc != .inherited {
                    runs.append(c)
                    current = nil
                }
            }
            if let c = current { runs.append(c) }
            guard !runs.isEmpty, reported.insert(word.text).inserted else { continue }
            if !hasNative {
                if !known(word.text), let other = runs.first?.0 {
                    out.append("\(quoted(word.text)) is in \(other.name) script, not in the source, and \(input.targetLocale) is written in \(nativeNames); transliterate or translate it, or add it to the allow-list")
                }
            } else if let (other, letters) = runs.first(where: { !known($0.1) }) {
                out.append("\(quoted(word.text)) mixes scripts: \(quoted(letters)) \(letters.unicodeScalars.count == 1 ? "is" : "are") \(other.name), the rest \(nativeNames); a look-alike letter? retype it")
            }
        }
        return out
    }

    /// Text in Unicode NFC: tone marks of Vietnamese, Yoruba and Igbo composed the way every other tool expects.
    public static let nfc = QACheck(id: "nfc", title: "text in Unicode NFC", severity: .error) { input, _ in
        guard !Normalizer.isNormalized(input.targetText, .nfc) else { return [] }
        let bad = input.targetText.first { !Normalizer.isNormalized(String($0), .nfc) }.map(String.init) ?? ""
        let code = bad.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) }.joined(separator: " ")
        return ["the target is not in NFC: \(quoted(bad)) is written \(code) instead of \(quoted(Normalizer.nfc(bad))) (\(Normalizer.nfc(bad).unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) }.joined(separator: " "))); save the text normalized (NFC)"]
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
            let mark = pair.unicodeScalars.last.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) } ?? ""
            return "\(quoted(pair)) (\(found[pair] ?? 0)×) uses \(mark); write \(quoted(letter + "\u{02BB}")) with U+02BB MODIFIER LETTER TURNED COMMA"
        }
    }

    /// Maximal runs of non-space characters, trimmed of punctuation, with their scalar ranges.
    static func words(_ text: String) -> [(text: String, range: Range<Int>)] {
        let t = Array(text.unicodeScalars)
        var out: [(String, Range<Int>)] = []
        var i = 0
        func isWordChar(_ s: Unicode.Scalar) -> Bool {
            CharacterProperties.isAlphabetic(s) || CharacterProperties.digitValue(s) != nil || Script.of(s) == .inherited
        }
        while i < t.count {
            while i < t.count && CharacterProperties.isWhiteSpace(t[i]) { i += 1 }
            var e = i
            while e < t.count && !CharacterProperties.isWhiteSpace(t[e]) { e += 1 }
            var a = i, b = e
            while a < b && !isWordChar(t[a]) { a += 1 }
            while b > a && !isWordChar(t[b - 1]) { b -= 1 }
            if a < b { out.append((String(String.UnicodeScalarView(t[a..<b])), a..<b)) }
            i = e
        }
        return out
    }
}
