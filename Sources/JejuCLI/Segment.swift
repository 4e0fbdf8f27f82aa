import ArgumentParser
import Foundation
import ICU
import JejuSupport
import Notices
import Segmentation

/// `jeju segment`: reads a notice and prints its sentences.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a notice into the sentences translators will see.",
        discussion: """
            Reads page text (the scraped format of the Ministry's site) or Markdown with YAML front matter; \
            --plain reads paragraphs separated by blank lines. Sentences come from ICU's sentence rules with CLDR \
            suppressions, SRX 2.0 rules (--srx, then locales/<tag>/segmentation.srx, then Jeju's built-in rules) \
            and project exceptions (locales/<tag>/segmentation-exceptions.txt).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case lines, json
    }

    @OptionGroup var options: ProjectOptions

    @Argument(help: "The notice file, or - for standard input.")
    var file: String

    @Option(help: "The language of the text (BCP 47; default: the project's source language, else en).")
    var locale: String?

    @Flag(help: "Read paragraphs separated by blank lines, without notice structure.")
    var plain = false

    @Option(help: ArgumentHelp("An SRX 2.0 rule file tried before all others (repeatable).", valueName: "FILE"))
    var srx: [String] = []

    @Option(help: "Output: one sentence per line, or the notice as JSON.")
    var format: Format = .lines

    @Flag(help: "Show every candidate boundary and the rule that made or suppressed it.")
    var explain = false

    func validate() throws {
        if let locale, !LanguageTag.isWellFormed(locale) {
            throw ValidationError("'\(locale)' is not a well-formed BCP 47 language tag")
        }
    }

    func run() throws {
        try reportingFailures {
            let project = try options.projectIfAny()
            let language = locale ?? project?.config.source ?? "en"
            let path = options.resolve(file)
            let shown = file == "-" ? "-" : file
            if format == .lines && !explain {
                // A large file is read where it is, mapped, not copied.
                let bytes = try TextFile.readUTF8Text(path)
                // Progress by lines: a block reports the line it starts on.
                let progress = options.progress("segmenting", unit: "lines")
                defer { progress.finish() }
                if progress.enabled {
                    progress.update(0, of: bytes.withUnsafeBufferPointer { $0.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } })
                }
                try Self.writeLines(bytes, path: shown, plain: plain, progress: progress.update) {
                    () throws(Diagnostic) in
                    try Segmenter.forProject(project, language: language, extraRuleFiles: srx.map(options.resolve))
                }
                return
            }
            let notice = try NoticeReader.read(utf8: try TextFile.readUTF8(path), path: shown, plain: plain)
            let segmenter = try Segmenter.forProject(
                project, language: language, extraRuleFiles: srx.map(options.resolve))
            let blocks = segmenter.segments(of: notice)
            switch (format, explain) {
            case (.lines, false): Console.write(Self.lines(blocks))
            case (.lines, true): Console.write(Self.explanation(blocks, segmenter: segmenter))
            case (.json, _):
                try Console.write(Self.json(notice, blocks, language: language, segmenter: explain ? segmenter : nil))
            }
        }
    }

    /// `lines` written as the notice is read: each block's sentences go out as ranges of its UTF-16 text, and
    /// nothing but the file's bytes and the block at hand is held. The segmenter is made when the first block
    /// comes, after the notice has been found well formed, so a bad notice is reported before bad rules, as
    /// when the notice is read whole.
    static func writeLines(
        _ bytes: TextBytes, path: String, plain: Bool, progress: (Int, Int?, String?) -> Void = { _, _, _ in },
        segmenter make: @escaping () throws(Diagnostic) -> Segmenter
    ) throws(Diagnostic) {
        let out = BufferedOutput()
        let lines = SentenceLines(to: out, segmenter: make)
        if bytes.count > 2 * SentenceLines.partBytes { lines.prestart() }
        // Plain text, and Markdown in which no line may open a code fence, are read in parts on both cores.
        if let parts = try NoticeReader.parts(utf8: bytes, path: path, plain: plain, partBytes: SentenceLines.partBytes)
        {
            try lines.write(parts) { progress($0, nil, nil) }
            out.flush()
            return
        }
        _ = try NoticeReader.stream(utf8: bytes, path: path, plain: plain) { block throws(Diagnostic) in
            try lines.prepare()
            progress(block.line, nil, nil)
            guard block.isTranslatable else { return }
            try lines.add(block.content.text)
        }
        lines.finish()
        out.flush()
    }

    /// One sentence per line, a blank line between blocks.
    static func lines(_ blocks: [SegmentedBlock]) -> String {
        blocks.filter { !$0.segments.isEmpty }
            .map { $0.segments.map(\.text).joined(separator: "\n") + "\n" }
            .joined(separator: "\n")
    }

    static func explanation(_ blocks: [SegmentedBlock], segmenter: Segmenter) -> String {
        var out = ""
        for b in blocks where b.block.isTranslatable {
            out += "line \(b.block.line) (\(b.block.kind.rawValue)):\n"
            let scalars = Array(b.block.content.text.unicodeScalars)
            for d in segmenter.explain(b.block.content.text) {
                let before = String(scalars: scalars[max(0, d.offset - 24)..<d.offset])
                    .replacingOccurrences(of: "\n", with: " ")
                let after = String(scalars: scalars[d.offset..<min(scalars.count, d.offset + 16)])
                let mark = d.isBreak ? "break   " : "no break"
                let context = d.offset == scalars.count ? "…\(before)⟩" : "…\(before)⟨|⟩\(after)…"
                out += "  \(d.offset)\t\(mark)\t\(context)\t\(d.reason)\n"
            }
        }
        return out
    }

    struct JSONNotice: Encodable {
        var id: String
        var format: String
        var language: String
        var title: String?
        var date: String?
        var views: Int?
        var chrome: PageChrome
        var blocks: [JSONBlock]
    }

    struct JSONBlock: Encodable {
        var kind: String
        var line: Int
        var level: Int?
        var marker: String?
        var text: String
        var segments: [JSONSegment]
        var boundaries: [JSONDecision]?
    }

    /// A sentence as the JSON has always shown it: its codes as spans over the text.
    struct JSONSegment: Encodable {
        var text: String
        var start: Int
        var codes: [JSONCode]

        init(_ segment: SourceSegment) {
            text = segment.text
            start = segment.start
            codes = segment.content.spans.map {
                JSONCode(
                    id: $0.id, kind: $0.kind.rawValue, start: $0.start, end: $0.end, data: $0.data,
                    continuesFromPrevious: $0.continuesFromPrevious, continuesToNext: $0.continuesToNext)
            }
        }
    }

    struct JSONCode: Encodable {
        var id: String
        var kind: String
        var start: Int
        var end: Int
        var data: String?
        var continuesFromPrevious: Bool
        var continuesToNext: Bool
    }

    struct JSONDecision: Encodable {
        var offset: Int
        var `break`: Bool
        var reason: String
        var icuWouldBreak: Bool
    }

    static func json(_ notice: Notice, _ blocks: [SegmentedBlock], language: String, segmenter: Segmenter?) throws
        -> String
    {
        let doc = JSONNotice(
            id: notice.id, format: notice.format.rawValue, language: language, title: notice.title?.content.text,
            date: notice.date?.iso, views: notice.views, chrome: notice.chrome,
            blocks: blocks.map { b in
                JSONBlock(
                    kind: b.block.kind.rawValue, line: b.block.line, level: b.block.level, marker: b.block.marker,
                    text: b.block.content.text, segments: b.segments.map(JSONSegment.init),
                    boundaries: segmenter.map { s in
                        s.explain(b.block.content.text).map {
                            JSONDecision(
                                offset: $0.offset, break: $0.isBreak, reason: $0.reason.description,
                                icuWouldBreak: $0.icuWouldBreak)
                        }
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
    }
}
