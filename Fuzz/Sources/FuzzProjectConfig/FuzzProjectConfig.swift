// jeju.yml: JejuSupport.ProjectConfig.parse.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "jeju.yml") else { return 0 }
    _ = try? ProjectConfig.parse(text, path: "jeju.yml")
    return 0
}
