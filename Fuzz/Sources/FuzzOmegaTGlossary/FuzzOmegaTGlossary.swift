// OmegaT TSV glossaries: TermbaseFormat.tsv.read → TextFile.decode, OmegaTGlossary.read.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import Glossary

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? TermbaseFormat.tsv.read(data, path: "fuzz.tsv", options: ImportOptions(sourceLocale: "en", targetLocale: "ko"))
    return 0
}
