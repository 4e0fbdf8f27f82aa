internal import CICU

/// The CLDR plural rules of one locale (ICU `uplrules`): which categories its plural messages need, and which
/// category a number falls into.
///
/// Owns its ICU handle; not thread-safe.
public final class PluralRules {
    /// Cardinal ("3 views") or ordinal ("3rd place") rules.
    public enum Kind: Int32, Sendable {
        /// Counting: the rules `{n, plural, …}` uses.
        case cardinal = 0
        /// Ranking: the rules `{n, selectordinal, …}` uses.
        case ordinal = 1
    }

    /// The categories in CLDR's order, for sorting keyword lists.
    public static let canonicalOrder = ["zero", "one", "two", "few", "many", "other"]

    /// The ICU locale id the rules were opened for.
    public let locale: String
    /// Cardinal or ordinal.
    public let kind: Kind
    /// The categories the locale distinguishes, in CLDR order (zero one two few many other); always ends with
    /// "other". E.g. ar → all six, ru → one few many other, ko → other.
    public let keywords: [String]
    private let handle: OpaquePointer

    /// Opens the rules of `locale`. A locale CLDR does not know gets the root rules (only "other").
    public init(locale: String, kind: Kind = .cardinal) throws(ICUError) {
        var status: Int32 = 0
        let raw = jeju_plural_open(locale, kind.rawValue, &status)
        guard let raw, status <= 0 else {
            if let raw { jeju_plural_close(raw) }
            throw ICUError(status: status > 0 ? status : 1, operation: "opening the plural rules of '\(locale)'")
        }
        let handle = OpaquePointer(raw)
        let list: String
        do {
            list = try ICUBuffer.ascii("listing plural categories") { d, c, s in
                jeju_plural_keywords(UnsafeRawPointer(handle), d, c, &s)
            }
        } catch {
            jeju_plural_close(raw)
            throw error
        }
        self.handle = handle
        self.locale = locale
        self.kind = kind
        self.keywords = list.split(separator: " ").map(String.init).sorted(by: PluralRules.isOrderedBefore)
    }

    deinit { jeju_plural_close(UnsafeMutableRawPointer(handle)) }

    /// The category of an integer: ru 1 → "one", 3 → "few", 5 → "many"; ar 0 → "zero".
    public func select(_ n: Int) -> String { select(Double(n)) }

    /// The category of a number. A `Double` has no visible fraction digits of its own: 1.0 selects like 1;
    /// for a count shown as "1.0", select the formatted digits' category instead.
    public func select(_ n: Double) -> String {
        let handle = self.handle
        // Keywords are short ASCII and the rules are open: ICU has nothing to refuse. "other" is every locale's
        // catch-all category.
        let result = try? ICUBuffer.ascii("selecting a plural category", capacity: 16) { d, c, s in
            jeju_plural_select(UnsafeRawPointer(handle), n, d, c, &s)
        }
        return result ?? "other"
    }

    /// Whether keyword `a` comes before `b` in CLDR order (unknown keywords last, alphabetically).
    public static func isOrderedBefore(_ a: String, _ b: String) -> Bool {
        let i = canonicalOrder.firstIndex(of: a) ?? canonicalOrder.count
        let j = canonicalOrder.firstIndex(of: b) ?? canonicalOrder.count
        return i != j ? i < j : a < b
    }
}
