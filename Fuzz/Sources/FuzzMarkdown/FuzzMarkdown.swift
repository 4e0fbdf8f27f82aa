// Markdown notices: NoticeReader.read with the input after a '---' line → MarkdownReader (front matter through Yams, blocks, inline Markdown).
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Notices
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "fuzz.md") else { return 0 }
    _ = try? NoticeReader.read(text.hasPrefix("---") ? text : "---\n" + text, path: "fuzz.md")
    return 0
}
