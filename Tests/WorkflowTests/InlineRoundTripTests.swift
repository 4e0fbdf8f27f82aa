import Foundation
import Inline
import Interchange
import JejuSupport
import Notices
import TestSupport
import Testing
import TranslationMemory

@testable import Workflow

/// Every format a notice sentence's content travels in gives it back: a translation with emphasis, strong text,
/// links, code spans and line breaks, nested at random among text with markup characters, written the way Jeju
/// writes each format (the canonical XLIFF 2.1, the XLIFF 1.2, PO and CSV exports, a memory's TMX) and read
/// back the way Jeju reads it (`ReturnedWork`, with the codes restored from the canonical source as `merge`
/// does; `TMXReader` and `InlineContent.notice(tmx:)`), is the same notice `Segment`. The memory's TMX reads back
/// into the very
/// `Segment` it was written from, codes' roles, ids and types included.
@Suite struct InlineRoundTripTests {
    static let pieces = [
        "e-government", " ", "Jeju", "전자정부", "ኢትዮጵያ", "<b>", "a & b", "\"quoted\"", "'", "1 < 2", "%s", "{0}",
        "👍", "\\", "tab\there", ";", ",",
    ]

    /// A random notice sentence: pieces of text, spans of each kind around nested content, line breaks.
    static func randomText(_ rng: inout some RandomNumberGenerator) -> Segment {
        var scalars: [Unicode.Scalar] = []
        var codes: [CodeSpan] = []
        var nextID = 1
        func fill(depth: Int) {
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                switch Int.random(in: 0..<10, using: &rng) {
                case 0..<4:
                    scalars += (pieces.randomElement(using: &rng) ?? "x").unicodeScalars
                case 4..<6 where depth < 3:
                    let id = "\(nextID)"
                    nextID += 1
                    let kinds: [CodeSpan.Kind] = [.emphasis, .strong, .link, .code]
                    let kind = kinds.randomElement(using: &rng) ?? .emphasis
                    let start = scalars.count
                    let index = codes.count
                    codes.append(CodeSpan(id: id, kind: kind, start: start, end: start))
                    // Code spans hold text only; the others may nest.
                    if kind == .code {
                        scalars += "jeju extract".unicodeScalars
                    } else {
                        fill(depth: depth + 1)
                    }
                    if scalars.count == start { scalars += "x".unicodeScalars }
                    codes[index].end = scalars.count
                    if kind == .link { codes[index].data = "https://www.mois.go.kr/eng/\(id)?a=1&b=2" }
                case 6:
                    codes.append(
                        CodeSpan(id: "\(nextID)", kind: .lineBreak, start: scalars.count, end: scalars.count))
                    nextID += 1
                default:
                    scalars += " ".unicodeScalars
                }
            }
        }
        fill(depth: 0)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return canonical(Segment(text: text, spans: codes))
    }

    /// `content` with its codes in one order: their spans by start, a placeholder before a span starting there,
    /// outer spans first, then by id (the order of codes at one offset is not part of what a format keeps).
    static func canonical(_ content: Segment) -> Segment {
        let spans = content.spans.sorted { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.isPlaceholder != b.isPlaceholder { return a.isPlaceholder }
            if a.end != b.end { return a.end > b.end }
            return a.id < b.id
        }
        return Segment(text: content.text, spans: spans)
    }

    /// The canonical document of one unit whose one segment's source and target are `text`.
    static func document(_ text: Segment) -> (XLIFFDocument, Segment, [(id: String, value: String)]) {
        var data: [(id: String, value: String)] = []
        let content = InlineContent.xliff(text, originalData: &data)
        let segment = XLIFFSegment(id: "s00000001", state: .translated, source: content, target: content)
        let unit = XLIFFUnit(id: "u1", originalData: data, segments: [segment])
        let file = XLIFFFile(id: "notice-1", original: "locales/en/notices/notice-1.md", units: [unit])
        return (XLIFFDocument(sourceLanguage: "en", targetLanguage: "ko", files: [file]), content, data)
    }

    @Test func everyFormatGivesTheNoticeSegmentBack() throws {
        var rng = SystemRandomNumberGenerator()
        var coded = 0
        for _ in 0..<300 {
            let text = Self.randomText(&rng)
            if !text.codes.isEmpty { coded += 1 }
            let (doc, content, data) = Self.document(text)
            let file = doc.files[0]
            let written: [(String, Data)] = [
                ("notice-1.xlf", XLIFFWriter.data(doc)),
                ("notice-1.xliff12.xlf", XLIFF12Writer.data(Exporter.xliff12(doc, file: file))),
                ("notice-1.po", Data(POWriter.string(Exporter.po(doc, file: file)).utf8)),
                ("notice-1.csv", Data(Exporter.csv(doc, file: file).utf8)),
            ]
            for (name, bytes) in written {
                let work = try ReturnedWork.read(bytes, path: name, hints: .init(locale: "ko"))
                let returned = try #require(work.documents.first?.segments.first, "\(name)")
                var target = returned.target
                if returned.positionalCodes { target = OmegaTTags.resolve(target, source: content) }
                switch Merger.restoreCodes(target, source: content) {
                case .failure(let problem):
                    Issue.record("\(name): \(problem) for \(text)")
                case .success(let restored):
                    // The one model: every format reads back into the very segment the canonical file holds.
                    #expect(restored == content, "\(name)")
                    let back = Self.canonical(InlineContent.notice(xliff: restored, originalData: data))
                    #expect(back == text, "\(name)")
                }
            }
            // The memory: the segment as TMX markup, read back into the very model it was written from.
            let segment = InlineContent.tmx(text)
            let markup = TMXWriter.markup(segment)
            let read = try TMXReader.segment(markup: markup)
            #expect(read == segment, "TMX \(markup)")
            #expect(Self.canonical(InlineContent.notice(tmx: read)) == text, "TMX \(markup)")
        }
        #expect(coded > 100, "\(coded) of 300 with codes")
    }
}
