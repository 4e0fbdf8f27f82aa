internal import CICU

/// The characters CLDR says a locale's text uses (ICU `ulocdata_getExemplarSet`).
///
/// CLDR lists letters in lowercase; `contains` also accepts the upper- or titlecase form of a member ("Я", "Oʻ",
/// "Sh"), but not a look-alike that merely lowercases to one (U+212A KELVIN SIGN → "k").
/// A QA check can flag letters outside the standard and auxiliary sets (a Latin "c" in a Russian word).
/// Owns its frozen ICU set; immutable after creation.
public final class ExemplarCharacters {
    /// Which CLDR exemplar set.
    public enum Kind: Int32, Sendable {
        /// The letters of ordinary text.
        case standard = 0
        /// Letters seen in loanwords and names.
        case auxiliary = 1
        /// The index letters (section headings of a sorted list).
        case index = 2
        /// Punctuation.
        case punctuation = 3
    }

    /// The ICU locale id.
    public let locale: String
    /// The set kind.
    public let kind: Kind
    private let handle: OpaquePointer

    /// Loads the set of `kind` for `locale`.
    public init(locale: String, kind: Kind = .standard) throws(ICUError) {
        var status: Int32 = 0
        let raw = jeju_exemplar_open(locale, kind.rawValue, &status)
        guard let raw, status <= 0 else {
            if let raw { jeju_exemplar_close(raw) }
            throw ICUError(status: status > 0 ? status : 1, operation: "loading exemplar characters of '\(locale)'")
        }
        self.handle = OpaquePointer(raw)
        self.locale = locale
        self.kind = kind
    }

    deinit { jeju_exemplar_close(UnsafeMutableRawPointer(handle)) }

    /// Whether the set holds `scalar`.
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        jeju_exemplar_contains(UnsafeRawPointer(handle), Int32(scalar.value)) || contains(String(scalar))
    }

    /// Whether the set holds `text` as one member: a single character, or a multi-letter one such as Uzbek
    /// "oʻ" or "sh" (whose parts need not be members on their own).
    public func contains(_ text: String) -> Bool {
        if containsExactly(text) { return true }
        let lower = CaseMapping.lowercased(text, locale: locale)
        guard containsExactly(lower) else { return false }
        // Compared by code units: String's == treats U+212A KELVIN SIGN and "K" as equal (canonical equivalence).
        return CaseMapping.uppercased(lower, locale: locale).utf16.elementsEqual(text.utf16)
            || CaseMapping.titlecased(lower, locale: locale).utf16.elementsEqual(text.utf16)
    }

    private func containsExactly(_ text: String) -> Bool {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer {
            jeju_exemplar_contains_string(UnsafeRawPointer(handle), $0.baseAddress, Int32($0.count))
        }
    }

    /// The set as an ICU UnicodeSet pattern ("[a-zàáâ…]"), for messages and debugging.
    public var pattern: String {
        let handle = self.handle
        return
            (try? ICUBuffer.string("writing an exemplar set", capacity: 256) { d, c, s in
                jeju_exemplar_pattern(UnsafeRawPointer(handle), d, c, &s)
            }) ?? "[]"
    }
}
