/// How delimited files map onto a termbase.
public struct ImportOptions: Sendable {
    /// The source language (for TSV, whose first column is the source term).
    public var sourceLocale: String
    /// The target language (for TSV, whose second column is the target term).
    public var targetLocale: String?
    /// Language codes to rewrite before validation, e.g. TICO-19's private `cx_PH` → `ceb`.
    public var languageMap: [String: String]
    /// Prepended to ids from the file (`tico-` + `12`); ids that are not XML names get `c` when this is empty.
    public var idPrefix: String

    /// Options.
    public init(
        sourceLocale: String = "en", targetLocale: String? = nil, languageMap: [String: String] = [:],
        idPrefix: String = ""
    ) {
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
        self.languageMap = languageMap
        self.idPrefix = idPrefix
    }
}
