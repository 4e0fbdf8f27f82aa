import ICU

extension QAChecks {
    /// The sentence end kept in kind: a source ending in a full stop, question or exclamation mark needs a
    /// target ending in one of the same kind, in the target's own form (። in Amharic, ؟ in Arabic); a source
    /// without one needs a target without a full stop.
    public static let sentenceEnd = QACheck(
        id: "sentence-end", title: "sentence end kept in kind (. ። ؟ ? !)", severity: .warning
    ) { input, context in
        guard !isBlank(input.targetText) else { return [] }
        let source = lastSignificant(input.sourceText), target = lastSignificant(input.targetText)
        let sourceKind = source.flatMap(endKind), targetKind = target.flatMap(endKind)
        guard sourceKind != targetKind else { return [] }
        let expected = context.facts(input.targetLocale).punctuationByKind
        if let sourceKind, let source {
            let forms = (expected[sourceKind] ?? [source]).sorted { $0.value < $1.value }.map { quoted(String($0)) }
            return [
                "the source ends with a \(sourceKind.rawValue) (\(quoted(String(source)))); end the target with "
                    + forms.joined(separator: " or ")
                    + (targetKind != nil ? target.map { " instead of \(quoted(String($0)))" } ?? "" : "")
            ]
        }
        guard let targetKind, targetKind == .fullStop, let target, let source,
            CharacterProperties.isAlphabetic(source) || CharacterProperties.digitValue(source) != nil
        else { return [] }
        return ["the source has no \(targetKind.rawValue) at the end; remove the target's \(quoted(String(target)))"]
    }

    /// Punctuation in the target locale's own form, as CLDR lists it: Ethiopic ። ፣ ፤ in Amharic (not . , ;
    /// nor the typewriter "::"), Arabic ، ؛ ؟ (not , ; ?). The dots of abbreviations ("ዓ.ም.") are not full stops.
    public static let localePunctuation = QACheck(
        id: "locale-punctuation",
        title: "punctuation of the locale (Ethiopic in Amharic, Arabic comma and question mark)",
        severity: .warning
    ) { input, context in
        guard !input.isMessageFormat else { return [] }  // MessageFormat syntax is not prose
        let expected = context.facts(input.targetLocale).punctuationByKind
        guard !expected.isEmpty else { return [] }
        let t = Array(input.targetText.unicodeScalars)
        let spans = context.protectedSpans(input.targetText).map(\.range)
        var out: [String] = [], reported = Set<Unicode.Scalar>()
        func isDigit(_ i: Int) -> Bool { t.indices.contains(i) && CharacterProperties.digitValue(t[i]) != nil }
        func isColonLike(_ s: Unicode.Scalar) -> Bool {
            let name = CharacterProperties.name(s)
            return s == ":" || name.hasSuffix(" WORDSPACE")
        }
        // The typewriter full stop "::" (or two wordspaces ፡፡) where the script has its own full stop.
        if let stops = expected[.fullStop], let own = stops.first(where: { Script.of($0) != .common }) {
            for i in t.indices.dropLast() where isColonLike(t[i]) && isColonLike(t[i + 1]) {
                out.append(
                    "\(quoted(String(t[i]) + String(t[i + 1]))) stands for a full stop; write \(quoted(String(own)))")
                break
            }
        }
        for (i, s) in t.enumerated() {
            guard let kind = PunctuationKind.of(s), let forms = expected[kind], !forms.contains(s) else { continue }
            // Separators inside numbers, URLs and e-mail addresses, and abbreviation dots, are not punctuation.
            if isDigit(i - 1) && isDigit(i + 1) { continue }
            if spans.contains(where: { $0.contains(i) }) { continue }
            if kind == .fullStop, i + 1 < t.count, CharacterProperties.isAlphabetic(t[i + 1]) { continue }
            // The last dot of a dotted abbreviation ("ዓ.ም." in an Amharic date, "U.S."): letter, dot, letter, dot.
            if kind == .fullStop, i >= 3, t[i - 2] == s, CharacterProperties.isAlphabetic(t[i - 1]),
                CharacterProperties.isAlphabetic(t[i - 3])
            {
                continue
            }
            guard reported.insert(s).inserted else { continue }
            let written = forms.sorted { $0.value < $1.value }.map { quoted(String($0)) }.joined(separator: " or ")
            out.append("\(quoted(String(s))) is not the \(kind.rawValue) of \(input.targetLocale); write \(written)")
        }
        return out
    }

