internal import CICU

extension CharacterProperties {
    /// The Unicode name of `scalar` ("ETHIOPIC FULL STOP", "ARABIC QUESTION MARK"), or "" when it has none.
    ///
    /// Lets a check tell punctuation apart by kind in every script (a full stop is a full stop in Ethiopic too)
    /// without a table of its own.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        var buffer = [CChar](repeating: 0, count: 128)
        var status: Int32 = 0
        let n = buffer.withUnsafeMutableBufferPointer {
            jeju_char_name(Int32(scalar.value), $0.baseAddress, 128, &status)
        }
        guard status <= 0, n > 0 else { return "" }
        return String(decoding: buffer[0..<min(Int(n), 128)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `scalar` ends a sentence (Unicode Sentence_Terminal: . ? ! ። ؟ 。 …).
    public static func isSentenceTerminal(_ scalar: Unicode.Scalar) -> Bool {
        jeju_char_has_property(Int32(scalar.value), 0)
    }

    /// Whether `scalar` is a quotation mark (Unicode Quotation_Mark: " ' « » “ ” „ ‹ › 「 」 …).
    public static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
        jeju_char_has_property(Int32(scalar.value), 1)
    }

    /// Whether `scalar` is a bidi control (Unicode Bidi_Control: LRM, RLM, ALM, embeddings, overrides, isolates).
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        jeju_char_has_property(Int32(scalar.value), 2)
    }

    /// The decimal digit value of `scalar` in any script ("٢" → 2, "7" → 7), or nil if it is not a decimal digit.
    public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        let v = jeju_char_digit_value(Int32(scalar.value))
        return v >= 0 ? Int(v) : nil
    }

    /// How `scalar` pairs as a bracket (Unicode Bidi_Paired_Bracket_Type).
    public enum BracketType: Int32, Sendable {
        /// Not a paired bracket.
        case none = 0
        /// Opens a pair: ( [ { ⟨ 「 …
        case open = 1
        /// Closes a pair.
        case close = 2
    }

    /// Whether `scalar` opens or closes a bracket pair.
    public static func bracketType(_ scalar: Unicode.Scalar) -> BracketType {
        BracketType(rawValue: jeju_char_bracket_type(Int32(scalar.value))) ?? .none
    }

    /// The partner of a paired bracket ("(" → ")", ")" → "("), or `scalar` itself.
    public static func pairedBracket(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(UInt32(bitPattern: jeju_char_paired_bracket(Int32(scalar.value)))) ?? scalar
    }
}
