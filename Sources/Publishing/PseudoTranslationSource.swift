import JejuSupport

/// Translations made up by `PseudoLocalizer` for `en-XA` and `ar-XB`, every sentence in state `final`.
public struct PseudoTranslationSource: TranslationSource, Sendable {
    private let notices: [String: SourceNotice]
    private let messages: PageMessages

    /// Pseudo-translations of `notices` and `messages`.
    public init(notices: [SourceNotice], messages: PageMessages) {
        self.notices = Dictionary(notices.map { ($0.notice.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.messages = messages
    }

    /// One unit per block, one pseudo-translated segment per sentence.
    public func translation(ofNotice noticeID: String, into locale: String) throws(Diagnostic) -> NoticeTranslation? {
        guard PseudoLocalizer.locales.contains(locale), let source = notices[noticeID] else { return nil }
        let units = source.blocks.enumerated().map { index, block in
            TranslatedUnit(
                id: "u\(index + 1)",
                segments: block.segments.enumerated().map { n, segment in
                    let pseudo = PseudoLocalizer.translate(segment.text, codes: segment.content.codes, locale: locale)
                    return TranslatedSegment(
                        id: "s\(n + 1)", source: segment.text, target: pseudo.text,
                        targetCodes: pseudo.codes, state: .final)
                })
        }
        return NoticeTranslation(units: units)
    }

    /// One unit per message key.
    public func messages(into locale: String) throws(Diagnostic) -> NoticeTranslation? {
        guard PseudoLocalizer.locales.contains(locale) else { return nil }
        return NoticeTranslation(
            units: messages.patterns.sorted { $0.key < $1.key }.map { key, pattern in
                TranslatedUnit(
                    id: key,
                    segments: [
                        TranslatedSegment(
                            source: pattern, target: PseudoLocalizer.translatePattern(pattern, locale: locale),
                            state: .final)
                    ])
            })
    }
}
