import Foundation
import Inline
import Interchange
import Notices
import TestSupport

/// Shared helpers for the Interchange tests.
enum Fixtures {
    /// A document using every part of the model Jeju writes: notes, metadata, glossary, matches, codes of each
    /// kind (one span cut across two segments), an ignorable, and a character XML cannot carry.
    static func fullDocument() -> XLIFFDocument {
        var data: [(id: String, value: String)] = []
        let first = Segment(
            text: "Read the guide and the new rules.",
            spans: [
                CodeSpan(id: "1", kind: .link, start: 9, end: 14, data: "https://example.org/a?b=1&c=2"),
                CodeSpan(id: "2", kind: .emphasis, start: 23, end: 26),
                CodeSpan(id: "3", kind: .strong, start: 27, end: 33, continuesToNext: true),
            ])
        let second = Segment(
            text: "Call us.\nRun jeju\u{1}.",
            spans: [
                CodeSpan(id: "3", kind: .strong, start: 0, end: 4, continuesFromPrevious: true),
                CodeSpan(id: "4", kind: .lineBreak, start: 8, end: 8),
                CodeSpan(id: "5", kind: .code, start: 13, end: 17),
            ])
        let s1 = InlineContent.xliff(first, originalData: &data)
        let s2 = InlineContent.xliff(second, originalData: &data)
        var metadata = XLIFFMetadata()
        metadata.groups.append(
            .init(
                category: XLIFFUnit.jejuCategory,
                entries: [("block-kind", "paragraph"), ("source-line", "12"), ("block-index", "3")]))
        let unit = XLIFFUnit(
            id: "u0011aabb", metadata: metadata,
            glossary: [
                XLIFFGlossaryEntry(
                    id: "g1", term: .init("e-government", source: "egov.tbx#c12"),
                    translations: [.init("전자정부", source: "egov.tbx#c12")],
                    definition: .init("Government services delivered online."))
            ],
            matches: [
                XLIFFMatch(
                    id: "m1", ref: "#s00000001", similarity: 87, origin: "locales/ko/memory.tmx#4", type: "tm",
                    source: Segment(text: "Read the guide."), target: Segment(text: "안내서를 읽으십시오."))
            ],
            notes: [
                XLIFFNote(id: "jeju-block", category: "context", text: "paragraph, line 12"),
                XLIFFNote(category: "translator", text: "Ask <legal> about \"rules\" & more"),
            ],
            originalData: data,
            segments: [
                XLIFFSegment(id: "s00000001", state: .translated, subState: "jeju:tm-exact", source: s1, target: s1),
                XLIFFSegment(id: nil, isIgnorable: true, source: Segment(text: " "), preservesSpace: true),
                XLIFFSegment(id: "s00000002", source: s2),
            ])
        let file = XLIFFFile(
            id: "2016-05-26-notice", original: "locales/en/notices/notice.txt",
            notes: [XLIFFNote(id: "jeju-title", text: "Local officials learn e-government")], units: [unit])
        return XLIFFDocument(sourceLanguage: "en", targetLanguage: "ko", files: [file])
    }

    /// Runs `../shared/tools/validate.sh` on `file`; nil (with a printed reason) when the tools are absent.
    static func validate(_ file: URL, test: String = #function) throws -> (ok: Bool, output: String)? {
        guard let script = SharedData.url("tools/validate.sh", test: test) else { return nil }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else {
            SharedData.skip("\(test): xmllint is not installed (apt-get install -y libxml2-utils)")
            return nil
        }
        let r = try ExternalTool.run("/bin/bash", [script.path, file.path])
        return (r.status == 0, r.output)
    }

    /// A fresh scratch file URL.
    static func scratch(_ name: String) throws -> URL {
        try JejuBinary.temporaryFolder().appendingPathComponent(name)
    }
}
