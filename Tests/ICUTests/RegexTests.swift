@testable import ICU
import Testing

@Suite struct RegexTests {
    /// A pattern compiled once per process answers as a fresh compile does, each matcher on its own text, and a
    /// pattern that does not compile throws the same error every time it is asked for.
    @Test func aSharedPatternIsAnIndependentMatcher() throws {
        let pattern = #"\p{Lu}\p{Ll}+"#
        let fresh = try ICURegex(pattern)
        let one = try ICURegex.shared(pattern)
        let two = try ICURegex.shared(pattern)
        #expect(one !== two)
        #expect(one.matches(in: "Seoul and Jeju, not busan") == fresh.matches(in: "Seoul and Jeju, not busan"))
        #expect(one.matches(in: "Seoul and Jeju") == ["Seoul", "Jeju"])
        // Each matcher keeps its own subject.
        one.setText(Array("Addis Ababa".utf16))
        two.setText(Array("khartoum Khartoum".utf16))
        #expect(one.firstMatch(from: 0) == 0..<5)
        #expect(two.firstMatch(from: 0) == 9..<17)
        // Options are part of what is shared: case-insensitive and not are two patterns.
        let folded = try ICURegex.shared("jeju", options: .caseInsensitive)
        let exact = try ICURegex.shared("jeju")
        #expect(folded.matches(in: "JEJU jeju") == ["JEJU", "jeju"])
        #expect(exact.matches(in: "JEJU jeju") == ["jeju"])
        for _ in 0..<2 {
            do {
                _ = try ICURegex.shared("(unclosed")
                Issue.record("a bad pattern compiled")
            } catch {
                #expect(error.column != nil)
            }
        }
    }

    /// A process fed patterns without end keeps at most `sharedLimit` of them, and answers as before.
    @Test func theSharedPatternsAreBounded() throws {
        for k in 0..<(ICURegex.sharedLimit + 100) {
            _ = try ICURegex.shared("jeju-bound-\(k)")
            #expect(ICURegex.sharedCount <= ICURegex.sharedLimit)
        }
        #expect(try ICURegex.shared("jeju-bound-7").matches(in: "a jeju-bound-7 b") == ["jeju-bound-7"])
    }
}
