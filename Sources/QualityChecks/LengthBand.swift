import Foundation
import ICU
import JejuSupport

/// The usual range of target/source length for one language: the ratio of their letters, digits and
/// punctuation (white space and non-spacing marks not counted, text in NFC).
///
/// The shipped bands (`udhr`) were measured on the Universal Declaration of Human Rights, whose 14 versions
/// are paragraph-aligned translations of one English text: the 5th and 95th percentile of the paragraph
/// ratios, widened by a quarter on each side for sentences, which vary more than paragraphs. `measure` is
/// the measurement; the tests repeat it on the corpus and compare.
public struct LengthBand: Sendable, Equatable, Codable {
    /// The lowest usual ratio.
    public var low: Double
    /// The highest usual ratio.
    public var high: Double

    /// A band.
    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// Sources shorter than this (in counted characters) are not judged: a short label's ratio says little.
    public static let minimumSourceLength = 30

    /// The length a ratio is taken of: scalars after NFC that are neither white space nor non-spacing marks
    /// (Arabic vowel signs are optional and would make a vocalised text look "longer").
    public static func length(_ text: String) -> Int {
        Normalizer.normalize(text, .nfc).unicodeScalars.reduce(0) { n, s in
            let category = CharacterProperties.generalCategory(s)
            return n + (CharacterProperties.isWhiteSpace(s) || category == 6 || category == 7 ? 0 : 1)
        }
    }

    /// The bands measured on the UDHR (see the type's comment), by language subtag.
    /// Reproduced by `LengthBandTests` from `../shared/corpora/udhr` (English against each language).
    public static let udhr: [String: LengthBand] = [
        "am": LengthBand(low: 0.46, high: 1.18),
        "ar": LengthBand(low: 0.4, high: 1.15),
        "fil": LengthBand(low: 0.78, high: 1.73),
        "ha": LengthBand(low: 0.62, high: 2.49),
        "id": LengthBand(low: 0.79, high: 1.8),
        "ig": LengthBand(low: 0.57, high: 1.42),
        "ko": LengthBand(low: 0.24, high: 0.67),
        "ms": LengthBand(low: 0.82, high: 1.92),
        "ru": LengthBand(low: 0.71, high: 1.75),
        "sw": LengthBand(low: 0.5, high: 1.57),
        "uz": LengthBand(low: 0.71, high: 1.88),
        "vi": LengthBand(low: 0.47, high: 1.7),
        "yo": LengthBand(low: 0.57, high: 1.69),
    ]

    /// The band of paragraph ratios between two aligned UDHR files: the paragraphs of articles (and the
    /// preamble) with as many paragraphs in both, from the 5th to the 95th percentile, widened by `margin`.
    package static func measure(english: XElement, other: XElement, margin: Double = 0.25) -> (
        band: LengthBand, pairs: Int
    )? {
        var ratios: [Double] = []
        let a = sections(english), b = sections(other)
        for (key, paras) in a {
            guard let others = b[key], others.count == paras.count else { continue }
            for (p, q) in zip(paras, others) {
                let lp = length(p), lq = length(q)
                if lp >= minimumSourceLength && lq > 0 { ratios.append(Double(lq) / Double(lp)) }
            }
        }
        guard ratios.count >= 20 else { return nil }
        ratios.sort()
        func percentile(_ p: Double) -> Double {
            ratios[min(ratios.count - 1, Int((Double(ratios.count - 1) * p).rounded()))]
        }
        let low = percentile(0.05) * (1 - margin), high = percentile(0.95) * (1 + margin)
        return (LengthBand(low: (low * 100).rounded(.down) / 100, high: (high * 100).rounded(.up) / 100), ratios.count)
    }

    private static func sections(_ root: XElement) -> [String: [String]] {
        var out: [String: [String]] = [:]
        func paras(_ e: XElement) -> [String] {
            e.name == "para" ? [e.text] : e.elements.flatMap(paras)
        }
        for e in root.elements {
            if e.name == "preamble" { out["preamble"] = paras(e) }
            if e.name == "article", let n = e.attribute("number") { out["article-\(n)"] = paras(e) }
        }
        return out
    }
}
