// Plain notices: NoticeReader.read(plain: true) → PlainReader; and the text read in parts against it streamed.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Notices
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "fuzz.txt") else { return 0 }
    _ = try? NoticeReader.read(text, path: "fuzz.txt", plain: true)
    // Read in parts (cut every few bytes), the text gives the blocks it gives streamed.
    let bytes = Array(text.utf8)
    var streamed: [Block] = []
    guard (try? NoticeReader.stream(utf8: bytes, path: "fuzz.txt", plain: true) { streamed.append($0) }) != nil,
        let parts = try? NoticeReader.parts(utf8: bytes, path: "fuzz.txt", plain: true, partBytes: 1 + count % 97)
    else { return 0 }
    precondition((try? parts.blocksInOrder()) == streamed, "the parts' blocks differ from the text streamed")
    return 0
}
