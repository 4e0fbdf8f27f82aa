import JejuSupport

/// Translations held in memory: what tests construct, and the empty source of a project with none yet.
public struct MemoryTranslationSource: TranslationSource, Sendable {
    /// Notice translations by locale, then notice id.
    public var notices: [String: [String: NoticeTranslation]]
    /// UI message translations by locale.
    public var uiMessages: [String: NoticeTranslation]

    /// A source with the given translations (none by default).
    public init(notices: [String: [String: NoticeTranslation]] = [:], uiMessages: [String: NoticeTranslation] = [:]) {
        self.notices = notices
        self.uiMessages = uiMessages
    }

    /// The translations of `noticeID` into `locale`, if any were given.
    public func translation(ofNotice noticeID: String, into locale: String) throws(Diagnostic) -> NoticeTranslation? {
        notices[locale]?[noticeID]
    }

    /// The UI messages for `locale`, if any were given.
    public func messages(into locale: String) throws(Diagnostic) -> NoticeTranslation? { uiMessages[locale] }
}
