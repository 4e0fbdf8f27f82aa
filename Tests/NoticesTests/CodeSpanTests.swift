import Inline
import Notices
import Testing

/// A notice segment's codes read back as spans give the very spans they were made from, in their order: the ids
/// of every segment and unit are hashed from that order.
@Suite struct CodeSpanTests {
    static func roundTrip(_ spans: [CodeSpan], text: String = "Twelve chars") -> [CodeSpan] {
        Segment(text: text, spans: spans).spans
    }

    @Test func nestedCutAndPassingSpansComeBackInTheirOrder() {
        let spans = [
            CodeSpan(id: "1", kind: .strong, start: 0, end: 12, continuesFromPrevious: true, continuesToNext: true),
            CodeSpan(id: "2", kind: .emphasis, start: 0, end: 5, continuesFromPrevious: true),
            CodeSpan(id: "3", kind: .link, start: 0, end: 5, data: "http://x.kr"),
            CodeSpan(id: "4", kind: .lineBreak, start: 5, end: 5),
            CodeSpan(id: "5", kind: .code, start: 7, end: 12, continuesToNext: true),
            CodeSpan(id: "6", kind: .emphasis, start: 7, end: 9),
        ]
        #expect(Self.roundTrip(spans) == spans)
    }

    @Test func emptySpansAndBreaksAtOneOffsetKeepTheirOrder() {
        let link = CodeSpan(id: "1", kind: .link, start: 3, end: 3, data: "http://x.kr")
        let lineBreak = CodeSpan(id: "2", kind: .lineBreak, start: 3, end: 3)
        #expect(Self.roundTrip([link, lineBreak]) == [link, lineBreak])
        #expect(Self.roundTrip([lineBreak, link]) == [lineBreak, link])
    }

    @Test func aSpanEndingBeforeItsStartComesBackAsItWasRead() {
        // The Markdown reader makes one when a hard break trims the space a span began after.
        let inverted = CodeSpan(id: "2", kind: .link, start: 6, end: 5, data: "http://x.kr")
        let lineBreak = CodeSpan(id: "1", kind: .lineBreak, start: 5, end: 5)
        #expect(Self.roundTrip([lineBreak, inverted]) == [lineBreak, inverted])
        let read = Segment(text: "Twelve chars", spans: [lineBreak, inverted])
        #expect(read.codes.map(\.offset) == [5, 5, 6])
    }
}
