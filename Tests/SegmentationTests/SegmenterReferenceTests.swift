import Foundation
import ICU
import JejuSupport
import Segmentation
import TestSupport
import Testing

/// The segmenter's fast path (character tables, rule screens, literal tries, lazy URL checks) against a slow,
/// plain reading of the same semantics: every rule is an ICU regex tried at every position it could decide.
/// Any difference is a bug in a shortcut.
@Suite struct SegmenterReferenceTests {
    /// SRX semantics read literally: ICU (`@ss=standard`) proposes boundaries; at each, and after every match of
    /// a break rule, the position is kept out when it falls inside a URL or an e-mail address or after a project
    /// exception, else the first rule (in order) matching anywhere between the end of the text before the
    /// white space and the boundary decides.
    struct Reference {
        let rules: [SRXRule]
        let tests: [ICURegex]
        let exceptions: [[UInt16]]
        let locale: String

        init(language: String, ruleSets: [SRXRules], exceptions: [SegmentationException]) throws {
            rules = ruleSets.flatMap { $0.rules(for: language) }
            // Bounded look-behinds compile as such (all of Jeju's and the project's rules are bounded).
            tests = try rules.map { rule in
                let after = rule.after.isEmpty ? "" : "(?=\(rule.after))"
                let before = rule.before.isEmpty ? "" : "(?<=\(rule.before))"
                return try ICURegex(before + after == "" ? "(?:)" : before + after)
            }
            self.exceptions = exceptions.map { Array($0.text.utf16) }
            locale = LanguageTag(language).icuLocale
        }

        func boundaries(_ units: [UInt16]) throws -> [Int] {
            let n = units.count
            guard n > 0 else { return [] }
            for t in tests { t.setText(units) }
            let icu = try BreakIterator(.sentence, locale: locale + "@ss=standard")
            icu.setText(units)
            let icuBoundaries = icu.boundaries().map(\.offset).filter { $0 < n }
            let spans = ProtectedSpan.find(in: units)
            func isSpace(_ u: UInt16) -> Bool { Unicode.Scalar(u).map(CharacterProperties.isWhiteSpace) ?? false }
            func trimmed(_ p: Int) -> Int {
                var q = p
                while q > 0, isSpace(units[q - 1]) { q -= 1 }
                return q
            }
            func vetoed(_ p: Int) -> Bool {
                let q = trimmed(p)
                if spans.contains(where: { $0.range.lowerBound < q && q < $0.range.upperBound }) { return true }
                return exceptions.contains { e in
                    guard e.count <= q, Array(units[(q - e.count)..<q]) == e else { return false }
                    let start = q - e.count
                    return start == 0
                        || !(Unicode.Scalar(units[start - 1]).map(CharacterProperties.isAlphabetic) ?? false)
                }
            }
            func firstRule(_ p: Int) -> Int? {
                var best: Int?
                for x in trimmed(p)...p {
                    for k in 0..<(best ?? rules.count) where tests[k].prefixMatch(in: x..<n) != nil {
                        best = k
                        break
                    }
                }
                return best
            }
            var out: Set<Int> = [n]
            for p in icuBoundaries where !vetoed(p) {
                if let k = firstRule(p) { if rules[k].isBreak { out.insert(p) } } else { out.insert(p) }
            }
            let breakers = rules.indices.filter { rules[$0].isBreak }
            for x in 1..<n where breakers.contains(where: { tests[$0].prefixMatch(in: x..<n) != nil }) {
                var p = x
                while p < n, isSpace(units[p]) { p += 1 }
                guard p < n, !icuBoundaries.contains(p), !vetoed(p), let k = firstRule(p), rules[k].isBreak else {
                    continue
                }
                out.insert(p)
            }
            return out.sorted()
        }
    }

