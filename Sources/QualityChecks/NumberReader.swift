import ICU

/// Reads the numbers written in a text the way a locale writes them, with ICU's parser: "9,252" is 9252 in
/// English and 9.252 in Indonesian; "9.252" the other way round; "9 252" is 9252 in Russian; "٩٬٢٥٢" in Arabic.
///
/// A run of digits (any script) joined by separators is one candidate; when the locale's parser refuses it
/// whole ("2016.05" in en is fine, "24 2016" is not), each digit run is read on its own.
public struct NumberReader {
    /// A number found in a text.
    public struct Match: Sendable, Equatable {
        /// Its value.
        public var value: Double
        /// As written.
        public var text: String
        /// Where it is (Unicode scalar offsets).
        public var range: Range<Int>
    }

    let facts: LocaleFacts

    /// A reader for the locale `facts` describes.
    public init(facts: LocaleFacts) { self.facts = facts }

    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2C, 0x2E, 0x27, 0x20, 0xA0, 0x202F, 0x2009, 0x066B, 0x066C, 0x2019: true
        default: false
        }
    }

    /// The numbers in `text` outside `excluded` (scalar ranges, e.g. dates and URLs), in order.
    public func numbers(in text: String, excluding excluded: [Range<Int>] = []) -> [Match] {
        let scalars = Array(text.unicodeScalars)
        var out: [Match] = []
        var i = 0
        let grouping = facts.separators.grouping
        let groupingIsSpace = grouping.map { CharacterProperties.isWhiteSpace($0) } ?? false
        while i < scalars.count {
            guard CharacterProperties.digitValue(scalars[i]) != nil, !excluded.contains(where: { $0.contains(i) })
            else {
                i += 1
                continue
            }
            // Digits glued to letters ("COVID-19" is fine, "B2B" is a code, not a number).
            let start = i
            var end = i
            while end < scalars.count, CharacterProperties.digitValue(scalars[end]) != nil { end += 1 }
            while end + 1 < scalars.count, Self.isSeparator(scalars[end]),
                CharacterProperties.digitValue(scalars[end + 1]) != nil,
                !excluded.contains(where: { $0.contains(end + 1) })
            {
                var next = end + 1
                while next < scalars.count, CharacterProperties.digitValue(scalars[next]) != nil { next += 1 }
                // A space joins digit groups only in locales that group with a space, and only before three digits.
                if CharacterProperties.isWhiteSpace(scalars[end]) && (!groupingIsSpace || next - end - 1 != 3) { break }
                end = next
            }
            i = end
            var token = String(scalars: scalars[start..<end])
            if groupingIsSpace, let grouping {
                token = String(
                    String.UnicodeScalarView(
                        token.unicodeScalars.map {
                            CharacterProperties.isWhiteSpace($0) ? grouping : $0
                        }))
            }
            if let value = parse(token) {
                out.append(Match(value: value, text: token, range: start..<end))
                continue
            }
            // Not one number in this locale: each digit run on its own.
            var k = start
            while k < end {
                guard CharacterProperties.digitValue(scalars[k]) != nil else { k += 1; continue }
                var e = k
                while e < end, CharacterProperties.digitValue(scalars[e]) != nil { e += 1 }
                let piece = String(scalars: scalars[k..<e])
                if let v = DateReader.number(piece) { out.append(Match(value: Double(v), text: piece, range: k..<e)) }
                k = e
            }
        }
        return out
    }

    private func parse(_ token: String) -> Double? {
        let ascii = token.unicodeScalars.allSatisfy { $0.isASCII || CharacterProperties.digitValue($0) == nil }
        if let format = ascii ? facts.asciiDigitNumberFormat : facts.numberFormat, let v = try? format.parse(token) {
            return v
        }
        return DateReader.number(token).map(Double.init)
    }
}
