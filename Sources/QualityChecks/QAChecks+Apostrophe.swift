import ICU
import JejuSupport

extension QAChecks {
    /// The forms a letter apostrophe takes: U+0027 APOSTROPHE, U+2019 RIGHT SINGLE QUOTATION MARK (the
    /// typographic one), U+02BC MODIFIER LETTER APOSTROPHE (Unicode's letter).
    static let apostropheForms: [Unicode.Scalar] = ["\u{27}", "\u{2019}", "\u{2BC}"]

    /// A language that writes an apostrophe as a letter (Hausa jami'an and 'yan, Uzbek maʼlumot) writes it one
    /// way. With the profile's `apostrophes:` the language's form is known and every other one is reported; without,
    /// a segment that mixes two forms is. Counted are the apostrophes between two letters and, where the profile
    /// names the language's form, those that begin a word before a letter (Hausa 'yan).
    public static let apostropheLetter = QACheck(
        id: "apostrophe-letter", title: "the letter apostrophe written one way", severity: .warning
    ) { input, context in
        let language = LanguageTag.language(of: input.targetLocale)
        let chosen = context.apostrophes[language]
        let t = Array(input.targetText.unicodeScalars)
        var used: [Unicode.Scalar: Int] = [:]
        for i in t.indices where isLetterApostrophe(t, i, wordInitial: chosen != nil) { used[t[i], default: 0] += 1 }
        func name(_ s: Unicode.Scalar) -> String {
            "\(quoted(String(s))) (U+\(String(s.value, radix: 16, uppercase: true).leftPadded(4)))"
        }
        if let chosen, let letter = chosen.unicodeScalars.first {
            return used.keys.filter { $0 != letter }.sorted { $0.value < $1.value }.map { s in
                "\(name(s)) is written as a letter \(used[s] ?? 0)× here; \(language) writes the apostrophe \(name(letter)) (the profile's apostrophes:)"
            }
        }
        guard used.count > 1 else { return [] }
        let forms = used.keys.sorted { $0.value < $1.value }.map { "\(name($0)) \(used[$0] ?? 0)×" }.joined(
            separator: ", ")
        return [
            "the apostrophe is written \(used.count) ways as a letter: \(forms); write one (name it in the profile's apostrophes:)"
        ]
    }

    /// Whether the apostrophe at `i` is a letter: between two letters, or (`wordInitial`, for a language whose
    /// profile names its apostrophe) at the start of a word before a letter (Hausa 'yan).
    static func isLetterApostrophe(_ t: [Unicode.Scalar], _ i: Int, wordInitial: Bool) -> Bool {
        guard apostropheForms.contains(t[i]), i + 1 < t.count, CharacterProperties.isAlphabetic(t[i + 1]) else {
            return false
        }
        if i > 0 && CharacterProperties.isAlphabetic(t[i - 1]) { return true }
        return wordInitial
            && (i == 0 || CharacterProperties.isWhiteSpace(t[i - 1]) || "(“\"«".unicodeScalars.contains(t[i - 1]))
    }
}
