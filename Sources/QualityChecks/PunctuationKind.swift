import ICU

/// Kinds of punctuation that every script writes in its own way: a full stop is "." in English, "።" in
/// Amharic, "。" in Japanese. A character's kind comes from its Unicode name, so no script needs a table here.
public enum PunctuationKind: String, Sendable, CaseIterable, Codable {
    /// Ends a statement: . ። 。 ۔
    case fullStop = "full stop"
    /// Ends a question: ? ؟ ፧ ？
    case questionMark = "question mark"
    /// Ends an exclamation: ! ！
    case exclamationMark = "exclamation mark"
    /// Separates clauses or list items: , ، ፣ 、
    case comma
    /// Separates clauses: ; ؛ ፤
    case semicolon

    private var nameSuffix: String {
        switch self {
        case .fullStop: "FULL STOP"
        case .questionMark: "QUESTION MARK"
        case .exclamationMark: "EXCLAMATION MARK"
        case .comma: "COMMA"
        case .semicolon: "SEMICOLON"
        }
    }

    /// Every BMP character of general category Po (other punctuation) with a kind, once: the candidates a
    /// locale's punctuation exemplars are matched against.
    static let all: [(Unicode.Scalar, PunctuationKind)] = (UInt32(0x21)...0xFFFF).compactMap { v in
        guard let s = Unicode.Scalar(v), let kind = of(s) else { return nil }
        return (s, kind)
    }

    /// The kind of `scalar`, from its Unicode name ("ETHIOPIC FULL STOP" → `.fullStop`); nil for other
    /// characters, and for inverted or reversed forms (¿ ⸮), which open rather than end.
    public static func of(_ scalar: Unicode.Scalar) -> PunctuationKind? {
        guard scalar.value >= 0x21, CharacterProperties.generalCategory(scalar) == 23 /* U_OTHER_PUNCTUATION */ else {
            return nil
        }
        if let cached = cache[scalar.value] { return cached }
        let name = CharacterProperties.name(scalar)
        guard !name.contains("INVERTED"), !name.contains("REVERSED"), !name.contains("SMALL") else { return nil }
        return allCases.first { name == $0.nameSuffix || name.hasSuffix(" " + $0.nameSuffix) }
    }

    // Names of the Basic Latin punctuation, which the checks meet on every segment.
    private static let cache: [UInt32: PunctuationKind?] = {
        var out: [UInt32: PunctuationKind?] = [:]
        for v in UInt32(0x21)...0x7E {
            guard let s = Unicode.Scalar(v) else { continue }
            let name = CharacterProperties.name(s)
            out[v] = allCases.first { name == $0.nameSuffix }
        }
        return out
    }()
}
