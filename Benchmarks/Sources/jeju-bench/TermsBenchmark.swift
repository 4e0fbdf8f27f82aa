import Foundation
import Glossary
import JejuSupport

/// How precise the term-usage check is on real human translations: the TICO-19 memories (en→ar, ha, id, ms, ru,
/// sw, tl; 3,071 units each) checked against the TICO-19 termbases for the same language (Google's `g_en_*` and
/// Facebook's `f_en-*`, merged, ids prefixed `g` and `f`) as the project glossary.
///
/// Per language: term occurrences in the source (a concept named in a unit's source, counted once per unit),
/// Jeju's alarms (`TermUsageChecker` reports the approved term missing), the alarms of a naive check (the
/// termbase's target string, as stored, searched case-insensitively with word boundaries), and the alarms both
/// raise. Then two synthetic checks: every flagged target with the concept's target string appended verbatim
/// must clear (restore), and every clean target with all of the concept's matched approved terms cut out (with
/// those of the concepts named at the same place in the source: one of them answers it) must be flagged (plant). `--show N` prints N alarms per language, evenly spread, for judging; `--dump DIR` writes every
/// alarm, one per line, to DIR/<language>.tsv (so two runs can be compared).
///
/// usage: jeju-bench terms [--shared DIR] [--locale ar] [--show N] [--dump DIR]
enum TermsBenchmark {
    static func option(_ args: ArraySlice<String>, _ name: String) -> String? {
        guard let i = args.firstIndex(of: name), args.index(after: i) < args.endIndex else { return nil }
        return args[args.index(after: i)]
    }

    /// The memories and their termbases: TMX language → (Google file, Facebook file, locale used by Jeju).
    static let languages: [(tmx: String, google: String, facebook: String, locale: String)] = [
        ("ar", "g_en_ar.csv", "f_en-ar_AR.csv", "ar"),
        ("ha", "g_en_ha.csv", "f_en-ha_NG.csv", "ha"),
        ("id", "g_en_id.csv", "f_en-id_ID.csv", "id"),
        ("ms", "g_en_ms.csv", "f_en-ms_MY.csv", "ms"),
        ("ru", "g_en_ru.csv", "f_en-ru_RU.csv", "ru"),
        ("sw", "g_en_sw.csv", "f_en-sw_KE.csv", "sw"),
        // TICO-19 tags Filipino with its ISO 639-1 code in the memory, and as tl_XX in Facebook's termbase.
        ("tl", "g_en_fil.csv", "f_en-tl_XX.csv", "fil"),
    ]

    /// The (English, target) segment pairs of a TICO-19 memory, in file order.
    static func pairs(_ url: URL) throws -> [(source: String, target: String)] {
        var out: [(String, String)] = []
        let data = try TextFile.readBytes(url.path)
        for tu in try XMLReader.parse(data, path: url.lastPathComponent).element(named: "body")?.elements(named: "tu") ?? [] {
            var source: String?, target: String?
            for tuv in tu.elements(named: "tuv") {
                let lang = (tuv.attribute("xml:lang") ?? "").lowercased()
                let text = tuv.element(named: "seg")?.text
                if lang.hasPrefix("en") { source = text } else { target = text }
            }
            if let source, let target { out.append((source, target)) }
        }
        return out
    }

    /// The target strings exactly as the CSV stores them, by concept id (with the same prefix as the import).
    static func rawTargets(_ url: URL, prefix: String) throws -> [String: [String]] {
        let table = try DelimitedText.parse(try TextFile.read(url.path), dialect: .csv, path: url.path)
        guard let header = table.records.first?.map({ $0.value.lowercased() }),
              let idColumn = header.firstIndex(where: { $0 == "id" || $0 == "stringid" }),
              let targetColumn = header.firstIndex(of: "targetstring") else { return [:] }
        var out: [String: [String]] = [:]
        for r in table.records.dropFirst() where r.count == header.count {
            let id = prefix + r[idColumn].value.trimmingCharacters(in: .whitespaces)
            if !(out[id]?.contains(r[targetColumn].value) ?? false) { out[id, default: []].append(r[targetColumn].value) }
        }
        return out
    }

    /// The naive check: some stored string occurs in the target, ignoring case, with no letter or digit on
    /// either side.
    static func naiveFound(_ terms: [String], in target: String) -> Bool {
        let text = target.lowercased()
        for term in terms.map({ $0.lowercased() }) where !term.isEmpty {
            var from = text.startIndex
            while let r = text.range(of: term, range: from..<text.endIndex) {
                let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
                let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
                let boundary: (Character?) -> Bool = { c in c.map { !$0.isLetter && !$0.isNumber } ?? true }
                if boundary(before) && boundary(after) { return true }
                from = text.index(after: r.lowerBound)
            }
        }
        return false
    }

    static func isApproved(_ status: Term.AdministrativeStatus?) -> Bool {
        status == nil || status == .preferred || status == .admitted
    }

