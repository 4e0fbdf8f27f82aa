import JejuSupport

/// Where a build gets translations from: the project's XLIFF files, pseudo-translation, or (in tests) memory.
public protocol TranslationSource {
    /// The translations of notice `noticeID` into `locale`; nil when there are none (no file yet).
    /// Unreadable translations throw a `Diagnostic` with the file's position.
    func translation(ofNotice noticeID: String, into locale: String) throws(Diagnostic) -> NoticeTranslation?

    /// The translated UI messages for `locale` (units keyed by message key, sources = the English patterns);
    /// nil when there are none.
    func messages(into locale: String) throws(Diagnostic) -> NoticeTranslation?
}
