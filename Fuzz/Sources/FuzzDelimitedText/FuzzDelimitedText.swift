// CSV and TSV splitting: JejuSupport.DelimitedText.parse, both dialects.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import JejuSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "fuzz.csv") else { return 0 }
    _ = try? DelimitedText.parse(text, dialect: .csv, path: "fuzz.csv")
    _ = try? DelimitedText.parse(text, dialect: .tsv, path: "fuzz.tsv")
    return 0
}
