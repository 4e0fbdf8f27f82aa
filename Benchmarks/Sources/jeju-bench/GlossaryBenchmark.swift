import Foundation
import Glossary
import ICU
import JejuSupport

/// Term recognition throughput: a generated termbase of ≥ 10,000 concepts (n-grams and acronyms drawn from real
/// English text) over ≥ 50 MB of English text made by shuffling real sentences (UD English EWT and the English
/// side of the TICO-19 memories). Deterministic: the same figures' inputs on every run.
///
/// usage: jeju-bench glossary [--shared DIR] [--megabytes 50] [--concepts 10000]
enum GlossaryBenchmark {
    /// SplitMix64: a fixed, seedable generator, so the text and termbase are the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func option(_ args: ArraySlice<String>, _ name: String) -> String? {
        guard let i = args.firstIndex(of: name), args.index(after: i) < args.endIndex else { return nil }
        return args[args.index(after: i)]
    }

    static func sentences(shared: URL) throws -> [String] {
        var out: [String] = []
        let ud = shared.appendingPathComponent("corpora/ud/UD_English-EWT/en_ewt-ud-test.conllu")
        let conllu = try TextFile.read(ud.path)
        for line in conllu.split(separator: "\n") where line.hasPrefix("# text = ") {
            out.append(String(line.dropFirst(9)))
        }
        let tm = shared.appendingPathComponent("corpora/tico-19/tm")
        for name in (try FileManager.default.contentsOfDirectory(atPath: tm.path)).sorted() where name.hasSuffix(".tmx") {
            let data = try TextFile.readBytes(tm.appendingPathComponent(name).path)
            for tu in try XMLReader.parse(data, path: name).element(named: "body")?.elements(named: "tu") ?? [] {
                for tuv in tu.elements(named: "tuv") where (tuv.attribute("xml:lang") ?? "").lowercased().hasPrefix("en") {
                    if let seg = tuv.element(named: "seg") { out.append(seg.text) }
                }
            }
        }
        // The English sides repeat across language pairs: keep each sentence once, in first-seen order.
        var seen: Set<String> = []
        return out.filter { seen.insert($0).inserted }
    }

    static func termbase(from sentences: [String], concepts: Int, generator: inout Generator) -> Termbase {
        var words: [[Substring]] = sentences.map { s in
            s.split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" }
        }
        words.removeAll { $0.isEmpty }
        var seen: Set<String> = []
        var tb = Termbase(title: "Benchmark termbase")
        while tb.concepts.count < concepts {
            let sentence = words[Int.random(in: 0..<words.count, using: &generator)]
            let length = Int.random(in: 1...4, using: &generator)
            guard sentence.count >= length else { continue }
            let start = Int.random(in: 0...(sentence.count - length), using: &generator)
            let phrase = sentence[start..<(start + length)].joined(separator: " ")
            let isAcronym = length == 1 && phrase.count >= 2 && phrase.allSatisfy { $0.isUppercase }
            let text = isAcronym ? phrase : phrase.lowercased()
            // Skip one- and two-letter words: they would make a stop-word list, not a termbase.
            guard text.count >= 4 || isAcronym, text.contains(where: \.isLetter), seen.insert(text).inserted else { continue }
            let id = "b\(tb.concepts.count + 1)"
            tb.concepts.append(Concept(id: id, languages: [LanguageSection(language: "en", terms: [
                Term(text, termType: isAcronym ? .acronym : .fullForm, status: .preferred),
            ])]))
        }
        return tb
    }

    /// The benchmark's text (shuffled sentences, six to a paragraph, at least `megabytes` MiB) and termbase, and
    /// how many distinct sentences they were drawn from.
    static func workload(shared: URL, megabytes: Int, concepts: Int) throws -> (text: String, termbase: Termbase, sentences: Int) {
        var generator = Generator(state: 20_160_526)
        let sentences = try sentences(shared: shared)
        guard sentences.count > 100 else { throw BenchmarkError("too few English sentences found in \(shared.path)") }
        var text = ""
        text.reserveCapacity(megabytes << 20 + 4096)
        var inParagraph = 0
        while text.utf8.count < megabytes << 20 {
            text += sentences[Int.random(in: 0..<sentences.count, using: &generator)]
            inParagraph += 1
            if inParagraph == 6 { text += "\n\n"; inParagraph = 0 } else { text += " " }
        }
        // Its own generator, so the termbase is the same whatever the text size.
        var termGenerator = Generator(state: 30_042)
        return (text, termbase(from: sentences, concepts: concepts, generator: &termGenerator), sentences.count)
    }

    static func run(_ args: ArraySlice<String>) throws {
        let shared = URL(fileURLWithPath: option(args, "--shared") ?? "../shared")
        let megabytes = Int(option(args, "--megabytes") ?? "") ?? 50
        let conceptCount = Int(option(args, "--concepts") ?? "") ?? 10_000
        let (text, termbase, sentenceCount) = try workload(shared: shared, megabytes: megabytes, concepts: conceptCount)
        let bytes = Double(text.utf8.count)
        print("glossary: \(sentenceCount) distinct English sentences, text \(String(format: "%.1f", bytes / 1_048_576)) MB, termbase \(termbase.concepts.count) concepts")

        // The floor: ICU word breaks alone over the same text, in the same 64K chunks.
        let units = Array(text.utf16)
        let breaker = try BreakIterator(.word, locale: "en")
        let bare = Date()
        var words = 0
        var offset = 0
        while offset < units.count {
            let end = min(units.count, offset + 65_536)
            breaker.setText(units[offset..<end])
            breaker.forEachBoundary { _, status in
                if status >= 100 { words += 1 }
                return true
            }
            offset = end
        }
        let bareSeconds = Date().timeIntervalSince(bare)
        print(String(format: "  ICU word breaks only: %8.3f s  %7.1f MB/s  %d words", bareSeconds, bytes / 1_048_576 / bareSeconds, words))

        let setup = Date()
        let matcher = try TermMatcher(termbase: termbase, locale: "en")
        print(String(format: "  matcher setup:        %8.3f s (%d terms)", Date().timeIntervalSince(setup), matcher.termCount))

        for round in 1...2 {
            let start = Date()
            let matches = matcher.matches(in: text)
            let seconds = Date().timeIntervalSince(start)
            print(String(format: "  matches(in:) run %d:   %8.3f s  %7.1f MB/s  %d matches", round, seconds, bytes / 1_048_576 / seconds, matches.count))
        }
        let start = Date()
        let n = matcher.countMatches(in: text)
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "  countMatches(in:):    %8.3f s  %7.1f MB/s  %d matches", seconds, bytes / 1_048_576 / seconds, n))
    }
}
