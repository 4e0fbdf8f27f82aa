// What `jeju merge` reads: Workflow.ReturnedWork.read on any bytes — XLIFF 2, XLIFF 1.2, PO (OmegaT kit tags
// included) or a CSV table; the seeds are files `jeju export` writes for this project.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Workflow

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? ReturnedWork.read(data, path: "returned")
    return 0
}