    /// Quotation marks of the target locale (CLDR): « » and „ “ in Russian, not “ ”; and those the profile
    /// accepts besides (a house style, `quotation-marks:`).
    public static let quotationMarks = QACheck(
        id: "quotation-marks", title: "quotation marks of the locale (CLDR)", severity: .warning
    ) { input, context in
        guard let quotes = context.facts(input.targetLocale).quotes else { return [] }
        let house = context.extraQuotationMarks[LanguageTag.language(of: input.targetLocale)] ?? ""
        // The language's letter apostrophe where the profile names it: 'yan begins a word, it does not open a quote.
        let letter = context.apostrophes[LanguageTag.language(of: input.targetLocale)]?.unicodeScalars.first
        let allowed = Set(
            (quotes.start + quotes.end + quotes.alternateStart + quotes.alternateEnd + house).unicodeScalars)
        let t = Array(input.targetText.unicodeScalars)
        var reported = Set<Unicode.Scalar>()
        for (i, s) in t.enumerated() where CharacterProperties.isQuotationMark(s) && !allowed.contains(s) {
            if isApostrophe(t, i) || (s == letter && isLetterApostrophe(t, i, wordInitial: true)) { continue }
            reported.insert(s)
        }
        guard !reported.isEmpty else { return [] }
        let used = reported.sorted { $0.value < $1.value }.map { String($0) }.joined()
        return [
            "\(quoted(used)) \(reported.count == 1 ? "is not a quotation mark" : "are not quotation marks") of \(input.targetLocale); "
                + "CLDR gives \(quotes.start)…\(quotes.end), inside a quotation \(quotes.alternateStart)…\(quotes.alternateEnd)"
                + (house.isEmpty ? "" : "; the profile also accepts \(house)")
        ]
    }

    /// Spacing around punctuation: no space before a full stop, comma, semicolon, colon, question or
    /// exclamation mark or a closing bracket; a space after a comma or semicolon before the next word (unless
    /// the source does the same).
    public static let punctuationSpacing = QACheck(
        id: "punctuation-spacing", title: "spacing around punctuation", severity: .warning
    ) { input, context in
        guard !input.isMessageFormat else { return [] }  // MessageFormat syntax is not prose
        let t = Array(input.targetText.unicodeScalars), s = input.sourceText
        let spans = context.protectedSpans(input.targetText).map(\.range)
        var out: [String] = []
        var reported = Set<String>()
        for i in t.indices.dropFirst() {
            let c = t[i], prev = t[i - 1]
            guard !spans.contains(where: { $0.contains(i) }) else { continue }
            let kind = PunctuationKind.of(c)
            let closes = kind != nil || c == ":" || CharacterProperties.bracketType(c) == .close
            if closes, CharacterProperties.isWhiteSpace(prev), i >= 2, !CharacterProperties.isWhiteSpace(t[i - 2]),
                !(c == "." && i + 1 < t.count && CharacterProperties.digitValue(t[i + 1]) != nil)
            {
                let pair = String(prev) + String(c)
                if !s.contains(pair), reported.insert("before" + String(c)).inserted {
                    out.append("space before \(quoted(String(c))); remove it")
                }
            }
            if let kind, kind == .comma || kind == .semicolon || kind == .questionMark || kind == .exclamationMark,
                i + 1 < t.count, CharacterProperties.isAlphabetic(t[i + 1]),
                CharacterProperties.isAlphabetic(prev) || CharacterProperties.digitValue(prev) != nil
            {
                let pair = String(c) + String(t[i + 1])
                if !s.contains(pair), reported.insert("after" + String(c)).inserted {
                    out.append("no space after \(quoted(String(c))) before \(quoted(String(t[i + 1]))); add one")
                }
            }
        }
        return out
    }

