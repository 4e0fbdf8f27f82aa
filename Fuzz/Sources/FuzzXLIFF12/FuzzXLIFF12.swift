// XLIFF 1.2: Interchange.XLIFF12Reader.read.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Interchange

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? XLIFF12Reader.read(data, path: "fuzz.xlf")
    return 0
}
