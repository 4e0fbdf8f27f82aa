// QA profiles: QualityChecks.QAProfile.parse (extends: resolved against the built-in profiles).
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import QualityChecks
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "qa/profiles/fuzz.yml") else { return 0 }
    _ = try? QAProfile.parse(text, name: "fuzz", path: "qa/profiles/fuzz.yml") { base throws(Diagnostic) in
        try QAProfile.load(named: base, projectRoot: nil)
    }
    return 0
}
