import Foundation
import ICU
import TestSupport
import Testing

/// Unicode's SentenceBreakTest (UAX #29) run through `BreakIterator` with the root locale and no CLDR
/// suppressions: the rules Jeju's segmenter builds on must be the standard ones.
@Suite struct SentenceBreakConformanceTests {
    /// One test line: the code points and, for each position between them (0 = before the first), whether a
    /// break is expected ("÷") or forbidden ("×").
    struct Case {
        let line: Int
        let codePoints: [UInt32]
        let breaks: [Bool]
    }

    enum ParseError: Error, CustomStringConvertible {
        case malformed(line: Int, column: Int, text: String)
        var description: String {
            switch self {
            case .malformed(let line, let column, let text):
                return "SentenceBreakTest-15.0.0.txt:\(line):\(column): error: cannot read '\(text)'"
            }
        }
    }

    static func parse(_ text: String) throws -> [Case] {
        var cases: [Case] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let body = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let tokens = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if tokens.isEmpty { continue }
            var codePoints: [UInt32] = []
            var breaks: [Bool] = []
            for (position, token) in tokens.enumerated() {
                if position % 2 == 0 {
                    switch token {
                    case "÷": breaks.append(true)
                    case "×": breaks.append(false)
                    default: throw ParseError.malformed(line: line, column: position + 1, text: String(token))
                    }
                } else {
                    guard let value = UInt32(token, radix: 16), Unicode.Scalar(value) != nil else {
                        throw ParseError.malformed(line: line, column: position + 1, text: String(token))
                    }
                    codePoints.append(value)
                }
            }
            guard breaks.count == codePoints.count + 1 else {
                throw ParseError.malformed(line: line, column: 1, text: String(body))
            }
            cases.append(Case(line: line, codePoints: codePoints, breaks: breaks))
        }
        return cases
    }

    /// The case as a test line with the given break marks, e.g. "÷ 0001 × 0308 ÷".
    static func render(_ codePoints: [UInt32], _ breaks: [Bool]) -> String {
        var parts: [String] = []
        for (i, mark) in breaks.enumerated() {
            parts.append(mark ? "÷" : "×")
            if i < codePoints.count {
                let hex = String(codePoints[i], radix: 16, uppercase: true)
                parts.append(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
            }
        }
        return parts.joined(separator: " ")
    }

    @Test func rootSentenceBreaksMatchUnicode15() throws {
        guard let url = SharedData.url("oracles/unicode/SentenceBreakTest-15.0.0.txt") else { return }
        let cases = try Self.parse(String(decoding: try Data(contentsOf: url), as: UTF8.self))
        #expect(cases.count == 502)

        let iterator = try BreakIterator(.sentence, locale: "")
        var failures: [String] = []
        for test in cases {
            var units: [UInt16] = []
            var offsets: [Int] = [0]  // UTF-16 offset of each position between code points
            for cp in test.codePoints {
                if let scalar = Unicode.Scalar(cp) { units.append(contentsOf: String(Character(scalar)).utf16) }
                offsets.append(units.count)
            }
            iterator.setText(units)
            let found = Set(iterator.boundaries().map(\.offset))
            // ICU never reports the start of the text; UAX #29 always breaks there (rule SB1).
            let actual = offsets.enumerated().map { $0.offset == 0 ? true : found.contains($0.element) }
            if actual != test.breaks {
                failures.append(
                    "SentenceBreakTest-15.0.0.txt:\(test.line): expected \(Self.render(test.codePoints, test.breaks))"
                        + "\n    ICU gave \(Self.render(test.codePoints, actual))")
            }
        }
        print("SentenceBreakTest-15.0.0: \(cases.count - failures.count)/\(cases.count) cases pass")
        #expect(
            failures.isEmpty, "\(failures.count) of \(cases.count) cases differ:\n\(failures.joined(separator: "\n"))")
    }

    @Test func parserReadsMarksAndCodePoints() throws {
        let cases = try Self.parse("# header\n÷ 0001 × 0308 ÷ 1F600 ÷\t#  comment\n")
        #expect(cases.count == 1)
        #expect(cases.first?.line == 2)
        #expect(cases.first?.codePoints == [0x1, 0x308, 0x1F600])
        #expect(cases.first?.breaks == [true, false, true, true])
        #expect(Self.render([0x1, 0x308], [true, false, true]) == "÷ 0001 × 0308 ÷")
        #expect(throws: ParseError.self) { try Self.parse("÷ 0001 ? 0002 ÷") }
    }
}
