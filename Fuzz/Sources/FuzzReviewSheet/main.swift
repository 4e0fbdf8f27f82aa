// A filled-in glossary review sheet (CSV): Glossary.ReviewSheet.read against a small termbase; the seed is a
// sheet as `jeju glossary review export` writes it.
// libFuzzer supplies main(); a thrown Diagnostic or a returned problem is the right answer, only crashes count.
import Foundation
import Glossary
import JejuSupport

func makeTermbase() -> Termbase? {
    let tbx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
          <tbxHeader><fileDesc><sourceDesc><p>fuzz</p></sourceDesc></fileDesc></tbxHeader>
          <text><body>
            <conceptEntry id="egov-001">
              <langSec xml:lang="en"><termSec><term>e-government</term></termSec></langSec>
              <langSec xml:lang="ru"><termSec><term>электронное правительство</term></termSec></langSec>
            </conceptEntry>
          </body></text>
        </tbx>
        """
    do {
        return try TBXReader.read(Data(tbx.utf8), path: "fuzz.tbx").termbase
    } catch {
        return nil
    }
}

let termbase = makeTermbase()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let termbase else { fatalError("the harness's own termbase does not read") }
    let data = Data(bytes: start, count: count)
    guard let text = try? TextFile.decode(data, path: "review.csv") else { return 0 }
    _ = try? ReviewSheet.read(text, path: "review.csv", termbase: termbase, sourceLocale: "en", locales: ["ru"], expected: nil)
    return 0
}
