/// A public notice as Jeju reads it: metadata, the page structure around it, and its translatable blocks.
public struct Notice: Sendable, Equatable {
    /// The notice's identifier: `id` from front matter, else the file name without its extension
    /// (e.g. `2016-05-26-local-officials-gather-to-learn-e-government`).
    public var id: String
    /// The format the notice was read from.
    public var format: NoticeFormat
    /// The title, as a block of kind `.title` (nil only for `--plain` input).
    public var title: Block?
    /// The publication date.
    public var date: NoticeDate?
    /// The view count shown on the page.
    public var views: Int?
    /// The page structure recognised around the content (skip links, breadcrumb, section, back-to-top).
    public var chrome: PageChrome
    /// The body blocks in reading order (the title is not among them).
    public var body: [Block]

    /// Creates a notice.
    public init(
        id: String, format: NoticeFormat, title: Block?, date: NoticeDate?, views: Int?,
        chrome: PageChrome = PageChrome(), body: [Block]
    ) {
        self.id = id
        self.format = format
        self.title = title
        self.date = date
        self.views = views
        self.chrome = chrome
        self.body = body
    }

    /// The title first (when there is one), then the body: every block a translator sees.
    public var blocks: [Block] { (title.map { [$0] } ?? []) + body }
}

/// The formats Jeju reads notices from.
public enum NoticeFormat: String, Sendable, Codable, CaseIterable {
    /// The scraped text of a page on the Ministry's site (the first notice's format).
    case pageText = "page-text"
    /// Markdown with YAML front matter (`title`, `date`, `views`, optional `id`).
    case markdown
    /// Paragraphs separated by blank lines, no metadata (`--plain`).
    case plain
}

/// A calendar date without time or zone, as notices carry it.
public struct NoticeDate: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// A date; nil unless it exists in the Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601, e.g. `2016-05-26`.
    public var iso: String {
        func pad(_ n: Int, _ w: Int) -> String {
            String(repeating: "0", count: max(0, w - String(n).count)) + String(n)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// ISO 8601.
    public var description: String { iso }

    /// Encodes as the ISO string.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }

    /// Decodes the ISO string.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        let parts = s.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let d = NoticeDate(year: parts[0], month: parts[1], day: parts[2]) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an ISO date: \(s)")
        }
        self = d
    }
}

/// The page structure around a notice's content: recognised, kept for rebuilding the page, never translated as
/// content (pages show their own localized equivalents).
public struct PageChrome: Sendable, Equatable, Codable {
    /// The skip-links line (e.g. "the body go topmenu go") and its line.
    public var skipLinks: Located<String>?
    /// The breadcrumb items (e.g. HOME › What's New › News & Notices) and its line.
    public var breadcrumb: Located<[String]>?
    /// The section heading (e.g. "News & Notices") and its line.
    public var section: Located<String>?
    /// The closing back-to-top link ("Top") and its line.
    public var backToTop: Located<String>?

    /// Empty chrome.
    public init(
        skipLinks: Located<String>? = nil, breadcrumb: Located<[String]>? = nil,
        section: Located<String>? = nil, backToTop: Located<String>? = nil
    ) {
        self.skipLinks = skipLinks
        self.breadcrumb = breadcrumb
        self.section = section
        self.backToTop = backToTop
    }
}

/// A value with the 1-based source line it came from.
public struct Located<Value: Sendable & Equatable & Codable>: Sendable, Equatable, Codable {
    /// The value.
    public var value: Value
    /// 1-based line in the source file.
    public var line: Int

    /// Creates a located value.
    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}
