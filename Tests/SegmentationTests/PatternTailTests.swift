@testable import Segmentation
import Testing

/// The tail characters read from SRX `before` patterns must be necessary conditions: never stricter than the
/// pattern itself.
@Suite struct PatternTailTests {
    func atoms(_ pattern: String) -> [String] { PatternTail.tail(Array(pattern), max: 2) }

    @Test func readsTheLastAtoms() {
        #expect(atoms(#"\b(?:\p{Lu}\.){2,6}"#) == [#"\."#, #"\p{Lu}"#])
        #expect(atoms(#"(?<![\p{L}\p{N}.])\p{Lu}\."#) == [#"\."#, #"\p{Lu}"#])
        #expect(atoms(#"(?:^|[^\p{L}])\p{Ll}{2,20}[.?!:;]\s{1,5}(?:\p{Nd}{1,3}[.)]|\(\p{Nd}{1,3}\))"#)
                == [#"(?:[.)]|\))"#, #"\p{Nd}"#])
        #expect(atoms(#"abc\.|xy\."#) == [#"\."#, #"(?:\Qc\E|\Qy\E)"#])
    }

    @Test func stopsWhereTheTextMayVary() {
        // An optional tail: the last character is one of it or the last of what precedes it.
        #expect(atoms(#"(?:\.\.\.|…)['"”’»)]{0,5}"#) == [#"(?:['"”’»)]|(?:\.|\Q…\E))"#])
        #expect(atoms(#"\s+"#) == [#"\s"#])                    // one or more: only the last is certain
        #expect(atoms(#"a(?=b)"#) == [#"\Qa\E"#])               // look-arounds are zero width
        #expect(atoms(#"x.*"#) == [#"(?:.|\Qx\E)"#])            // weak, but still a true condition
    }

    @Test func leadingAssertionsGoOnlyFromTheScan() {
        #expect(PatternTail.droppingLeadingAssertions(#"\b(?:\p{Lu}\.){2,6}"#) == #"(?:\p{Lu}\.){2,6}"#)
        #expect(PatternTail.droppingLeadingAssertions(#"(?i)(?<![\p{L}])x\."#) == #"(?i)x\."#)
        #expect(PatternTail.droppingLeadingAssertions(#"\ba|\bb"#) == #"\ba|\bb"#)
    }

    @Test func screensPositionsExactly() throws {
        let tail = PatternTail(#"\b(?:\p{Lu}\.){2,6}"#)
        let text = Array("the U.S. and word. End".utf16)
        #expect(tail.allows(text, before: 8))    // after "U.S."
        #expect(!tail.allows(text, before: 18))  // after "word."
    }
}
