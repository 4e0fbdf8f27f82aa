@testable import Segmentation
import Testing

/// What is read from SRX patterns must be necessary conditions: never stricter than the pattern itself.
@Suite struct PatternShapeTests {
    /// The tail alternatives of `pattern`, each last character first.
    func tails(_ pattern: String) -> [[String]] { PatternShape.tails(Array(pattern), max: 2) }

    @Test func readsTheLastAtoms() {
        #expect(tails(#"\b(?:\p{Lu}\.){2,6}"#) == [[#"\."#, #"\p{Lu}"#]])
        #expect(tails(#"(?<![\p{L}\p{N}.])\p{Lu}\."#) == [[#"\."#, #"\p{Lu}"#]])
        #expect(
            tails(#"(?:^|[^\p{L}])\p{Ll}{2,20}[.?!:;]\s{1,5}(?:\p{Nd}{1,3}[.)]|\(\p{Nd}{1,3}\))"#)
                == [[#"[.)]"#, #"\p{Nd}"#], [#"\)"#, #"\p{Nd}"#]])
        #expect(tails(#"abc\.|xy\."#) == [[#"\."#, #"\Qc\E"#], [#"\."#, #"\Qy\E"#]])
    }

    @Test func stopsWhereTheTextMayVary() {
        // An optional tail: the text ends in it, or in what precedes it.
        #expect(tails(#"(?:\.\.\.|…)['"”’»)]{0,5}"#) == [[#"['"”’»)]"#], [#"\."#, #"\."#], [#"\Q…\E"#]])
        #expect(tails(#"\s+"#) == [[#"\s"#]])  // one or more: only the last is certain
        #expect(tails(#"a(?=b)"#) == [[#"\Qa\E"#]])  // look-arounds are zero width
        #expect(tails(#"x.*"#) == [["."], [#"\Qx\E"#]])  // weak, but still a true condition
    }

    @Test func readsTheStartOfAfterAcrossWhiteSpace() {
        let heads = PatternShape.heads(Array(#"\s+['"“‘«(]{0,5}\p{Ll}"#), max: 2).map { steps in
            steps.map { step -> String in
                switch step {
                case .atom(let a): a
                case .skip: "…"
                }
            }
        }
        #expect(heads == [[#"\s"#, "…", #"['"“‘«(]"#], [#"\s"#, "…", #"\p{Ll}"#]])
    }

    @Test func anchoredPatternsEndEarly() {
        #expect(PatternShape.anchoredMaxLength(Array(#"^\s{0,3}(?:\p{Nd}{1,3}|\p{L}|[ivxlcIVXLC]{1,5})[.)]"#)) == 9)
        #expect(PatternShape.anchoredMaxLength(Array(#"^\s+x"#)) == nil)
        #expect(PatternShape.anchoredMaxLength(Array(#"x"#)) == nil)
    }

    @Test func leadingAssertionsGoOnlyFromTheScan() {
        #expect(PatternSyntax.droppingLeadingAssertions(#"\b(?:\p{Lu}\.){2,6}"#) == #"(?:\p{Lu}\.){2,6}"#)
        #expect(PatternSyntax.droppingLeadingAssertions(#"(?i)(?<![\p{L}])x\."#) == #"(?i)x\."#)
        #expect(PatternSyntax.droppingLeadingAssertions(#"\ba|\bb"#) == #"\ba|\bb"#)
    }

    @Test func screensPositionsExactly() throws {
        let rule = SRXRule(
            isBreak: false, before: #"\b(?:\p{Lu}\.){2,6}"#, after: #"\s+\p{Lu}"#,
            origin: RuleOrigin(file: "test.srx", line: 1, languageRule: "Test"))
        let tables = try RuleTables([try RuleMatcher(rule)])
        let text = Array("the U.S. and word. End".utf16)
        text.withUnsafeBufferPointer { units in
            #expect(!tables.allows(0, units, at: 8))  // after "U.S.", but " and" is not capitalised
            #expect(!tables.allows(0, units, at: 18))  // after "word.": not an initialism
        }
        let other = Array("the U.S. Army".utf16)
        other.withUnsafeBufferPointer { units in
            #expect(tables.allows(0, units, at: 8))
            #expect(tables.beforeMatches(0, units, at: 8) == true && tables.afterMatches(0, units, at: 8) == true)
        }
    }
}
