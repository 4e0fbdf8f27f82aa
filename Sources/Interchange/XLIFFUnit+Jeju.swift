import Inline
import Notices

/// Jeju's reading of a unit: where its block came from, and its text in either language.
extension XLIFFUnit {
    /// The `mda:metaGroup` category of Jeju's unit data.
    public static let jejuCategory = "jeju:unit"

    /// The block's kind (`title`, `paragraph`…; `message` for a UI message), from Jeju's metadata.
    public var blockKind: String? { metadata?.group(Self.jejuCategory)?["block-kind"] }

    /// The block's 1-based line in the source file, from Jeju's metadata.
    public var sourceLine: Int? { metadata?.group(Self.jejuCategory)?["source-line"].flatMap { Int($0) } }

    /// The block's 0-based position among the notice's blocks when it was extracted (for ordering only: the
    /// unit's identity is its id).
    public var blockIndex: Int? { metadata?.group(Self.jejuCategory)?["block-index"].flatMap { Int($0) } }

    /// Whether the unit is a UI message in ICU MessageFormat.
    public var isMessageFormat: Bool { blockKind == "message" }

    /// The whole block's source as a notice's content (see `InlineContent.notice(xliff:originalData:)`): its
    /// segments' sources joined by the ignorables between them.
    public var sourceText: Segment { joined { $0.source } }

    /// The whole block's translation when every segment has a target in at least `minimum` state (ignorables
    /// keep their source white space unless they have a target); nil otherwise.
    public func translatedText(minimum: XLIFFState = .translated) -> Segment? {
        for s in segments where !s.isIgnorable {
            guard let t = s.target, !t.isEmpty || s.source.isEmpty, s.effectiveState >= minimum else { return nil }
        }
        return joined { $0.target ?? $0.source }
    }

    private func joined(_ content: (XLIFFSegment) -> Segment) -> Segment {
        var text = ""
        var codes: [CodeSpan] = []
        var offset = 0
        for s in segments {
            let part = InlineContent.notice(
                xliff: s.isIgnorable ? (s.target ?? s.source) : content(s), originalData: originalData)
            for var c in part.spans {
                c.start += offset
                c.end += offset
                // A span cut at a segment boundary is one span again in the joined text.
                if c.continuesFromPrevious, let i = codes.lastIndex(where: { $0.id == c.id && $0.continuesToNext }) {
                    codes[i].end = c.end
                    codes[i].continuesToNext = c.continuesToNext
                    continue
                }
                codes.append(c)
            }
            text += part.text
            offset += part.text.unicodeScalars.count
        }
        return Segment(text: text, spans: codes)
    }
}
