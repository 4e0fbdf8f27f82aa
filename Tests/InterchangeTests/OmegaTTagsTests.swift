import Interchange
import Testing

/// OmegaT's tag notation: what OmegaT protects and validates in a segment, and what its memories hold.
@Suite struct OmegaTTagsTests {
    /// "Read <a>*this*</a> now.<br>" with Jeju-style ids that are not positions.
    let source: [XLIFFInline] = [
        .text("Read "), .paired(XLIFFCode(id: "7"), [.paired(XLIFFCode(id: "3"), [.text("this")])]), .text(" now."),
        .placeholder(XLIFFCode(id: "9")), .start(XLIFFCode(id: "12")), .text("cut"),
    ]

    @Test func codesAreNumberedByTheirPositionInTheSource() {
        #expect(OmegaTTags.render(source: source) == "Read <g0><g1>this</g1></g0> now.<x2/><bx3/>cut")
        // The target uses the source's numbers, whatever its order.
        let target: [XLIFFInline] = [
            .placeholder(XLIFFCode(id: "9")), .paired(XLIFFCode(id: "3"), [.text("이것")]), .text("을 읽으세요"),
            .end(XLIFFCode(id: "12")),
        ]
        #expect(OmegaTTags.render(target, numbering: OmegaTTags.numbering(source)) == "<x2/><g1>이것</g1>을 읽으세요<ex3/>")
    }

    @Test func parsingAndResolvingGiveTheSourceCodesBack() {
        let text = OmegaTTags.render(source: source)
        #expect(OmegaTTags.resolve(OmegaTTags.parse(text), source: source) == source)
        // A number the source lacks cannot pass for one of its codes.
        #expect(
            OmegaTTags.resolve(OmegaTTags.parse("a<x8/>"), source: source) == [
                .text("a"), .placeholder(XLIFFCode(id: "omegat-8")),
            ])
        // A lone <g0> is a start code (the merge refuses it for a paired source code).
        #expect(OmegaTTags.parse("<g0>a") == [.start(XLIFFCode(id: "0")), .text("a")])
    }

    @Test func otherAngleBracketsStayText() {
        for text in ["a <b> c", "x < 3 and y > 2", "<g>no number</g>", "<1>Jeju tags</1>", "<y0/>", "<g0/>"] {
            #expect(OmegaTTags.parse(text) == [.text(text)], "\(text)")
        }
    }
}
