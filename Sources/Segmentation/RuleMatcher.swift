import ICU
import JejuSupport

/// Tests one SRX rule at one position of a text.
///
/// SRX asks whether `before` matches text *ending* at a position and `after` text starting there. Three ways,
/// fastest first:
/// - the common SRX idiom, a list of abbreviations — `\b(?:Mr|Dr|Prof)\.`, optionally `(?i)` or with
///   `(?<![\p{L}\p{N}])` for `\b` — is compared as literals against the text before the position, with no regex;
/// - otherwise ICU answers `(?=after)(?<=before)` directly when it can bound the look-behind's length (the
///   look-ahead first, since it usually fails at once);
/// - for an unbounded `before` (`\s+`, `.*`), a window of text before the position is searched for a match of
///   `before` that ends exactly there.
final class RuleMatcher {
    /// How far back an unbounded `before` may reach, in UTF-16 units.
    static let window = 512

    enum Method {
        case literals([[UInt16]], caseInsensitive: Bool, after: ICURegex?)
        case lookbehind(ICURegex)
        case window(ICURegex)
    }

    let rule: SRXRule
    let method: Method
    /// Whether `method` is `.lookbehind` (kept apart so the hot path need not open the enum).
    let isLookbehind: Bool
    /// For `.literals`: all literals end to end, where each starts (plus the end), whether ASCII case is folded,
    /// and the `after` regex — flat, so the hot path compares code units without touching arrays of arrays.
    private let literalUnits: [UInt16]
    private let literalStarts: [Int]
    private let literalsFolded: Bool
    private let literalAfter: ICURegex?
    /// What the rule's patterns say about the characters around a position, read without regex.
    let shape: PatternShape
    /// The text generation this matcher's regex was last given (see `Segmenter`).
    var generation = -1
    /// The look-behind form, for combining with other rules into one quick test (nil for the other methods).
    let lookbehindPattern: String?

    init(_ rule: SRXRule) throws(Diagnostic) {
        self.rule = rule
        shape = PatternShape(before: rule.before, after: rule.after)
        let after = rule.after.isEmpty ? "" : "(?=\(rule.after))"
        let literal = Self.literalAlternatives(rule.before)
        literalUnits = literal?.0.flatMap { $0 } ?? []
        var starts = [0]
        for l in literal?.0 ?? [] { starts.append((starts.last ?? 0) + l.count) }
        literalStarts = starts
        literalsFolded = literal?.1 ?? false
        do throws(ICUError) {
            literalAfter = literal != nil && !rule.after.isEmpty ? try ICURegex.shared(after) : nil
            if let (literals, folded) = literal {
                method = .literals(literals, caseInsensitive: folded, after: literalAfter)
                isLookbehind = false
                lookbehindPattern = nil
                return
            }
        } catch {
            throw Diagnostic(
                rule: "srx.regex", path: rule.origin.file, line: rule.origin.line,
                message: "rule does not compile: \(error)")
        }
        let lookbehind = rule.before.isEmpty ? after : "\(after)(?<=\(rule.before))"
        if let re = try? ICURegex.shared(lookbehind.isEmpty ? "(?:)" : lookbehind) {
            method = .lookbehind(re)
            isLookbehind = true
            lookbehindPattern = lookbehind.isEmpty ? "(?:)" : lookbehind
        } else {
            do throws(ICUError) {
                method = .window(try ICURegex.shared("(?:\(rule.before))\(after)"))
                isLookbehind = false
            } catch {
                throw Diagnostic(
                    rule: "srx.regex", path: rule.origin.file, line: rule.origin.line,
                    message: "rule does not compile: \(error)")
            }
            lookbehindPattern = nil
        }
    }

    func setText(_ units: [UInt16]) {
        switch method {
        case .literals: literalAfter?.setText(units)
        case .lookbehind(let re), .window(let re): re.setText(units)
        }
    }

