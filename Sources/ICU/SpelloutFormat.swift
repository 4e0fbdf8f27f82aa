internal import CICU

/// Numbers written as words, by CLDR's rule-based spell-out rules (ICU RBNF): 60 is "sixty" in `en`, "sáu mươi"
/// in `vi`, "шестьдесят" in `ru`, "sittini" in `sw`. Owns its ICU handle; not thread-safe.
public final class SpelloutFormat {
    /// The ICU locale id the formatter was opened with.
    public let locale: String
    /// The public rule sets for cardinal numbers (`%spellout-numbering`, `%spellout-cardinal`, and the gendered
    /// and case forms a language has, e.g. `%spellout-cardinal-feminine`); ordinals and years left out.
    public let cardinalRuleSets: [String]
    private let handle: OpaquePointer

    /// Opens the spell-out rules of `locale`; throws when ICU has none.
    public init(locale: String) throws(ICUError) {
        var status: Int32 = 0
        let raw = jeju_spellout_open(locale, &status)
        guard let raw, status <= 0 else {
            if let raw { jeju_number_close(raw) }
            throw ICUError(status: status > 0 ? status : 1, operation: "opening the spell-out rules of '\(locale)'")
        }
        handle = OpaquePointer(raw)
        self.locale = locale
        let all = try ICUBuffer.string("listing the spell-out rule sets of '\(locale)'", capacity: 1024) { d, c, s in
            jeju_spellout_rule_sets(UnsafeRawPointer(raw), d, c, &s)
        }
        cardinalRuleSets = all.split(separator: ";").map(String.init)
            .filter {
                ($0.contains("cardinal") || $0.contains("numbering")) && !$0.contains("year") && !$0.contains("verbose")
            }
    }

    deinit { jeju_number_close(UnsafeMutableRawPointer(handle)) }

    /// `value` spelled out with each cardinal rule set, distinct spellings in rule-set order.
    public func spellings(_ value: Int) -> [String] {
        var out: [String] = []
        let handle = self.handle
        for ruleSet in cardinalRuleSets {
            let name = Array(ruleSet.utf16)
            let text = try? name.withUnsafeBufferPointer { r throws(ICUError) in
                try ICUBuffer.string("spelling out a number") { d, c, s in
                    jeju_spellout_format(
                        UnsafeMutableRawPointer(handle), r.baseAddress, Int32(r.count), Int64(value), d, c, &s)
                }
            }
            if let text, !text.isEmpty, !out.contains(text) { out.append(text) }
        }
        return out
    }
}
