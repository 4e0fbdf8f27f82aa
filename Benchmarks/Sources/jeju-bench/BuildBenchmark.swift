import Foundation
import JejuKit

/// `jeju build` on a generated project: N notices (default 1,000) in English and the project's 13 target
/// languages, each target with an XLIFF 2.1 file per notice (about 70 % of sentences translated, the rest shown
/// in English), the real UI messages and termbase. Times a full build into an empty folder, a no-op rebuild,
/// and a rebuild after one notice changed.
enum BuildBenchmark {
    static let sentences = [
        "The Ministry of the Interior invited local officials from major cities across the world for a training opportunity.",
        "Those officials are in charge of e-government policies.",
        "The gathering happened in Jeju Island on May 24.",
        "Over 60 participants attended the gathering to share the latest information.",
        "Participating countries include Vietnam, Indonesia, the Philippines and Malaysia.",
        "The programme is themed on e-government and smart city, and continues until May 27.",
        "This gathering is especially significant for local officials.",
        "To date, the bilateral cooperation has usually been at the national level.",
        "It is expected that Korea’s advanced e-government systems will affect their local projects.",
        "The training topics include cyber security and e-government infrastructure.",
        "Participants from abroad will present the progress of their municipal projects.",
        "The Ministry is planning to build up its network with participating cities.",
        "Director General Lee In-jae commented on the importance of the programme.",
        "E-government is an efficient policy tool that can help resolve problems suffered by citizens.",
        "The Asian Development Bank supported the programme.",
        "Applications are accepted online until the end of the month.",
    ]

    static func run(_ args: ArraySlice<String>) throws {
        var count = 1_000
        var i = args.startIndex
        while i < args.endIndex {
            switch args[i] {
            case "--notices": i += 1; count = Int(args[i]) ?? count
            default: throw BenchmarkError("unknown option \(args[i])")
            }
            i += 1
        }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jeju-bench-build-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let setupStart = Date()
        let project = try generate(count: count, at: root, repo: repo)
        print("build: \(count) notices × \(project.config.targets.count + 1) locales generated in \(String(format: "%.1f", Date().timeIntervalSince(setupStart))) s")

        func timed(_ label: String) throws {
            // Every page, partial ones included (the default threshold would build the English pages only).
            let options = BuildOptions(publish: PublishPolicy(threshold: .init(minCompleteness: 0)), generator: "Jeju bench")
            let build = ProjectBuild(project: project, options: options, output: project.url("build"),
                                     translations: XLIFFTranslationSource(project: project))
            let start = Date()
            let outcome = try build.run()
            let seconds = Date().timeIntervalSince(start)
            let pages = outcome.report.map { r in r.locales.map { r.pages[$0] ?? 0 }.reduce(0, +) } ?? 0
            print("  \(label): \(String(format: "%.2f", seconds)) s — \(outcome.report == nil ? "up to date" : "\(pages) pages, \(outcome.written) files written, \(outcome.unchanged) unchanged")")
        }
        try timed("full build       ")
        try timed("no-op rebuild    ")
        let first = project.noticeFiles()[0]
        try (String(contentsOf: first, encoding: .utf8) + "\nOne more sentence.\n").write(to: first, atomically: true, encoding: .utf8)
        try timed("one notice edited")
        var bytes = 0
        if let walker = FileManager.default.enumerator(at: project.url("build"), includingPropertiesForKeys: [.fileSizeKey]) {
            for case let url as URL in walker { bytes += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0 }
        }
        print("  output: \(String(format: "%.0f", Double(bytes) / 1e6)) MB")
    }

    /// A project with `count` Markdown notices and XLIFF translations for every target.
    static func generate(count: Int, at root: URL, repo: URL) throws -> Project {
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("locales/en/notices"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("glossary"), withIntermediateDirectories: true)
        try ProjectConfig().yaml.write(to: root.appendingPathComponent("jeju.yml"), atomically: true, encoding: .utf8)
        try fm.copyItem(at: repo.appendingPathComponent("locales/en/ui.json"), to: root.appendingPathComponent("locales/en/ui.json"))
        try fm.copyItem(at: repo.appendingPathComponent("glossary/egov.tbx"), to: root.appendingPathComponent("glossary/egov.tbx"))
        let project = try Project.find(from: root)
        let segmenter = try Segmenter(language: "en")
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        var notices: [Notice] = []
        for n in 0..<count {
            let day = n % 28 + 1, month = n / 28 % 12 + 1, year = 2016 + n / 336
            let id = String(format: "%04d-%02d-%02d-notice-%04d", year, month, day, n)
            var text = "---\ntitle: Notice \(n) — \(sentences[next(sentences.count)].dropLast())\ndate: \(String(format: "%04d-%02d-%02d", year, month, day))\nviews: \(next(20_000))\nid: \(id)\n---\n"
            for _ in 0..<6 {
                text += (0..<3).map { _ in sentences[next(sentences.count)] }.joined(separator: " ") + "\n\n"
            }
            try text.write(to: project.url("locales/en/notices/\(id).md"), atomically: true, encoding: .utf8)
            notices.append(try NoticeReader.read(text, path: "\(id).md"))
        }
        let segmented = notices.map { segmenter.segments(of: $0) }
        for tag in project.config.targets {
            try fm.createDirectory(at: project.localeFolder(tag), withIntermediateDirectories: true)
            for (notice, blocks) in zip(notices, segmented) {
                let units = blocks.enumerated().map { index, block in
                    XLIFFUnit(id: "u\(index)", segments: block.segments.enumerated().map { k, s in
                        let done = next(10) < 7
                        return XLIFFSegment(id: "s\(k)", state: done ? .translated : .initial, source: Segment(text: s.text),
                                            target: done ? Segment(text: "\(tag): \(s.text)") : nil)
                    })
                }
                let document = XLIFFDocument(sourceLanguage: "en", targetLanguage: tag, files: [XLIFFFile(id: notice.id, units: units)])
                try XLIFFWriter.data(document).write(to: CanonicalTranslation.url(project: project, locale: tag, documentID: notice.id))
            }
        }
        return project
    }
}
