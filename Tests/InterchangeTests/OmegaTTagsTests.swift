import Inline
import Interchange
import Testing

/// OmegaT's tag notation: what OmegaT protects and validates in a segment, and what its memories hold.
@Suite struct OmegaTTagsTests {
    /// "Read <a>*this*</a> now.<br>" with Jeju-style ids that are not positions.
    let source = Segment(
        text: "Read this now.cut",
        codes: [
            Self.code("pc", "7", at: 5), Self.code("pc", "3", at: 5), Self.code("pc", closing: true, "3", at: 9),
            Self.code("pc", closing: true, "7", at: 9), Self.code("ph", "9", at: 14), Self.code("sc", "12", at: 14),
        ])

    /// A code without attributes, as OmegaT's tags give it.
    static func code(_ element: String, closing: Bool = false, _ id: String, at offset: Int) -> InlineCode {
        InlineCode(xliffElement: element, closing: closing, id: id, offset: offset)
    }

    @Test func codesAreNumberedByTheirPositionInTheSource() {
        #expect(OmegaTTags.render(source: source) == "Read <g0><g1>this</g1></g0> now.<x2/><bx3/>cut")
        // The target uses the source's numbers, whatever its order.
        let target = Segment(
            text: "이것을 읽으세요",
            codes: [
                Self.code("ph", "9", at: 0), Self.code("pc", "3", at: 0), Self.code("pc", closing: true, "3", at: 2),
                Self.code("ec", "12", at: 8),
            ])
        #expect(OmegaTTags.render(target, numbering: OmegaTTags.numbering(source)) == "<x2/><g1>이것</g1>을 읽으세요<ex3/>")
    }

    @Test func parsingAndResolvingGiveTheSourceCodesBack() {
        let text = OmegaTTags.render(source: source)
        #expect(OmegaTTags.resolve(OmegaTTags.parse(text), source: source) == source)
        // A number the source lacks cannot pass for one of its codes.
        #expect(
            OmegaTTags.resolve(OmegaTTags.parse("a<x8/>"), source: source)
                == Segment(text: "a", codes: [Self.code("ph", "omegat-8", at: 1)]))
        // A lone <g0> is a start code (the merge refuses it for a paired source code).
        #expect(OmegaTTags.parse("<g0>a") == Segment(text: "a", codes: [Self.code("sc", "0", at: 0)]))
    }

    @Test func otherAngleBracketsStayText() {
        for text in ["a <b> c", "x < 3 and y > 2", "<g>no number</g>", "<1>Jeju tags</1>", "<y0/>", "<g0/>"] {
            #expect(OmegaTTags.parse(text) == Segment(text: text), "\(text)")
        }
    }
}
