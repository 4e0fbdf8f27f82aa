@testable import ICU
import Testing

@Suite struct CaseMappingTests {
    /// ASCII mapped without ICU must be what ICU gives, in every locale; Turkish and Azerbaijani i/I go to ICU.
    @Test func theASCIIShortcutAgreesWithICU() {
        let ascii = (0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }
        let samples = [String(ascii), "Istanbul IS in Izmir", "iI", "E-Government", "WeGO 2016", "", "ijssel IJSSEL"]
        for locale in ["", "en", "tr", "az", "tr-TR", "lt", "el", "nl", "ko", "uz-Latn"] {
            for mapping in [Int32(0), 1, 3] {
                for s in samples {
                    let shortcut = CaseMapping.asciiMapped(mapping, s, locale: locale)
                    if let shortcut {
                        #expect(
                            shortcut == CaseMapping.icuMapped(mapping, s, locale: locale), "\(mapping) \(locale) \(s)")
                    }
                }
            }
        }
        #expect(CaseMapping.asciiMapped(0, "Izmir", locale: "tr") == nil)
        #expect(CaseMapping.lowercased("Izmir", locale: "tr") == "ızmir")
        #expect(CaseMapping.uppercased("izmir", locale: "az") == "İZMİR")
        #expect(CaseMapping.lowercased("E-Government") == "e-government")
        #expect(CaseMapping.folded("Straße") == "strasse")
    }
}
