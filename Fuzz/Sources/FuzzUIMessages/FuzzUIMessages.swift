// ui.json: JejuSupport.UIMessages.parse.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "ui.json") else { return 0 }
    _ = try? UIMessages.parse(text, path: "ui.json")
    return 0
}
