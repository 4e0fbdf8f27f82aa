/// `notices/<id>.json` in a bundle: a localized notice as structured data for apps and other sites.
public struct NoticeDocument: Codable, Sendable, Equatable {
    /// A sentence with what it shows and how far its translation has come.
    public struct Segment: Codable, Sendable, Equatable {
        /// The translation file's segment id, if any.
        public var id: String?
        /// The English source.
        public var source: String
        /// What the page shows (the translation, or the source on fallback).
        public var text: String
        /// The translation state (`initial` when shown in English).
        public var state: TranslationState
        /// Whether `text` is the English source standing in for a missing translation.
        public var fallback: Bool
    }

    /// A block of the notice.
    public struct Block: Codable, Sendable, Equatable {
        /// title, heading, paragraph, quotation, list-item or code.
        public var kind: String
        /// Heading level.
        public var level: Int?
        /// List marker.
        public var marker: String?
        /// The sentences.
        public var segments: [Segment]
    }

    /// A glossary term found in the text shown.
    public struct TermUse: Codable, Sendable, Equatable {
        /// The termbase concept id.
        public var concept: String
        /// The term as the termbase writes it in this locale.
        public var term: String
        /// The term's administrative status (preferred, admitted, deprecated…), if recorded.
        public var status: String?
        /// How many times it occurs.
        public var occurrences: Int
    }

    /// The date, machine- and human-readable.
    public struct DateValue: Codable, Sendable, Equatable {
        /// ISO 8601.
        public var iso: String
        /// In the locale's long format and digits.
        public var localized: String
    }

    /// The view count, as a number and as the page shows it.
    public struct Views: Codable, Sendable, Equatable {
        /// The count.
        public var count: Int
        /// The localized, pluralized phrase ("9,252 views").
        public var localized: String
    }

    /// The notice id.
    public var id: String
    /// The BCP 47 locale.
    public var locale: String
    /// ltr or rtl.
    public var direction: String
    /// The title as shown.
    public var title: String
    /// The date.
    public var date: DateValue?
    /// The views.
    public var views: Views?
    /// Share of sentences translated, 0…1.
    public var completeness: Double
    /// The blocks, title first.
    public var blocks: [Block]
    /// The glossary terms in the text shown, by first occurrence.
    public var terms: [TermUse]
}