    /// Whether the rule matches at `position` of the current text `units`.
    func matches(at position: Int, in units: [UInt16]) -> Bool {
        switch method {
        case .literals:
            let found = literalUnits.withUnsafeBufferPointer { lu in
                units.withUnsafeBufferPointer { u in
                    (0..<(literalStarts.count - 1)).contains { j in
                        Self.endsWord(
                            u, at: position,
                            with: UnsafeBufferPointer(rebasing: lu[literalStarts[j]..<literalStarts[j + 1]]),
                            folded: literalsFolded)
                    }
                }
            }
            guard found else { return false }
            return literalAfter?.prefixMatch(in: position..<units.count) != nil || literalAfter == nil
        case .lookbehind(let re):
            return re.prefixMatch(in: position..<units.count) != nil
        case .window(let re):
            var start = max(0, position - Self.window)
            while start <= position, let m = re.firstMatch(from: start) {
                if m.lowerBound > position { return false }
                if m.upperBound == position { return true }
                start = m.lowerBound + 1
            }
            return false
        }
    }

    /// For `.literals`: whether `after` matches at `position` of the current text (the literal already found).
    func afterMatches(at position: Int, in units: [UInt16]) -> Bool {
        literalAfter.map { $0.prefixMatch(in: position..<units.count) != nil } ?? true
    }

    /// Whether `units` ends at `position` with `literal`, which starts a word (the unit before it is no letter,
    /// digit or mark: `\b` before a word character).
    static func endsWord(
        _ units: UnsafeBufferPointer<UInt16>, at position: Int, with literal: UnsafeBufferPointer<UInt16>,
        folded: Bool
    ) -> Bool {
        let start = position - literal.count
        guard start >= 0 else { return false }
        // From the end: the last characters ("r." of "Mr.") tell most literals apart at once.
        for k in stride(from: literal.count - 1, through: 0, by: -1) {
            var u = units[start + k]
            if folded, (0x41...0x5A).contains(u) { u += 32 }
            if u != literal[k] { return false }
        }
        guard start > 0 else { return true }
        let before = units[start - 1]
        guard let s = Unicode.Scalar(before) else { return false }  // a surrogate: a letter outside the BMP
        return
            !(CharacterProperties.isAlphabetic(s) || s.properties.numericType != nil
            || s.properties.generalCategory == .nonspacingMark)
    }

    /// The literals of a `before` written as `[(?i)]\b(?:lit|lit|…)\.` (or `(?<![\p{L}\p{N}])` for `\b`), each
    /// with its final period; nil for any other shape. `(?i)` folds ASCII letters only, so it is accepted only
    /// when every literal is ASCII.
    static func literalAlternatives(_ pattern: String) -> ([[UInt16]], Bool)? {
        var p = Substring(pattern)
        var folded = false
        if p.hasPrefix("(?i)") { folded = true; p = p.dropFirst(4) }
        if p.hasPrefix("\\b") {
            p = p.dropFirst(2)
        } else if p.hasPrefix("(?<![\\p{L}\\p{N}])") {
            p = p.dropFirst(18)
        } else {
            return nil
        }
        guard p.hasSuffix("\\.") else { return nil }
        p = p.dropLast(2)
        if p.hasPrefix("(?:") && p.hasSuffix(")") { p = p.dropFirst(3).dropLast() }
        var out: [[UInt16]] = []
        for alt in p.split(separator: "|", omittingEmptySubsequences: false) {
            var literal = ""
            var chars = alt.makeIterator()
            while let c = chars.next() {
                if c == "\\" {
                    guard let e = chars.next(), e == "." else { return nil }
                    literal.append(".")
                } else if c.isLetter || c.isNumber || c == " " || c == "'" || c == "’" || c == "°" {
                    literal.append(c)
                } else {
                    return nil
                }
            }
            guard !literal.isEmpty, !folded || literal.allSatisfy(\.isASCII) else { return nil }
            out.append(Array((folded ? literal.lowercased() : literal).utf16) + [0x2E])
        }
        return out.isEmpty ? nil : (out, folded)
    }
}
