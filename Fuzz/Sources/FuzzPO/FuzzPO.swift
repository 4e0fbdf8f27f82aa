// PO: Interchange.POParser.parse on the bytes, then POReader.read on the text when it is UTF-8.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Interchange
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = POParser.parse(data, path: "fuzz.po")
    if let text = try? TextFile.decode(data, path: "fuzz.po") {
        _ = try? POReader.read(text, path: "fuzz.po")
    }
    return 0
}
