import Foundation
import Inline
import Interchange
import JejuSupport
import Notices
import Segmentation

/// A source document as `jeju extract` sees it: a notice or the UI messages, cut into units (blocks or
/// messages) and segments (sentences) with their stable ids.
public struct SourceDocument: Sendable {
    /// One sentence of a unit, with its id.
    public struct Sentence: Sendable, Equatable {
        /// The stable segment id (unique in the document).
        public var id: String
        /// The sentence with its inline codes (Jeju's types, see `Block.content`).
        public var content: Segment
        /// The white space between the previous sentence and this one, as in the source ("" for the first).
        public var gapBefore: String

        /// Creates a sentence.
        public init(id: String, content: Segment, gapBefore: String = "") {
            self.id = id
            self.content = content
            self.gapBefore = gapBefore
        }

        /// The text, inline markup removed.
        public var text: String { content.text }
    }

    /// One unit: a block of a notice or one UI message.
    public struct Unit: Sendable, Equatable {
        /// The stable unit id (unique in the document).
        public var id: String
        /// The unit's name: a UI message's key.
        public var name: String?
        /// `title`, `paragraph`, `heading`, `list-item`, `quotation`, or `message`.
        public var kind: String
        /// The 1-based source line.
        public var line: Int
        /// Position among the document's units.
        public var index: Int
        /// The sentences.
        public var sentences: [Sentence]
    }

    /// The document id: the notice id, or `ui`.
    public var id: String
    /// The source file, relative to the project root.
    public var path: String
    /// The notice's title (nil for the UI messages).
    public var title: String?
    /// Whether the units are ICU MessageFormat messages.
    public var isMessageFormat: Bool
    /// The units in order.
    public var units: [Unit]

    /// The context for in-context memory matches: the document and the unit (whose id changes when any of
    /// its text changes, so a match is in context only when the whole block is unchanged).
    public static func context(document: String, unit: String) -> String { "\(document)/\(unit)" }

    /// Cuts a notice into units and sentences with `segmenter`. Code blocks are not for translation and are
    /// left out.
    public init(notice: Notice, path: String, segmenter: Segmenter) {
        id = notice.id
        self.path = path
        title = notice.title?.content.text
        isMessageFormat = false
        units = []
        var unitIDs = StableID(prefix: "u"), segmentIDs = StableID(prefix: "s")
        for (index, segmented) in segmenter.segments(of: notice).enumerated() where segmented.block.isTranslatable {
            let block = segmented.block
            let unitID = unitIDs.next(block.content)
            let scalars = Array(block.content.text.unicodeScalars)
            var sentences: [Sentence] = []
            var previousEnd: Int?
            for s in segmented.segments where !s.text.isEmpty {
                var gap = ""
                if let previousEnd, previousEnd < s.start, s.start <= scalars.count {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: scalars[previousEnd..<s.start])
                    gap = String(v)
                }
                sentences.append(
                    Sentence(id: segmentIDs.next(s.content), content: s.content, gapBefore: gap))
                previousEnd = s.start + s.text.unicodeScalars.count
            }
            guard !sentences.isEmpty else { continue }
            units.append(
                Unit(
                    id: unitID, name: nil, kind: block.kind.rawValue, line: block.line, index: index,
                    sentences: sentences))
        }
    }

    /// The UI messages: one unit per key (named after it), one segment per message — a MessageFormat pattern is
    /// never cut into sentences.
    public init(messages: [UIMessages.Message], path: String) {
        id = "ui"
        self.path = path
        title = nil
        isMessageFormat = true
        var unitIDs = StableID(prefix: "u"), segmentIDs = StableID(prefix: "s")
        units = messages.enumerated().map { index, m in
            Unit(
                id: unitIDs.next(m.key), name: m.key, kind: "message", line: m.line, index: index,
                sentences: [Sentence(id: segmentIDs.next(m.value), content: Segment(text: m.value))])
        }
    }

    /// A checksum of everything `Extractor` reads from the document (ids, texts, codes, gaps, kinds, lines, title,
    /// path): equal digests extract alike. Not a security hash; a cache uses it to skip an unchanged document.
    public var digest: String {
        var text = "\(id)\u{1E}\(path)\u{1E}\(title ?? "\u{0}")\u{1E}\(isMessageFormat)"
        for u in units {
            text += "\u{1D}\(u.id)\u{1F}\(u.name ?? "\u{0}")\u{1F}\(u.kind)\u{1F}\(u.line)\u{1F}\(u.index)"
            for s in u.sentences {
                text += "\u{1E}\(s.id)\u{1F}\(s.text)\u{1F}\(s.gapBefore)"
                for c in s.content.spans {
                    text +=
                        "\u{1F}\(c.id),\(c.kind.rawValue),\(c.start),\(c.end),\(c.data ?? "\u{0}"),\(c.continuesFromPrevious),\(c.continuesToNext)"
                }
            }
        }
        return Checksum.fast(Array(text.utf8))
    }

    /// Reads every source document of a project (the notices, then `locales/<source>/ui.json` when it exists),
    /// or only the notices whose id or file name is in `only`.
    public static func all(in project: Project, only: [String] = []) throws(Diagnostic) -> [SourceDocument] {
        let segmenter = try Segmenter.forProject(project, language: project.config.source)
        var out: [SourceDocument] = []
        var found = Set<String>()
        for url in project.noticeFiles() {
            let rel = project.relativePath(url)
            let notice = try NoticeReader.readProjectNotice(TextFile.read(url.path), path: rel)
            if !only.isEmpty {
                let names = [notice.id, url.lastPathComponent, rel, url.deletingPathExtension().lastPathComponent]
                guard let hit = only.first(where: { names.contains($0) }) else { continue }
                found.insert(hit)
            }
            out.append(SourceDocument(notice: notice, path: rel, segmenter: segmenter))
        }
        let ui = UIMessages.url(in: project)
        if FileManager.default.fileExists(atPath: ui.path), only.isEmpty || only.contains("ui") {
            found.insert("ui")
            let rel = project.relativePath(ui)
            out.append(SourceDocument(messages: try UIMessages.parse(TextFile.read(ui.path), path: rel), path: rel))
        }
        if let missing = only.first(where: { !found.contains($0) }) {
            throw Diagnostic(
                rule: "notice.unknown", path: project.config.notices,
                message: "no source notice '\(missing)' (ids: \(out.map(\.id).joined(separator: ", ")))")
        }
        for d in out {
            for u in d.units {
                for s in u.sentences where s.text.utf8.count > Limits.segmentBytes {
                    throw Diagnostic(
                        rule: "limits.segment", path: d.path, line: u.line, column: 1,
                        message:
                            "a sentence of \(s.text.utf8.count >> 10) KiB; a segment may be at most \(Limits.describe(bytes: Limits.segmentBytes))"
                    )
                }
            }
        }
        var ids = Set<String>()
        for d in out where !ids.insert(d.id).inserted {
            throw Diagnostic(
                rule: "notice.duplicate-id", path: d.path, message: "two source documents have the id '\(d.id)'")
        }
        return out
    }
}
