// locales/<tag>/locale.yml: Publishing.LocalePresentation.parse (names, date pattern/skeleton, ICU calendar);
// the seeds are the project's own files.
// libFuzzer supplies main(); a thrown Diagnostic is the right answer to bad input, only crashes count.
import Foundation
import JejuSupport
import Publishing

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "locales/am/locale.yml") else { return 0 }
    _ = try? LocalePresentation.parse(text, path: "locales/am/locale.yml", locale: "am")
    return 0
}
