import ICU

extension QAChecks {
    /// The target's length in the usual band for its language (measured on the UDHR against English): far
    /// outside it, something was likely left out or added. Sources under `LengthBand.minimumSourceLength`
    /// characters are not judged.
    public static let lengthRatio = QACheck(
        id: "length-ratio", title: "target/source length ratio outside the language's usual band", severity: .warning
    ) { input, context in
        guard !input.isMessageFormat else { return [] }  // MessageFormat syntax is not prose
        guard LanguageTag.language(of: input.sourceLocale) == "en",
            let band = context.lengthBands[LanguageTag.language(of: input.targetLocale)],
            !isBlank(input.targetText)
        else { return [] }
        let s = LengthBand.length(input.sourceText)
        guard s >= LengthBand.minimumSourceLength else { return [] }
        let ratio = Double(LengthBand.length(input.targetText)) / Double(s)
        guard ratio < band.low || ratio > band.high else { return [] }
        func f(_ x: Double) -> String { String(Double(Int((x * 100).rounded())) / 100) }
        return [
            "the target is \(f(ratio))× the length of the source; \(input.targetLocale) is usually \(f(band.low))–\(f(band.high))×: check for \(ratio < band.low ? "something left out" : "something added")"
        ]
    }
}
