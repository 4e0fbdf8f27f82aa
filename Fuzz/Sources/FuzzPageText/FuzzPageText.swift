// Page-text notices: NoticeReader.read → PageTextReader (a leading '---' line is dropped so the text never goes to the Markdown reader).
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Notices
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard var text = try? TextFile.decode(data, path: "fuzz.txt") else { return 0 }
    if text.hasPrefix("---") { text.removeFirst(3) }
    _ = try? NoticeReader.read(text, path: "fuzz.txt")
    return 0
}
