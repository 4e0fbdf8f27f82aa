// CSV termbases (TICO-19 layouts, Jeju's one-row-per-term layout): TermbaseFormat.csv.read → TextFile.decode, CSVTermbase.read.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Glossary

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? TermbaseFormat.csv.read(data, path: "fuzz.csv", options: ImportOptions(sourceLocale: "en", targetLocale: "ko"))
    return 0
}
