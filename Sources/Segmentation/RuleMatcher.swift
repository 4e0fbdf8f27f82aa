import ICU
import JejuSupport

/// Tests one SRX rule at one position of a text.
///
/// SRX asks whether `before` matches text *ending* at a position and `after` text starting there. ICU can answer
/// that directly with `(?<=before)(?=after)` when the look-behind has a bounded length (most rules: an
/// abbreviation, a punctuation run); for a rule with an unbounded `before` (`\s+`, `.*`), the matcher searches a
/// window of text before the position for a match of `before` that ends exactly there.
final class RuleMatcher {
    /// How far back an unbounded `before` may reach, in UTF-16 units.
    static let window = 512

    let rule: SRXRule
    private let regex: ICURegex
    let isLookbehind: Bool
    /// The look-behind form, for combining with other rules into one quick test.
    let lookbehindPattern: String?

    init(_ rule: SRXRule) throws(Diagnostic) {
        self.rule = rule
        let after = rule.after.isEmpty ? "" : "(?=\(rule.after))"
        let lookbehind = rule.before.isEmpty ? after : "(?<=\(rule.before))\(after)"
        if let re = try? ICURegex(lookbehind.isEmpty ? "(?:)" : lookbehind) {
            regex = re
            isLookbehind = true
            lookbehindPattern = lookbehind.isEmpty ? "(?:)" : lookbehind
        } else {
            do throws(ICUError) {
                regex = try ICURegex("(?:\(rule.before))\(after)")
            } catch {
                throw Diagnostic(path: rule.origin.file, line: rule.origin.line, message: "rule does not compile: \(error)")
            }
            isLookbehind = false
            lookbehindPattern = nil
        }
    }

    func setText(_ units: [UInt16]) { regex.setText(units) }

    /// Whether the rule matches at `position` of the current text (`count` code units long).
    func matches(at position: Int, count: Int) -> Bool {
        if isLookbehind { return regex.prefixMatch(in: position..<count) != nil }
        var start = max(0, position - Self.window)
        while start <= position, let m = regex.firstMatch(from: start) {
            if m.lowerBound > position { return false }
            if m.upperBound == position { return true }
            start = m.lowerBound + 1
        }
        return false
    }
}
