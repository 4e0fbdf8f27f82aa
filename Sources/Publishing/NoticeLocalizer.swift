import Inline
import Notices
import Segmentation
import ICU

/// Lays a locale's translations over a source notice: each sentence gets its translation when one exists at the
/// minimum state, otherwise it stays in English and is marked as fallback.
public struct NoticeLocalizer: Sendable {
    /// The least state a translation needs to be published.
    public let minimumState: TranslationState

    /// A localizer publishing translations at `minimumState` or better.
    public init(minimumState: TranslationState) {
        self.minimumState = minimumState
    }

    /// The notice in `locale`. `translation` nil means no translation at all; `isSource` makes the source
    /// locale's own page (every sentence as written, nothing marked).
    public func localize(
        _ source: SourceNotice, locale: String, translation: NoticeTranslation?,
        isSource: Bool = false
    ) -> LocalizedNotice {
        var blocks: [LocalizedBlock] = []
        for (unitIndex, segmented) in source.blocks.enumerated() {
            let block = segmented.block
            if !block.isTranslatable {
                let verbatim = LocalizedSegment(source: block.content.text, target: block.content.text, state: .final)
                blocks.append(
                    LocalizedBlock(kind: block.kind, level: block.level, marker: block.marker, segments: [verbatim]))
                continue
            }
            let text = Array(block.content.text.unicodeScalars)
            var previousEnd = 0
            var segments: [LocalizedSegment] = []
            for (segmentIndex, segment) in segmented.segments.enumerated() {
                let start = min(max(segment.start, previousEnd), text.count)
                let gap = String(scalars: text[previousEnd..<start])
                previousEnd = min(start + segment.text.unicodeScalars.count, text.count)
                var localized = LocalizedSegment(
                    source: segment.text, sourceCodes: segment.content.codes, target: nil,
                    state: .initial, leadingSpace: gap.isEmpty ? " " : gap,
                    words: source.words[unitIndex][segmentIndex])
                if isSource {
                    localized.target = segment.text
                    localized.targetCodes = segment.content.codes
                    localized.state = .final
                } else if let found = translation?.segment(
                    forSource: segment.text, unit: unitIndex, segment: segmentIndex)
                {
                    localized.id = found.id
                    localized.state = found.state
                    if let target = found.target, !target.isEmpty, found.state >= minimumState {
                        localized.target = target
                        localized.targetCodes = Self.codes(found.targetCodes, in: target, from: segment.content)
                    }
                }
                segments.append(localized)
            }
            blocks.append(
                LocalizedBlock(kind: block.kind, level: block.level, marker: block.marker, segments: segments))
        }
        let notice = source.notice
        let hasTitle = notice.title != nil && !blocks.isEmpty
        return LocalizedNotice(
            id: notice.id, locale: locale, date: notice.date, views: notice.views,
            title: hasTitle ? blocks[0] : nil, body: hasTitle ? Array(blocks.dropFirst()) : blocks)
    }

    /// The target's codes with kind and data from the source code of the same id; codes the source does not
    /// have, or that fall outside the target, are dropped.
    static func codes(_ target: [InlineCode], in text: String, from source: Segment) -> [InlineCode] {
        let length = text.unicodeScalars.count
        let byID = Dictionary(source.spans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let spans = Segment(text: text, codes: target).spans.compactMap { code -> CodeSpan? in
            guard let original = byID[code.id], code.start >= 0, code.start <= code.end, code.end <= length else {
                return nil
            }
            return CodeSpan(
                id: code.id, kind: original.kind, start: code.start,
                end: original.isPlaceholder ? code.start : code.end, data: original.data,
                continuesFromPrevious: code.continuesFromPrevious, continuesToNext: code.continuesToNext)
        }.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        return Segment(text: text, spans: spans).codes
    }
}