    /// Texts written to exercise every shortcut: abbreviations at word starts and inside words, initials,
    /// ellipses, list markers, URLs and e-mail addresses next to boundaries, exceptions, quotes, and a bare
    /// position 1.
    static let written = [
        "Mr. Kim met Dr. Lee. The U.S. He said. U.S. Army units. e.g. this. E.G. That. Vs. them. et al. more.",
        "See No. 80, Tel. 02-2100-3399, and Art. 5. It ended on Sept. 5. Everyone came. Hmm... Then we left. Wait… What?",
        "1. Register online. 2. Attend. a) one. iv) four. He said: “Why?” she asked. “Stop!” He ran. Yahoo! is big.",
        "Visit www.mois.go.kr. Then e-mail Kim.Minsu@mois.go.kr. Or https://x.kr/a?b=1.Next. Ok.Then. mail@x.y.z",
        "Vice Min. Kim spoke. Dir. Gen. Park. Rep. of Korea. Amb. Choi. Gov't. Wide. Sect. 3 and Bur. Chief. Min. 4.",
        "A. B. Smith wrote. J.R.R. Tolkien. I. The end . . . Then. . . . Next. Drs. Kim and Lee. N° 5. Mmes. Ro.",
        // Characters outside the BMP and marks beside the places rules look at: the shortcuts must hand these on.
        "The U.S.\u{301} Army left. \u{1D400}. \u{1D401}. Next. He said “\u{1D407}i?” she asked. A.\u{200D}B. C. \u{1F600}. Done.",
        "Wait… \u{1D400}bc. Mr. \u{1D400}. No. \u{1D7D9}. I. \u{301}Then. x.\u{1D400} y. 1. \u{1D7D9}. The end... \u{1D400}",
        "They met Sadr. Kim went home. Abno. 5 is not No. 5.", "X. Y", ". A", "A.", "Mr.", "  Mr.  Kim.  ",
        "Hello. (1) first. (2) second. word. 3. Three.",
    ]

    func compare(_ language: String, texts: [String], exceptions: [SegmentationException] = [], first: [SRXRules] = [])
        throws -> Int
    {
        var sets = first + [try SRXRules.jejuDefaults]
        if language == "en" {
            let project = try Project.find(from: SharedData.packageRoot)
            if let srx = project.segmentationRules(for: "en") { sets.insert(try SRXRules.load(srx.path), at: 0) }
        }
        let fast = try Segmenter(language: language, ruleSets: sets, exceptions: exceptions)
        let slow = try Reference(language: language, ruleSets: sets, exceptions: exceptions)
        var compared = 0
        for text in texts {
            let t = UTF16Text(text)
            let expected = try slow.boundaries(t.units)
            let got = fast.boundaryOffsets(in: t)
            #expect(got == expected, "\(language): \(text.prefix(300))")
            compared += expected.count
        }
        return compared
    }

    @Test func writtenCasesAgreeWithThePlainReading() throws {
        let exceptions = ["Amb.", "Dir. Gen.", "Gen."].enumerated().map {
            SegmentationException(text: $1, file: "x.txt", line: $0 + 1)
        }
        for language in ["en", "ru", "vi", "id", "ms", "ko", "am", "ar"] {
            #expect(try compare(language, texts: Self.written, exceptions: exceptions) > 0)
        }
    }

    /// More than 64 rules: the tables step aside and every rule is tried in turn.
    @Test func manyRulesAgreeWithThePlainReading() throws {
        let rules = (0..<60).map { i in
            "<rule break=\"\(i % 2 == 0 ? "no" : "yes")\"><beforebreak>\\b(?:Q\(i)|Zq\(i))\\.</beforebreak><afterbreak>\\s</afterbreak></rule>"
        }
        let srx = """
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="yes"/><body><languagerules>
            <languagerule languagerulename="Many">\(rules.joined(separator: "\n"))</languagerule></languagerules>
            <maprules><languagemap languagepattern=".*" languagerulename="Many"/></maprules></body></srx>
            """
        let many = try SRXRules.parse(Data(srx.utf8), path: "many.srx")
        let texts = Self.written + ["It is Q4. Then Zq7. More. And Q10. Again Zq11. Done."]
        #expect(try compare("en", texts: texts, first: [many]) > 0)
    }

    /// Real running text: the UD treebanks' sentences rebuilt into paragraphs.
    @Test(arguments: [
        ("UD_English-EWT", "en"), ("UD_Russian-GSD", "ru"), ("UD_Vietnamese-VTB", "vi"), ("UD_Indonesian-GSD", "id"),
    ])
    func treebankTextAgreesWithThePlainReading(folder: String, language: String) throws {
        guard let dir = SharedData.url("corpora/ud/\(folder)") else { return }
        var texts: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix("test.conllu") {
            let conllu = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            texts += UniversalDependenciesTests.paragraphs(conllu).map { $0.joined(separator: " ") }
        }
        #expect(try compare(language, texts: texts) > 400)
    }
}
