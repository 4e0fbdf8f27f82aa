// jeju validate on arbitrary bytes: Validation.DocumentValidator.validate (kind recognised from the content).
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Validation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = DocumentValidator.validate(data, path: "fuzz")
    return 0
}
