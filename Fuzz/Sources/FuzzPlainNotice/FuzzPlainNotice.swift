// Plain notices: NoticeReader.read(plain: true) → PlainReader.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Notices
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "fuzz.txt") else { return 0 }
    _ = try? NoticeReader.read(text, path: "fuzz.txt", plain: true)
    return 0
}
