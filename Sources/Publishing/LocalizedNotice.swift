import Notices

/// A notice as one locale's page shows it: metadata and blocks, every sentence translated or marked as fallback.
public struct LocalizedNotice: Sendable, Equatable {
    /// The notice id (the page's file name).
    public var id: String
    /// The BCP 47 tag of the locale.
    public var locale: String
    /// The publication date.
    public var date: NoticeDate?
    /// The view count.
    public var views: Int?
    /// The title block, if the notice has one.
    public var title: LocalizedBlock?
    /// The body blocks in reading order.
    public var body: [LocalizedBlock]

    /// Creates a localized notice.
    public init(
        id: String, locale: String, date: NoticeDate?, views: Int?, title: LocalizedBlock?, body: [LocalizedBlock]
    ) {
        self.id = id
        self.locale = locale
        self.date = date
        self.views = views
        self.title = title
        self.body = body
    }

    /// Title first, then the body.
    public var blocks: [LocalizedBlock] { (title.map { [$0] } ?? []) + body }

    /// The translatable sentences (code blocks excluded).
    public var translatableSegments: [LocalizedSegment] {
        blocks.filter { $0.kind != .code }.flatMap(\.segments)
    }

    /// The share of the source's words whose sentences show a translation, 0…1, as translation tools count
    /// progress (a long sentence weighs more than a heading); by sentences when there are no words, and 1 for a
    /// notice with nothing to translate.
    public var completeness: Double { share { !$0.isFallback } }

    /// The share of the source's words translated at any state from translated on, shown or not: what
    /// `completeness` would be at the lowest state.
    public var draftCompleteness: Double { share { !$0.isFallback || $0.state >= .translated } }

    /// The share of the source's words in sentences that satisfy `counts`, weighed as `completeness` says.
    private func share(_ counts: (LocalizedSegment) -> Bool) -> Double {
        let all = translatableSegments
        guard !all.isEmpty else { return 1 }
        let words = all.reduce(0) { $0 + $1.words }
        guard words > 0 else { return Double(all.count(where: counts)) / Double(all.count) }
        return Double(all.filter(counts).reduce(0) { $0 + $1.words }) / Double(words)
    }

    /// Whether any sentence shows English in place of a translation.
    public var hasFallback: Bool { translatableSegments.contains(where: \.isFallback) }
}