    /// Brackets and quotation marks paired in the target as in the source (a quotation that runs on into the
    /// next segment is unpaired in both). Quotation marks pair by the target locale's CLDR delimiters or the
    /// source's, whichever pairs more.
    public static let brackets = QACheck(
        id: "brackets", title: "unpaired brackets and quotation marks", severity: .error
    ) { input, context in
        guard !input.isMessageFormat else { return [] }  // MessageFormat syntax is not prose
        let sourceQuotes = context.facts(input.sourceLocale).quotes,
            targetQuotes = context.facts(input.targetLocale).quotes
        let s = unpaired(input.sourceText, quotes: [sourceQuotes, targetQuotes].compactMap { $0 })
        // Quotation marks of the source's convention pair too (the quotation-marks check says they are wrong).
        let t =
            [[targetQuotes, sourceQuotes], [sourceQuotes, targetQuotes]].map {
                unpaired(input.targetText, quotes: $0.compactMap { $0 })
            }
            .min { $0.count < $1.count } ?? []
        guard t.count > s.count else { return [] }
        let chars = t.map { String($0) }.joined(separator: " ")
        return [
            "unpaired \(chars) in the target" + (s.isEmpty ? "" : " (the source leaves \(s.count) open)")
                + "; close or remove it"
        ]
    }

    // MARK: helpers

    /// The last character that is not white space, a quotation mark or a closing bracket.
    static func lastSignificant(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.reversed().first { s in
            !CharacterProperties.isWhiteSpace(s) && !CharacterProperties.isQuotationMark(s)
                && CharacterProperties.bracketType(s) != .close && !CharacterProperties.isBidiControl(s)
        }
    }

    static func endKind(_ s: Unicode.Scalar) -> PunctuationKind? {
        guard let k = PunctuationKind.of(s), k == .fullStop || k == .questionMark || k == .exclamationMark else {
            return nil
        }
        return k
    }

    /// An apostrophe rather than a quotation mark: after a letter (Korea’s, dell’, oʻ) or between letters.
    static func isApostrophe(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        guard [0x27, 0x2019, 0x2018, 0x02BC, 0x60].contains(t[i].value) else { return false }
        let before = i > 0 && CharacterProperties.isAlphabetic(t[i - 1])
        let after = i + 1 < t.count && CharacterProperties.isAlphabetic(t[i + 1])
        return before && (after || t[i].value != 0x2018)
    }

    /// The brackets and quotation marks left open or closed without a partner, in order. Quotation marks pair
    /// by the conventions given, the first winning where two give a mark different roles (“ opens in English,
    /// closes in Russian).
    static func unpaired(_ text: String, quotes conventions: [QuotationDelimiters]) -> [Unicode.Scalar] {
        var pairs: [Unicode.Scalar: Unicode.Scalar] = [:]  // closer → opener
        var openers = Set<Unicode.Scalar>(), toggles = Set<Unicode.Scalar>(["\""])
        for q in conventions {
            for (a, b) in [(q.start, q.end), (q.alternateStart, q.alternateEnd)] {
                guard let o = a.unicodeScalars.first, let c = b.unicodeScalars.first else { continue }
                let used = openers.union(pairs.keys).union(toggles)
                if o == c { if !used.contains(o) { toggles.insert(o) }; continue }
                guard !used.contains(o), !used.contains(c) else { continue }
                openers.insert(o)
                pairs[c] = o
            }
        }
        let t = Array(text.unicodeScalars)
        var stack: [Unicode.Scalar] = [], stray: [Unicode.Scalar] = []
        for (i, s) in t.enumerated() {
            // ASCII letters, digits and spaces are neither brackets nor quotation marks in any convention.
            let v = s.value
            if v < 0x80, v == 0x20 || (0x30...0x39).contains(v) || (0x61...0x7A).contains(v | 0x20) { continue }
            if CharacterProperties.bracketType(s) == .open || openers.contains(s) && !toggles.contains(s) {
                stack.append(s)
            } else if CharacterProperties.bracketType(s) == .close || pairs[s] != nil {
                if isApostrophe(t, i) { continue }
                let opener = pairs[s] ?? CharacterProperties.pairedBracket(s)
                if let k = stack.lastIndex(of: opener) { stack.remove(at: k) } else { stray.append(s) }
            } else if toggles.contains(s) {
                if isApostrophe(t, i) { continue }
                if let k = stack.lastIndex(of: s) { stack.remove(at: k) } else { stack.append(s) }
            }
        }
        return stray + stack
    }
}
