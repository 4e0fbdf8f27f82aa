/// An XLIFF 2.1 document: the canonical form of a notice's translation into one language
/// (`locales/<tag>/<notice-id>.xlf`), and the form translators return.
///
/// Read it with `XLIFFReader.read(_:path:)`, write it with `XLIFFWriter.data(_:)` (deterministic: the same
/// document always gives the same bytes, and what the writer wrote reads back equal).
public struct XLIFFDocument: Sendable, Equatable, Hashable {
    /// `version`: `2.0` or `2.1` (Jeju writes 2.1).
    public var version: String
    /// `srcLang`: the source language (BCP 47).
    public var sourceLanguage: String
    /// `trgLang`: the target language, if any.
    public var targetLanguage: String?
    /// The files.
    public var files: [XLIFFFile]

    /// Creates a document.
    public init(version: String = "2.1", sourceLanguage: String, targetLanguage: String?, files: [XLIFFFile] = []) {
        self.version = version
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.files = files
    }

    /// The file with `id`.
    public func file(id: String) -> XLIFFFile? { files.first { $0.id == id } }
}
