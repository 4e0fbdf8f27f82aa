// Markdown notices: NoticeReader.read with the input after a '---' line → MarkdownReader (front matter through Yams, blocks, inline
// Markdown); and the notice read in parts against it streamed.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Notices
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "fuzz.md") else { return 0 }
    let notice = text.hasPrefix("---") ? text : "---\n" + text
    _ = try? NoticeReader.read(notice, path: "fuzz.md")
    // Read in parts (cut every few bytes), the notice gives the blocks it gives streamed.
    let bytes = Array(notice.utf8)
    var streamed: [Block] = []
    guard (try? NoticeReader.stream(utf8: bytes, path: "fuzz.md") { streamed.append($0) }) != nil,
        let parts = try? NoticeReader.parts(utf8: bytes, path: "fuzz.md", partBytes: 1 + count % 97)
    else { return 0 }
    precondition((try? parts.blocksInOrder()) == streamed, "the parts' blocks differ from the notice streamed")
    return 0
}
