// TBX v3 (TBX-Basic): Glossary.TBXReader.read; the seeds are <tbx> documents.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Glossary

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? TBXReader.read(data, path: "fuzz.tbx")
    return 0
}
