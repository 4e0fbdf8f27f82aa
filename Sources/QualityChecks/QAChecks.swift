import ICU
import JejuSupport
import Segmentation

/// The quality checks Jeju runs on a translated segment. Each is a `QACheck` value; which run and at what
/// severity is the profile's business (`QAProfile`).
public enum QAChecks {
    /// Every check, in report order.
    public static let all: [QACheck] = [
        empty, inlineCodes, numbers, dates, urls, doNotTranslate, glossary, properNames, glossaryPartOfSpeech,
        termRegister, deprecatedTerm, untranslated,
        whitespace, doubleSpace, sentenceEnd, localePunctuation, quotationMarks, punctuationSpacing, brackets,
        script, wrongScript, untranslatedWords, nfc, uzbekApostrophe, apostropheLetter, diacritics, repeatedWord,
        bidiControls, bidiIsolation, messageFormat, lengthRatio,
    ]

    /// The check with `id`, if any.
    public static func check(id: String) -> QACheck? { all.first { $0.id == id } }

    // MARK: helpers shared by the checks

    /// `text` quoted for a message, with invisible characters named.
    static func quoted(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            if CharacterProperties.isBidiControl(s) || (CharacterProperties.isWhiteSpace(s) && s != " ") {
                out += "<U+\(String(s.value, radix: 16, uppercase: true).leftPadded(4))>"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return "'\(out)'"
    }

    /// The URL and e-mail spans of `text`, as Unicode scalar ranges.
    static func protectedSpans(_ text: String) -> [(kind: ProtectedSpan.Kind, range: Range<Int>, text: String)] {
        let units = Array(text.utf16)
        let utf16 = UTF16Text(units: units)
        return ProtectedSpan.find(in: units).map { span in
            let start = utf16.scalarCount(0..<span.range.lowerBound)
            return (span.kind, start..<(start + utf16.scalarCount(span.range)), utf16.string(span.range))
        }
    }

    /// The scalar offsets at which `needle` occurs in `haystack` as a whole word (not inside a longer word).
    static func wordOccurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var out: [Int] = []
        func isWord(_ s: Unicode.Scalar) -> Bool {
            CharacterProperties.isAlphabetic(s) || CharacterProperties.digitValue(s) != nil
        }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            guard haystack[i..<(i + needle.count)].elementsEqual(needle) else { continue }
            if i > 0 && isWord(haystack[i - 1]) { continue }
            if i + needle.count < haystack.count && isWord(haystack[i + needle.count]) { continue }
            out.append(i)
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
