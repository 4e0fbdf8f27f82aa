import Interchange

extension QAInput {
    /// The input for one segment of an XLIFF unit: its source and target with codes in Jeju's types (links keep their
    /// URL from `originalData`), the codes the source marks `canReorder="no"`, the unit's suppressions, and
    /// whether the unit is a UI message. Nil for an ignorable or a segment without a target.
    public init?(unit: XLIFFUnit, segment: XLIFFSegment, sourceLocale: String, targetLocale: String) {
        guard !segment.isIgnorable, let target = segment.target else { return nil }
        let source = InlineContent.notice(xliff: segment.source, originalData: unit.originalData)
        let translated = InlineContent.notice(xliff: target, originalData: unit.originalData)
        self.init(
            segmentID: segment.id ?? unit.id, sourceText: source.text, sourceCodes: source.codes,
            targetText: translated.text, targetCodes: translated.codes, sourceLocale: sourceLocale,
            targetLocale: targetLocale, isMessageFormat: unit.isMessageFormat,
            fixedOrderCodeIDs: Set(segment.source.xliffCodes.filter { !$0.canReorder }.compactMap(\.id)),
            suppressions: QASuppression.all(in: unit))
    }
}

extension QASuppression {
    /// The suppressions recorded in a unit's notes (category `jeju:qa-suppress`). A note that names no check
    /// becomes a suppression without a reason, which `QualityChecker` reports.
    public static func all(in unit: XLIFFUnit) -> [QASuppression] { all(in: unit.notes) }

    /// The suppressions among `notes` (e.g. those of a returned file, where a reviewer records them).
    public static func all(in notes: [XLIFFNote]) -> [QASuppression] {
        notes.filter { $0.category == noteCategory }.map { note in
            QASuppression(note: note.text)
                ?? QASuppression(checkID: note.text.prefix(40).trimmingCharacters(in: .whitespaces), reason: "")
        }
    }

    /// The XLIFF note that records this suppression in a unit.
    public var note: XLIFFNote { XLIFFNote(category: Self.noteCategory, text: noteText) }
}
