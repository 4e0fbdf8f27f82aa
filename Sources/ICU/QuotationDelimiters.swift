internal import CICU

/// The quotation marks CLDR gives a locale (ICU `ulocdata_getDelimiter`): what a QA check expects around quoted
/// text, e.g. « » and „ “ for Russian, “ ” and ‘ ’ for English.
public struct QuotationDelimiters: Equatable, Sendable {
    /// Opens a quotation ("«" in ru).
    public let start: String
    /// Closes a quotation ("»" in ru).
    public let end: String
    /// Opens a quotation inside a quotation ("„" in ru).
    public let alternateStart: String
    /// Closes a quotation inside a quotation ("“" in ru).
    public let alternateEnd: String

    /// The delimiters given explicitly.
    public init(start: String, end: String, alternateStart: String, alternateEnd: String) {
        self.start = start
        self.end = end
        self.alternateStart = alternateStart
        self.alternateEnd = alternateEnd
    }

    /// The CLDR delimiters of `locale` (inherited from its parent or root when CLDR lists none of its own).
    public init(locale: String) throws(ICUError) {
        func delimiter(_ which: Int32) throws(ICUError) -> String {
            try ICUBuffer.string("reading quotation delimiters of '\(locale)'", capacity: 8) { d, c, s in
                jeju_locale_delimiter(locale, which, d, c, &s)
            }
        }
        self.init(
            start: try delimiter(0), end: try delimiter(1), alternateStart: try delimiter(2),
            alternateEnd: try delimiter(3))
    }
}
