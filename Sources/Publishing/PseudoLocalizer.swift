import Foundation
import ICU
import Inline
import Notices

/// Pseudo-translation for testing pages before real translations exist (CLDR's pseudo-locales):
///
/// - `en-XA`: every Latin letter accented (a combining mark that ICU's NFC composes into a precomposed letter), about 35 % longer, in brackets: "Date" → "[Ḑåţé one]". Shows untranslated strings,
///   truncation and missing glyphs at a glance.
/// - `ar-XB`: the English text in a right-to-left override (U+202E … U+202C) on a right-to-left page, so it
///   reads mirrored: shows layout that does not follow the direction.
///
/// Inline code positions move with the text (a span cut by a sentence boundary closes where the sentence's text
/// does, before the padding); MessageFormat syntax (arguments, plural keywords, `#`) is kept.
public enum PseudoLocalizer {
    /// The pseudo-locales Jeju builds with `--pseudo`.
    public static let locales = ["en-XA", "ar-XB"]

    private static let marks: [Unicode.Scalar] = [
        "\u{0301}", "\u{0302}", "\u{0308}", "\u{030A}", "\u{0303}", "\u{0327}", "\u{030C}", "\u{0307}", "\u{0323}",
    ]
    private static let padding = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    private static let rlo: Unicode.Scalar = "\u{202E}", pdf: Unicode.Scalar = "\u{202C}"

    /// `text` pseudo-translated into `locale` (`en-XA` or `ar-XB`), with `codes` (Jeju's types) moved to match.
    public static func translate(_ text: String, codes: [InlineCode] = [], locale: String) -> (
        text: String, codes: [InlineCode]
    ) {
        let scalars = Array(text.unicodeScalars)
        var out: [Unicode.Scalar] = []
        // offsets[i] = where source scalar i starts in the output; offsets[count] = end of the text part.
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        if locale == "ar-XB" {
            out.append(rlo)
            for s in scalars { offsets.append(out.count); out.append(s) }
            offsets.append(out.count)
            out.append(pdf)
        } else {
            out.append("[")
            for s in scalars {
                offsets.append(out.count)
                out.append(contentsOf: accent(s))
            }
            offsets.append(out.count)
            out.append(contentsOf: pad(length: scalars.count).unicodeScalars)
            out.append("]")
        }
        // Spans, so that one cut by a sentence boundary keeps its ends inside the brackets: the page shows each
        // sentence on its own.
        let moved = Segment(text: text, codes: codes).spans.map { code -> CodeSpan in
            var c = code
            c.start = offsets[min(max(code.start, 0), scalars.count)]
            c.end = offsets[min(max(code.end, 0), scalars.count)]
            c.continuesFromPrevious = false
            c.continuesToNext = false
            return c
        }
        let translated = String(scalars: out)
        return (translated, Segment(text: translated, spans: moved).codes)
    }

    /// An ICU MessageFormat pattern pseudo-translated: literal text changed, syntax kept.
    public static func translatePattern(_ pattern: String, locale: String) -> String {
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        var body = String.UnicodeScalarView()
        message(scalars, &index, into: &body, locale: locale, nested: false)
        let text = String(body)
        if locale == "ar-XB" { return "\u{202E}\(text)\u{202C}" }
        return "[\(text)\(pad(length: pattern.unicodeScalars.count))]"
    }

    /// Copies message text up to an unmatched `}` (when nested), transforming literal runs.
    private static func message(
        _ s: [Unicode.Scalar], _ i: inout Int, into out: inout String.UnicodeScalarView,
        locale: String, nested: Bool
    ) {
        while i < s.count {
            let c = s[i]
            if c == "}" && nested { return }
            if c == "{" {
                argument(s, &i, into: &out, locale: locale)
                continue
            }
            if c == "'" {
                // A quoted literal ('{…}') or a doubled apostrophe: copied unchanged.
                let start = i
                i += 1
                while i < s.count && s[i] != "'" { i += 1 }
                i = min(i + 1, s.count)
                out.append(contentsOf: s[start..<i])
                continue
            }
            if c == "#" || locale == "ar-XB" { out.append(c) } else { out.append(contentsOf: accent(c)) }
            i += 1
        }
    }

    /// Copies `{name, type, …}`; for plural/select/selectordinal, transforms each branch's message.
    private static func argument(
        _ s: [Unicode.Scalar], _ i: inout Int, into out: inout String.UnicodeScalarView, locale: String
    ) {
        var header = String.UnicodeScalarView()
        header.append(s[i])
        i += 1
        var commas = 0
        while i < s.count && s[i] != "}" && !(commas == 2 && s[i] == "{") {
            if s[i] == "," { commas += 1 }
            if commas < 2 || s[i] != "{" { header.append(s[i]) }
            i += 1
            if commas == 2 { break }
        }
        out.append(contentsOf: header)
        let type = String(header).split(separator: ",").dropFirst().first?.trimmingCharacters(in: .whitespaces) ?? ""
        guard commas == 2, ["plural", "select", "selectordinal"].contains(type) else {
            // A simple argument: copy to its closing brace, nesting respected.
            var depth = 1
            while i < s.count && depth > 0 {
                if s[i] == "{" { depth += 1 }
                if s[i] == "}" { depth -= 1 }
                out.append(s[i])
                i += 1
            }
            return
        }
        // keyword {message} keyword {message} … }
        while i < s.count {
            let c = s[i]
            if c == "}" { out.append(c); i += 1; return }
            out.append(c)
            i += 1
            if c == "{" {
                message(s, &i, into: &out, locale: locale, nested: true)
                if i < s.count { out.append(s[i]); i += 1 }
            }
        }
    }

    /// A Latin letter with an accent: the first of the marks (starting at one picked by the letter) that ICU's
    /// NFC composes with it into one precomposed letter ("a" → "â"); letters with none stay as they are.
    private static func accent(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = scalar.value
        guard (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) else { return [scalar] }
        for step in 0..<marks.count {
            var pair = String.UnicodeScalarView()
            pair.append(scalar)
            pair.append(marks[(Int(v) + step) % marks.count])
            let composed = Array(Normalizer.normalize(String(pair), .nfc).unicodeScalars)
            if composed.count == 1 { return composed }
        }
        return [scalar]
    }

    /// Words making a text of `length` scalars about 35 % longer (CLDR/Android style: " one two three").
    private static func pad(length: Int) -> String {
        let wanted = Int((Double(length) * 0.35).rounded(.up))
        var out = "", i = 0
        while out.count < wanted {
            out += " " + padding[i % padding.count]
            i += 1
        }
        return out
    }
}
