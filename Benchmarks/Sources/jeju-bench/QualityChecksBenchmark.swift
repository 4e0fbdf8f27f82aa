import Foundation
import Glossary
import JejuSupport
import QualityChecks

/// Quality-check throughput, and what the checks find in real professional translations: the TICO-19
/// memories (en→ar, ha, id, ms, ru, sw, tl; 3,071 pairs each) run through the default profile with the project
/// termbase. Prints segments per second and the findings per check, per language.
///
/// usage: jeju-bench qa [--shared DIR] [--termbase glossary/egov.tbx] [--locale ar] [--show CHECK-ID]
enum QualityChecksBenchmark {
    static func option(_ args: ArraySlice<String>, _ name: String) -> String? {
        guard let i = args.firstIndex(of: name), args.index(after: i) < args.endIndex else { return nil }
        return args[args.index(after: i)]
    }

    static func run(_ args: ArraySlice<String>) throws {
        let shared = URL(fileURLWithPath: option(args, "--shared") ?? "../shared")
        let tbxPath = option(args, "--termbase") ?? "glossary/egov.tbx"
        let termbase = try TBXReader.read(try TextFile.readBytes(tbxPath), path: tbxPath).termbase
        let only = option(args, "--locale")
        let show = option(args, "--show")
        var shown = 0
        let tm = shared.appendingPathComponent("corpora/tico-19/tm")
        var totalSegments = 0
        var totalSeconds = 0.0
        for name in (try FileManager.default.contentsOfDirectory(atPath: tm.path)).sorted() where name.hasSuffix(".tmx") {
            let tmxLanguage = String(name.dropFirst("all.en-".count).dropLast(".tmx".count))
            // TICO-19 tags Filipino with its ISO 639-1 code.
            let locale = tmxLanguage == "tl" ? "fil" : tmxLanguage
            if let only, only != locale { continue }
            let pairs = try TermsBenchmark.pairs(tm.appendingPathComponent(name))
            let checker = QualityChecker(profile: .default, termbase: termbase)
            var counts: [String: Int] = [:]
            var flagged = 0
            let start = Date()
            for (i, (source, target)) in pairs.enumerated() {
                let findings = checker.findings(for: QAInput(segmentID: "\(i)", sourceText: source, targetText: target,
                                                             sourceLocale: "en", targetLocale: locale))
                if !findings.isEmpty { flagged += 1 }
                for f in findings {
                    counts[f.checkID, default: 0] += 1
                    if f.checkID == show, shown < 12 {
                        shown += 1
                        print("[\(f.checkID)] \(f.message)\n   en: \(source)\n   \(locale): \(target)")
                    }
                }
            }
            let seconds = Date().timeIntervalSince(start)
            totalSegments += pairs.count
            totalSeconds += seconds
            let perSecond = Int(Double(pairs.count) / max(seconds, 1e-9))
            print("qa en→\(locale): \(pairs.count) pairs in \(String(format: "%.2f", seconds)) s (\(perSecond) segments/s); \(flagged) with findings")
            print("   " + counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if totalSeconds > 0 {
            print("qa total: \(totalSegments) pairs, \(Int(Double(totalSegments) / totalSeconds)) segments/s")
        }
    }
}
