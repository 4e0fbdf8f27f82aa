import Inline
import Testing

@Suite struct SegmentTests {
    @Test func nativeTextJoinsTextAndSubFlows() {
        let code = InlineCode(
            role: .standalone, id: "1",
            native: [.text("<img alt=\""), .sub(attributes: [:], Segment(text: "A map")), .text("\">")], offset: 0)
        #expect(code.nativeText == "<img alt=\"A map\">")
    }

    @Test func aSegmentWithOnlyACodeIsNotEmpty() {
        #expect(Segment(text: "").isEmpty)
        #expect(!Segment(text: "", codes: [InlineCode(role: .standalone, offset: 0)]).isEmpty)
        #expect(!Segment(text: "x").isEmpty)
    }
}
