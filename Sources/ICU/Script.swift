internal import CICU

/// A Unicode script (ISO 15924), as ICU assigns it to characters.
public struct Script: Hashable, Sendable, CustomStringConvertible {
    /// ICU's UScriptCode.
    public let code: Int32

    /// The script with ICU code `code`.
    public init(code: Int32) { self.code = code }

    /// The script named by an ISO 15924 code ("Latn") or a Unicode name ("Latin"); nil if unknown.
    public init?(named name: String) {
        let c = jeju_script_code(name)
        guard c >= 0 else { return nil }
        code = c
    }

    /// Characters used with several scripts (digits, punctuation, spaces).
    public static let common = Script(code: 0)
    /// Combining marks that take the script of their base.
    public static let inherited = Script(code: 1)

    /// The ISO 15924 code, e.g. "Latn", "Hang", "Ethi".
    public var isoCode: String { String(cString: jeju_script_short_name(code)) }
    /// The Unicode script name, e.g. "Latin".
    public var name: String { String(cString: jeju_script_long_name(code)) }
    /// The ISO code.
    public var description: String { isoCode }

    /// The script of a character.
    public static func of(_ scalar: Unicode.Scalar) -> Script {
        var status: Int32 = 0
        return Script(code: jeju_script_of(Int32(scalar.value), &status))
    }

    /// The Script_Extensions of a character: the scripts it is used with (e.g. U+0640 ARABIC TATWEEL with Arabic,
    /// Syriac, …). For most characters, just its script.
    public static func extensions(of scalar: Unicode.Scalar) -> [Script] {
        var status: Int32 = 0
        var out = [Int32](repeating: 0, count: 32)
        let n = out.withUnsafeMutableBufferPointer {
            jeju_script_extensions(Int32(scalar.value), $0.baseAddress, 32, &status)
        }
        guard status <= 0, n > 0 else { return [of(scalar)] }
        return out[0..<Int(n)].map { Script(code: $0) }
    }

    /// The scripts of the letters in `string` (Common and Inherited left out), with their letter counts.
    public static func letterScripts(in string: String) -> [Script: Int] {
        var counts: [Script: Int] = [:]
        for scalar in string.unicodeScalars where jeju_char_is_alphabetic(Int32(scalar.value)) {
            let s = of(scalar)
            if s != .common && s != .inherited { counts[s, default: 0] += 1 }
        }
        return counts
    }

    /// The script most letters of `string` are in, or nil if it has no letters.
    public static func dominant(in string: String) -> Script? {
        letterScripts(in: string).max { a, b in a.value < b.value || (a.value == b.value && a.key.code > b.key.code) }?
            .key
    }
}

/// Unicode character properties from ICU.
public enum CharacterProperties {
    /// Whether the scalar has the Alphabetic property.
    /// In ASCII the alphabetic characters are exactly A–Z and a–z (answered without ICU).
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x80 ? (0x61...0x7A).contains(v | 0x20) : jeju_char_is_alphabetic(Int32(v))
    }
    /// Whether the scalar is white space (Unicode White_Space).
    public static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool { jeju_char_is_white_space(Int32(scalar.value)) }
    /// ICU's general category value (UCharCategory).
    public static func generalCategory(_ scalar: Unicode.Scalar) -> Int32 { jeju_char_category(Int32(scalar.value)) }
    /// ICU's bidi class value (UCharDirection): 0 left-to-right, 1 right-to-left, 13 Arabic letter, …
    public static func bidiClass(_ scalar: Unicode.Scalar) -> Int32 { jeju_char_direction(Int32(scalar.value)) }
}