    static func run(_ args: ArraySlice<String>) throws {
        let shared = URL(fileURLWithPath: option(args, "--shared") ?? "../shared")
        let only = option(args, "--locale")
        let show = Int(option(args, "--show") ?? "") ?? 0
        let dump = option(args, "--dump")
        if let dump { try FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true) }
        let terms = shared.appendingPathComponent("corpora/tico-19/terminologies")
        let tm = shared.appendingPathComponent("corpora/tico-19/tm")
        print("lang  occurrences  jeju alarms       naive alarms      both   restored cleared   planted caught   other   check s")
        for language in languages where only == nil || only == language.tmx || only == language.locale {
            let map = ["tl_XX": "fil", "tl-XX": "fil"]
            let g = try TermbaseFormat.csv.read(try TextFile.readBytes(terms.appendingPathComponent(language.google).path),
                                                path: language.google, options: ImportOptions(languageMap: map, idPrefix: "g"))
            let f = try TermbaseFormat.csv.read(try TextFile.readBytes(terms.appendingPathComponent(language.facebook).path),
                                                path: language.facebook, options: ImportOptions(languageMap: map, idPrefix: "f"))
            var termbase = g.termbase
            termbase.concepts += f.termbase.concepts
            var raw = try rawTargets(terms.appendingPathComponent(language.google), prefix: "g")
            raw.merge(try rawTargets(terms.appendingPathComponent(language.facebook), prefix: "f")) { a, _ in a }
            let notes = g.findings.count + f.findings.count
            let units = try pairs(tm.appendingPathComponent("all.en-\(language.tmx).tmx"))
            let checker = try TermUsageChecker(termbase: termbase, sourceLocale: "en", targetLocale: language.locale)
            let sourceMatcher = try TermMatcher(termbase: termbase, locale: "en")
            let targetMatcher = try TermMatcher(termbase: termbase, locale: language.locale)
            var hasTarget: Set<String> = []
            for c in termbase.concepts where c.section(language.locale)?.terms.contains(where: { isApproved($0.status) }) ?? false {
                hasTarget.insert(c.id)
            }

            // Timed alone: the check as QA runs it.
            let start = Date()
            let results = units.map { checker.check(source: $0.source, target: $0.target) }
            let seconds = Date().timeIntervalSince(start)

            var occurrences = 0, jeju = 0, naive = 0, both = 0, other = 0
            var restored = 0, cleared = 0, planted = 0, caught = 0
            var alarms: [(unit: Int, finding: TermUsageFinding)] = []
            for (i, unit) in units.enumerated() {
                let findings = results[i]
                other += findings.filter { $0.kind != .missing && $0.kind != .deprecated }.count
                let missing = Set(findings.filter { $0.kind == .missing }.map(\.conceptID))
                var seen: Set<String> = []
                let inSource = sourceMatcher.matches(in: unit.source)
                let named = inSource.map(\.conceptID).filter { hasTarget.contains($0) && seen.insert($0).inserted }
                // The concepts named at the same place as each (homonyms, or one concept in both termbases).
                var coNamed: [String: Set<String>] = [:]
                for m in inSource { coNamed[m.conceptID, default: []].formUnion(inSource.filter { $0.range == m.range }.map(\.conceptID)) }
                for concept in named {
                    occurrences += 1
                    let naiveAlarm = !naiveFound(raw[concept] ?? [], in: unit.target)
                    if naiveAlarm { naive += 1 }
                    if missing.contains(concept) {
                        jeju += 1
                        if naiveAlarm { both += 1 }
                        if let finding = findings.first(where: { $0.kind == .missing && $0.conceptID == concept }) {
                            alarms.append((i, finding))
                        }
                        // Restore: the stored string appended verbatim must clear the alarm.
                        if let stored = raw[concept]?.first {
                            restored += 1
                            let again = checker.check(source: unit.source, target: unit.target + " " + stored)
                            if !again.contains(where: { $0.kind == .missing && $0.conceptID == concept }) { cleared += 1 }
                        }
                    } else if !findings.contains(where: { $0.conceptID == concept }) {
                        // Plant: every approved term of the concept found in the target cut out must be caught
                        // (and those of the concepts named at the same place, any of which would answer it).
                        let cut = coNamed[concept] ?? [concept]
                        let spans = targetMatcher.matches(in: unit.target, overlapping: true)
                            .filter { cut.contains($0.conceptID) && isApproved($0.status) }.map(\.range)
                        guard !spans.isEmpty else { continue }
                        var text = unit.target
                        for r in spans.sorted(by: { $0.lowerBound > $1.lowerBound }) {
                            // Spans may overlap: cut from the right, clamped to what is left.
                            let upper = min(r.upperBound, text.endIndex)
                            guard r.lowerBound < upper else { continue }
                            text.replaceSubrange(r.lowerBound..<upper, with: " ")
                        }
                        planted += 1
                        let again = checker.check(source: unit.source, target: text)
                        if again.contains(where: { $0.conceptID == concept && $0.kind != .deprecated }) { caught += 1 }
                    }
                }
            }
            func pct(_ n: Int) -> String { String(format: "%5.1f%%", occurrences == 0 ? 0 : 100 * Double(n) / Double(occurrences)) }
            print(String(format: "%-4@  %11d  %5d %@   %5d %@   %5d   %7d %7d   %7d %6d   %5d   %7.3f", language.tmx, occurrences,
                         jeju, pct(jeju), naive, pct(naive), both, restored, cleared, planted, caught, other, seconds))
            if notes > 0 { print("      (import notes: \(notes))") }
            if let dump {
                var lines = ""
                for (i, a) in alarms {
                    let u = units[i]
                    lines += "\(i)\t\(a.conceptID)\t\(a.text)\t\(a.expected.joined(separator: " | "))\t\(u.target)\n"
                }
                try Data(lines.utf8).write(to: URL(fileURLWithPath: dump).appendingPathComponent("\(language.tmx).tsv"))
            }
            if show > 0 && !alarms.isEmpty {
                let step = max(1, alarms.count / show)
                for (k, (i, a)) in alarms.enumerated() where k % step == 0 && k / step < show {
                    print("  [\(i)] \(a.conceptID) \(a.text) → \(a.expected.joined(separator: " | "))")
                    print("      en: \(units[i].source)\n      \(language.tmx): \(units[i].target)")
                }
            }
        }
    }
}
