import ICU
/// The shorthand spreadsheet termbases (TICO-19's among them) use inside one cell: alternatives separated by a
/// colon with spaces around it (`заразный : передающийся при контакте`) and optional parts in square brackets
/// (`активные случаи [заболевания]`), and a full form followed by its abbreviation in parentheses
/// (`منظمة الصحة العالمية (WHO)`: the whole, the full form and the abbreviation are each the term; read so in the
/// target language only, since an English cell such as `coronavirus (COVID-19)` names one concept by the
/// other, and the source must name it as the cell does). Jeju's own
/// CSV and TBX hold one term per row or `termSec` and are read literally; only the TICO layout is expanded.
///
/// A cell whose notation cannot be read one way only (an empty alternative, unbalanced or nested brackets, more
/// than three optional parts) is kept as one literal term, and the problem is reported.
enum TermNotation {
    /// The most optional parts expanded in one alternative (2ⁿ variants).
    static let maxOptionalParts = 3

    /// The terms a cell stands for, longest reading first, and what made it ambiguous (nil when it is not);
    /// with `abbreviations`, a final parenthesised abbreviation is read as one more alternative.
    static func expand(_ cell: String, abbreviations: Bool = true) -> (terms: [String], problem: String?) {
        let text = cell.trimmingWhitespace()
        let alternatives = splitAlternatives(text)
        if alternatives.count > 1, alternatives.contains(where: \.isEmpty) {
            return ([text], "an empty alternative in '\(text)' (alternatives are written 'A : B')")
        }
        var out: [String] = []
        for alternative in abbreviations ? alternatives.flatMap(abbreviated) : alternatives {
            switch optionalVariants(alternative) {
            case .success(let variants):
                for v in variants where !out.contains(v) { out.append(v) }
            case .failure(let problem):
                return ([text], "\(problem.message) in '\(text)' (optional parts are written '[…]')")
            }
        }
        return (out, nil)
    }

    /// Splits at a colon with white space on both sides; a colon inside a word or number (10:00) is text.
    static func splitAlternatives(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i < scalars.count {
            if scalars[i] == ":" && i > 0 && i + 1 < scalars.count && scalars[i - 1].properties.isWhitespace
                && scalars[i + 1].properties.isWhitespace
            {
                parts.append(String(scalars: scalars[start..<i]).trimmingWhitespace())
                start = i + 1
            }
            i += 1
        }
        parts.append(String(scalars: scalars[start...]).trimmingWhitespace())
        return parts
    }

    /// A full form with its abbreviation in final parentheses ("Organisasi Kesehatan Dunia (WHO)"): the text,
    /// the full form, the abbreviation. An abbreviation is one word (no white space; hyphens and digits allowed:
    /// covid-19, SARS-CoV-2); other parentheses are part of the term.
    static func abbreviated(_ text: String) -> [String] {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return [text] }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let full = String(text[..<open]).trimmingWhitespace()
        guard !inner.isEmpty,
            !inner.contains(where: { $0.isWhitespace || $0 == "(" || $0 == ")" || $0 == "[" || $0 == "]" }),
            text[text.index(before: open)].isWhitespace, !full.isEmpty, !full.contains("(")
        else { return [text] }
        return [text, full, String(inner)]
    }

    struct Problem: Error { let message: String }

    /// Every reading of one alternative: each `[…]` part with its contents, or left out; white space around a
    /// left-out part collapses to one space.
    static func optionalVariants(_ text: String) -> Result<[String], Problem> {
        // Fixed pieces and optional pieces, alternating: fixed, optional, fixed, …
        var pieces: [String] = [""]
        var inside = false
        for u in text.unicodeScalars {
            switch u {
            case "[":
                if inside { return .failure(Problem(message: "nested brackets")) }
                inside = true
                pieces.append("")
            case "]":
                if !inside { return .failure(Problem(message: "a ']' without its '['")) }
                inside = false
                pieces.append("")
            default:
                pieces[pieces.count - 1].unicodeScalars.append(u)
            }
        }
        if inside { return .failure(Problem(message: "a '[' without its ']'")) }
        let optional = pieces.count / 2
        if optional == 0 { return .success([text]) }
        if optional > maxOptionalParts {
            return .failure(Problem(message: "more than \(maxOptionalParts) optional parts"))
        }
        if pieces.enumerated().contains(where: { $0.offset % 2 == 1 && $0.element.trimmingWhitespace().isEmpty }) {
            return .failure(Problem(message: "an empty optional part"))
        }
        var out: [String] = []
        // Bit k set: optional part k is kept. All kept first (the full term), then fewer.
        for mask in stride(from: (1 << optional) - 1, through: 0, by: -1) {
            var s = ""
            for (k, piece) in pieces.enumerated() where k % 2 == 0 || mask & (1 << (k / 2)) != 0 { s += piece }
            let collapsed = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !collapsed.isEmpty && !out.contains(collapsed) { out.append(collapsed) }
        }
        return out.isEmpty ? .failure(Problem(message: "nothing outside the optional parts")) : .success(out)
    }
}
