import Notices
import QualityChecks
import Testing

@Suite struct InlineCodeCheckTests {
    // "In cooperation with the **Asian Development Bank** (ADB) …" with a link to the bank.
    let source = "In cooperation with the Asian Development Bank (ADB), the Ministry invited local officials."
    var sourceCodes: [CodeSpan] {
        [
            CodeSpan(id: "1", kind: .link, start: 24, end: 46, data: "https://www.adb.org"),
            CodeSpan(id: "2", kind: .strong, start: 58, end: 66),
        ]
    }

    @Test func keptCodesPass() {
        // Korean moves the bank's name to the front: allowed, the codes may reorder.
        let ko = "행정자치부는 아시아개발은행(ADB)과 협력하여 지방 공무원을 초청했다."
        let codes = [
            CodeSpan(id: "2", kind: .strong, start: 0, end: 5),
            CodeSpan(id: "1", kind: .link, start: 7, end: 14, data: "https://www.adb.org"),
        ]
        #expect(messages(QAChecks.inlineCodes, source, ko, "ko", codes: (sourceCodes, codes)).isEmpty)
    }

    @Test func missingExtraDuplicatedChangedCodes() {
        let ru = "В сотрудничестве с Азиатским банком развития (АБР) министерство пригласило местных чиновников."
        let missing = messages(
            QAChecks.inlineCodes, source, ru, "ru",
            codes: (sourceCodes, [CodeSpan(id: "2", kind: .strong, start: 51, end: 63)]))
        #expect(missing.count == 1)
        #expect(missing.first?.contains("link to https://www.adb.org") == true)
        #expect(missing.first?.contains("'Asian Development Bank'") == true)

        let extra = messages(
            QAChecks.inlineCodes, source, ru, "ru",
            codes: (sourceCodes, sourceCodes + [CodeSpan(id: "3", kind: .emphasis, start: 0, end: 3)]))
        #expect(extra == ["the target has a emphasis (code 3) the source does not have; remove it"])

        let doubled = messages(
            QAChecks.inlineCodes, source, ru, "ru",
            codes: (sourceCodes, sourceCodes + [CodeSpan(id: "2", kind: .strong, start: 70, end: 80)]))
        #expect(doubled.count == 1 && doubled[0].contains("appears 2 times"))

        let relinked = messages(
            QAChecks.inlineCodes, source, ru, "ru",
            codes: (
                sourceCodes,
                [
                    CodeSpan(id: "1", kind: .link, start: 19, end: 44, data: "https://www.adb.org/ru"),
                    sourceCodes[1],
                ]
            ))
        #expect(relinked.count == 1 && relinked[0].contains("keep the URL"))
    }

    @Test func orderMattersOnlyWhereTheSourceForbidsReordering() {
        // Korean puts the Ministry (code 2) before the bank (code 1).
        let ko = "행정자치부는 아시아개발은행(ADB)과 협력하여 지방 공무원을 초청했다."
        let swapped = [
            CodeSpan(id: "2", kind: .strong, start: 0, end: 5),
            CodeSpan(id: "1", kind: .link, start: 7, end: 14, data: "https://www.adb.org"),
        ]
        #expect(messages(QAChecks.inlineCodes, source, ko, "ko", codes: (sourceCodes, swapped)).isEmpty)
        let fixed = messages(
            QAChecks.inlineCodes, source, ko, "ko", codes: (sourceCodes, swapped), fixedOrder: ["1", "2"])
        #expect(fixed == ["codes 1, 2 must stay in source order (canReorder=\"no\"), the target has 2, 1"])
    }
}
