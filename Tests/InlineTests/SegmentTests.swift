import Foundation
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

    @Test func mapTextMovesTheCodesWithTheirRuns() {
        // "e\u{301}" (two scalars) becomes "é" (one): the codes after it move back by one.
        let segment = Segment(
            text: "Cafe\u{301} au lait",
            codes: [
                InlineCode(role: .opening, id: "1", offset: 6), InlineCode(role: .closing, id: "1", offset: 8),
                InlineCode(role: .standalone, id: "2", offset: 8),
            ])
        let mapped = segment.mapText { $0.replacingOccurrences(of: "e\u{301}", with: "\u{E9}") }
        #expect(mapped.text == "Caf\u{E9} au lait")
        #expect(mapped.codes.map(\.offset) == [5, 7, 7])
        #expect(mapped.codes.map(\.id) == ["1", "1", "2"])
        #expect(Segment(text: "ab").mapText { $0.uppercased() } == Segment(text: "AB"))
    }
}
