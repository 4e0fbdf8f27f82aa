import Interchange
import JejuSupport

/// The project's canonical translations: `locales/<tag>/<notice-id>.xlf` and `locales/<tag>/ui.xlf`
/// (XLIFF 2.1, read by Interchange), as the build's translated segments.
public struct XLIFFTranslationSource: TranslationSource, Sendable {
    /// The project whose files are read.
    public let project: Project

    /// Reads translations of `project`.
    public init(project: Project) {
        self.project = project
    }

    /// The notice's file; nil when it does not exist yet. A malformed file throws its positioned diagnostic.
    public func translation(ofNotice noticeID: String, into locale: String) throws(Diagnostic) -> NoticeTranslation? {
        try load(noticeID, locale: locale, unitID: { $0.id })
    }

    /// `ui.xlf`, its units keyed by message key (the unit's `name`, else its id).
    public func messages(into locale: String) throws(Diagnostic) -> NoticeTranslation? {
        try load(CanonicalTranslation.uiDocumentID, locale: locale, unitID: { $0.name ?? $0.id })
    }

    private func load(_ documentID: String, locale: String, unitID: (XLIFFUnit) -> String) throws(Diagnostic)
        -> NoticeTranslation?
    {
        // A page shows the segments, not the memory candidates or glossary entries.
        guard
            let document = try CanonicalTranslation.load(
                project: project, locale: locale, documentID: documentID, without: [.matches, .glossary]),
            let file = document.file(id: documentID)
        else { return nil }
        let units = file.units.sorted { ($0.blockIndex ?? Int.max) < ($1.blockIndex ?? Int.max) }.map { unit in
            TranslatedUnit(id: unitID(unit), segments: unit.translatableSegments.map { Self.segment($0, of: unit) })
        }
        return NoticeTranslation(units: units)
    }

    /// One XLIFF segment as source text, target text with codes, and state.
    static func segment(_ segment: XLIFFSegment, of unit: XLIFFUnit) -> TranslatedSegment {
        let source = InlineContent.notice(xliff: segment.source, originalData: unit.originalData)
        let target = segment.target.map { InlineContent.notice(xliff: $0, originalData: unit.originalData) }
        return TranslatedSegment(
            id: segment.id, source: source.text, target: target?.text, targetCodes: target?.codes ?? [],
            state: TranslationState(segment.effectiveState))
    }
}

extension TranslationState {
    /// The state an XLIFF 2.1 segment records.
    init(_ state: XLIFFState) {
        switch state {
        case .initial: self = .initial
        case .translated: self = .translated
        case .reviewed: self = .reviewed
        case .final: self = .final
        }
    }
}
