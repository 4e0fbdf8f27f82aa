// TMX: TranslationMemory.TMXReader.read.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import TranslationMemory

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? TMXReader.read(data, path: "fuzz.tmx")
    return 0
}
