import Foundation
import Segmentation
import TestSupport
import Testing

/// Sentence boundaries against Universal Dependencies gold sentences: the `# text =` lines of each test treebank,
/// rebuilt into running text (one paragraph per `# newpar`, else per `# newdoc`, else every 10 sentences), then
/// segmented; a boundary counts as found when it falls exactly where a gold sentence starts.
@Suite struct UniversalDependenciesTests {
    struct Score: CustomStringConvertible {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            String(
                format: "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision, recall, f1, truePositives,
                falsePositives, falseNegatives)
        }
    }

    /// Treebank folder, language tag, and the F1 below which a change counts as a regression (the measured
    /// figure at the time of writing, rounded down, less 0.02).
    static let treebanks: [(String, String, Double)] = [
        ("UD_English-EWT", "en", 0.79), ("UD_Korean-GSD", "ko", 0.85), ("UD_Vietnamese-VTB", "vi", 0.93),
        ("UD_Indonesian-GSD", "id", 0.92), ("UD_Tagalog-TRG", "fil", 0.87), ("UD_Uzbek-UT", "uz", 0.96),
        ("UD_Russian-GSD", "ru", 0.94), ("UD_Yoruba-YTB", "yo", 0.85), ("UD_Amharic-ATT", "am", 0.97),
    ]

    static func paragraphs(_ conllu: String) -> [[String]] {
        var out: [[String]] = []
        var current: [String] = []
        let hasPar = conllu.contains("# newpar")
        let hasDoc = conllu.contains("# newdoc")
        for line in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            if (hasPar && line.hasPrefix("# newpar")) || (!hasPar && hasDoc && line.hasPrefix("# newdoc")) {
                if !current.isEmpty { out.append(current); current = [] }
            } else if line.hasPrefix("# text"), let eq = line.firstIndex(of: "=") {
                let text = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { current.append(text) }
                if !hasPar && !hasDoc && current.count == 10 { out.append(current); current = [] }
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func evaluate(folder: String, language: String) throws -> Score? {
        guard let dir = SharedData.url("corpora/ud/\(folder)") else { return nil }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".conllu") }
        let segmenter = try Segmenter(language: language)
        var score = Score()
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for sentences in paragraphs(text) {
                let joined = sentences.joined(separator: " ")
                var gold: Set<Int> = []
                var offset = 0
                for s in sentences.dropLast() {
                    offset += s.utf16.count + 1
                    gold.insert(offset)
                }
                let predicted = Set(
                    segmenter.segments(of: joined).dropLast().map {
                        joined.utf16.distance(from: joined.utf16.startIndex, to: $0.upperBound)
                    })
                score.truePositives += predicted.intersection(gold).count
                score.falsePositives += predicted.subtracting(gold).count
                score.falseNegatives += gold.subtracting(predicted).count
            }
        }
        return score
    }

    @Test(arguments: treebanks.indices)
    func boundaryF1(_ i: Int) throws {
        let (folder, language, floor) = Self.treebanks[i]
        guard let score = try Self.evaluate(folder: folder, language: language) else { return }
        print("UD \(language) \(folder): \(score)")
        #expect(score.f1 >= floor, "\(language): \(score)")
    }
}
