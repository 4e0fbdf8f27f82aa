// SRX: Segmentation.SRXRules.parse, then the rules for a few languages.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Segmentation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let rules = try? SRXRules.parse(data, path: "fuzz.srx") {
        for language in ["en", "ko", "en-GB"] { _ = rules.rules(for: language) }
    }
    return 0
}
