import Foundation
import GRDB
import Inline
import JejuSupport
import Synchronization
import TestSupport
import Testing
@testable import TranslationMemory

/// The index, the score and the lossless filter.
@Suite struct MemoryIndexTests {
    static func project(_ pairs: [(String, String)], context: [Int: String] = [:]) throws -> Project {
        let folder = try JejuBinary.temporaryFolder()
        let project = Project(root: folder, config: ProjectConfig(source: "en", targets: ["id"]))
        let units = pairs.enumerated().map { i, p in
            TranslationUnit(
                id: "u\(i + 1)",
                properties: context[i].map { [TMXProperty(type: TranslationUnit.contextProperty, value: $0)] } ?? [],
                variants: [
                    TranslationVariant(language: "en", segment: Segment(text: p.0)),
                    TranslationVariant(language: "id", segment: Segment(text: p.1)),
                ])
        }
        let doc = TMXDocument(header: MemoryImporter.projectHeader("en"), units: units)
        try AtomicFile.write(TMXWriter.data(doc), to: MemoryFiles(project: project, locale: "id").projectMemory)
        return project
    }

    @Test func scoresFollowTheDocumentedFormula() throws {
        let project = try Self.project(
            [
                ("The meeting starts at 10 in Jeju.", "Rapat dimulai pukul 10 di Jeju."),
                ("The meeting starts in Seoul.", "Rapat dimulai di Seoul."),
                ("Officials from 24 countries attended the training.", "Pejabat dari 24 negara mengikuti pelatihan."),
            ], context: [1: "notice-1#p2"])
        let index = try MemoryIndex(files: MemoryFiles(project: project, locale: "id"))
        #expect(index.unitCount == 3)
        // Exact.
        let exact = try index.lookup(Segment(text: "The meeting starts in Seoul."))
        #expect(exact.first?.score.value == 100)
        // In context: 101.
        #expect(
            try index.lookup(Segment(text: "The meeting starts in Seoul."), context: "notice-1#p2").first?.score.value
                == 101)
        // Case and punctuation only: 99.
        let formatting = try #require(index.lookup(Segment(text: "the meeting starts in Seoul!")).first)
        #expect(formatting.score.base == 100 && formatting.score.formattingPenalty == 1 && formatting.score.value == 99)
        // A different number: 99, and the target is adapted.
        let number = try #require(
            index.lookup(Segment(text: "Officials from 31 countries attended the training.")).first)
        #expect(number.score.value == 99 && number.score.numberPenalty == 1)
        #expect(number.adaptedTarget.text == "Pejabat dari 31 negara mengikuti pelatihan.")
        #expect(number.adaptations == [Match.Adaptation(kind: "number", from: "24", to: "31")])
        // One word of five changed: ⌊100 × 4/5⌋ = 80.
        let fuzzy = try #require(index.lookup(Segment(text: "The meeting starts in Busan.")).first)
        #expect(fuzzy.score.base == 80 && fuzzy.score.value == 80)
        // Two of seven: ⌊100 × 5/7⌋ = 71 (the number is a token; changing it costs 1 more, not an edit).
        let two = try #require(index.lookup(Segment(text: "The meeting opens at 11 in Busan.")).first)
        #expect(two.score.base == 71 && two.score.numberPenalty == 1 && two.score.value == 70)
        #expect(fuzzy.origin.tuid == "u2" && fuzzy.origin.unit == 2)
        #expect(try index.lookup(Segment(text: "Completely unrelated words here.")).isEmpty)
    }

    @Test func codesArePenalisedAndAdapted() throws {
        let folder = try JejuBinary.temporaryFolder()
        let project = Project(root: folder, config: ProjectConfig(source: "en", targets: ["id"]))
        let source = try TMXReader.segment(markup: "Click <ph x=\"1\">&lt;b1/&gt;</ph> to start.")
        let target = try TMXReader.segment(markup: "Klik <ph x=\"1\">&lt;b1/&gt;</ph> untuk mulai.")
        let doc = TMXDocument(
            header: MemoryImporter.projectHeader("en"),
            units: [
                TranslationUnit(variants: [
                    TranslationVariant(language: "en", segment: source),
                    TranslationVariant(language: "id", segment: target),
                ])
            ])
        try AtomicFile.write(TMXWriter.data(doc), to: MemoryFiles(project: project, locale: "id").projectMemory)
        let index = try MemoryIndex(files: MemoryFiles(project: project, locale: "id"))
        let plain = try #require(index.lookup(Segment(text: "Click  to start.")).first)
        #expect(plain.score.codePenalty == 2 && plain.score.value == 98)
        let other = try TMXReader.segment(markup: "Click <ph x=\"1\">&lt;b2/&gt;</ph> to start.")
        let adapted = try #require(index.lookup(other).first)
        #expect(adapted.score.value == 100)
        #expect(TMXWriter.markup(adapted.adaptedTarget) == "Klik <ph x=\"1\">&lt;b2/&gt;</ph> untuk mulai.")
        #expect(adapted.adaptations.first?.kind == "code")
    }

    @Test func indexedLookupEqualsExhaustiveOnRealData() throws {
        guard let url = SharedData.url("corpora/tico-19/tm/all.en-id.tmx") else { return }
        let folder = try JejuBinary.temporaryFolder()
        let project = Project(root: folder, config: ProjectConfig(source: "en", targets: ["id"]))
        _ = try MemoryImporter.run(
            try Data(contentsOf: url), path: url.path, project: project, locales: ["id"], name: nil, penalty: nil)
        let index = try MemoryIndex(files: MemoryFiles(project: project, locale: "id"))
        let doc = try TMXReader.read(try Data(contentsOf: url), path: url.path)
        // Queries: real sources, each with a word dropped, a word added, and a number changed.
        var queries: [String] = []
        for (i, unit) in doc.units.enumerated() where i % 61 == 0 {
            guard let text = unit.variant(in: "en")?.segment.text else { continue }
            var words = text.split(separator: " ").map(String.init)
            queries.append(text)
            if words.count > 3 { words.remove(at: words.count / 2) }
            queries.append(words.joined(separator: " "))
            queries.append("please " + words.joined(separator: " ") + " 12")
        }
        var total = 0
        for t in [50, 70, 90] {
            for q in queries {
                let fast = try index.lookup(Segment(text: q), minimum: t, maximum: nil)
                let oracle = try index.lookup(Segment(text: q), minimum: t, maximum: nil, exhaustive: true)
                #expect(fast == oracle, "query '\(q)' at \(t)")
                total += oracle.count
            }
        }
        #expect(total > queries.count)
    }

    @Test func lookupsReadOnDemandGiveWhatTheWholeIndexGives() throws {
        guard let url = SharedData.url("corpora/tico-19/tm/all.en-id.tmx") else { return }
        let folder = try JejuBinary.temporaryFolder()
        let project = Project(root: folder, config: ProjectConfig(source: "en", targets: ["id"]))
        _ = try MemoryImporter.run(
            try Data(contentsOf: url), path: url.path, project: project, locales: ["id"], name: nil, penalty: nil)
        let files = MemoryFiles(project: project, locale: "id")
        let whole = try MemoryIndex(files: files)
        let doc = try TMXReader.read(try Data(contentsOf: url), path: url.path)
        var queries: [String] = ["COVID-19"]
        for (i, unit) in doc.units.enumerated() where i % 97 == 0 {
            guard let text = unit.variant(in: "en")?.segment.text else { continue }
            var words = text.split(separator: " ").map(String.init)
            queries.append(text)
            if words.count > 3 { words.remove(at: words.count / 3) }
            queries.append(words.joined(separator: " ") + " now")
        }
        // Last: queries of common words and one without words, which load the file whole.
        queries += ["the", "of the", ""]
        var total = 0
        for t in [50, 80, 100] {
            // A fresh index each round: a query of common words loads a stored file whole, and the rest of the
            // round then reads it from memory.
            let onDemand = try MemoryIndex(files: files, loading: .onDemand)
            #expect(onDemand.unitCount == whole.unitCount && !onDemand.stored.isEmpty)
            for q in queries {
                let expected = try whole.lookup(Segment(text: q), minimum: t, maximum: nil)
                #expect(try onDemand.lookup(Segment(text: q), minimum: t, maximum: nil) == expected, "'\(q)' at \(t)")
                #expect(try onDemand.lookup(Segment(text: q), minimum: t) == Array(expected.prefix(5)))
                total += expected.count
            }
            // At 50 a query's walk reaches common words, past what reading on demand saves in a file this small.
            if t >= 80 { #expect(onDemand.partsRead > 0, "at \(t)") }
        }
        #expect(total > queries.count)
    }

    @Test func indexesOfTwoLocalesOpenedAtOnceNumberTheirWordsAlike() throws {
        let folder = try JejuBinary.temporaryFolder()
        let project = Project(root: folder, config: ProjectConfig(source: "en", targets: ["id", "ms"]))
        for (locale, pairs) in [
            ("id", [("Good morning, officials.", "Selamat pagi, para pejabat.")]),
            ("ms", [("Good evening, officials and friends.", "Selamat petang, para pegawai dan rakan.")]),
        ] {
            let units = pairs.map { p in
                TranslationUnit(variants: [
                    TranslationVariant(language: "en", segment: Segment(text: p.0)),
                    TranslationVariant(language: locale, segment: Segment(text: p.1)),
                ])
            }
            let doc = TMXDocument(header: MemoryImporter.projectHeader("en"), units: units)
            try AtomicFile.write(TMXWriter.data(doc), to: MemoryFiles(project: project, locale: locale).projectMemory)
        }
        // Both read the (empty) vocabulary, then each indexes its memory: the second meets words the first
        // stored meanwhile ("good", "officials") and new ones.
        let id = try MemoryIndex(files: MemoryFiles(project: project, locale: "id"), synchronising: false)
        let ms = try MemoryIndex(files: MemoryFiles(project: project, locale: "ms"), synchronising: false)
        try id.synchronise(progress: nil)
        try ms.synchronise(progress: nil)
        #expect(try id.lookup(Segment(text: "Good morning, officials.")).first?.score.value == 100)
        #expect(try ms.lookup(Segment(text: "Good evening, officials and friends.")).first?.score.value == 100)
        #expect(try ms.lookup(Segment(text: "Good evening, officials."), minimum: 50).first?.score.base == 60)
        // Read afresh, both give the same.
        for (locale, text) in [("id", "Good morning, officials."), ("ms", "Good evening, officials and friends.")] {
            let again = try MemoryIndex(files: MemoryFiles(project: project, locale: locale))
            #expect(again.rebuilt.isEmpty)
            #expect(try again.lookup(Segment(text: text)).first?.score.value == 100, "\(locale)")
        }
    }

    @Test func aFreshIndexOpenedByManyAtOnceOpensForAll() throws {
        // The locales of one command, or two commands, meeting a new `.jeju/`: each must get the index, none
        // "database is locked".
        for round in 0..<20 {
            let folder = try JejuBinary.temporaryFolder()
            let url = folder.appendingPathComponent("tm-index.sqlite")
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                do {
                    let queue = try MemoryIndex.openDatabase(url)
                    let mode = try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
                    if mode != "wal" { failures.withLock { $0.append("mode \(mode ?? "none")") } }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            #expect(failures.withLock { $0 }.isEmpty, "round \(round)")
        }
    }

    @Test func indexFollowsFileChangesAndSurvivesDeletion() throws {
        let project = try Self.project([("Good morning.", "Selamat pagi.")])
        let files = MemoryFiles(project: project, locale: "id")
        let first = try MemoryIndex(files: files)
        #expect(first.rebuilt == ["locales/id/memory.tmx"])
        let again = try MemoryIndex(files: files)
        #expect(again.rebuilt.isEmpty)
        // Change the file: the index follows.
        var doc = try TMXReader.read(try Data(contentsOf: files.projectMemory), path: "m")
        doc.units.append(
            TranslationUnit(variants: [
                TranslationVariant(language: "en", segment: Segment(text: "Good night.")),
                TranslationVariant(language: "id", segment: Segment(text: "Selamat malam.")),
            ]))
        try AtomicFile.write(TMXWriter.data(doc), to: files.projectMemory)
        let changed = try MemoryIndex(files: files)
        #expect(changed.rebuilt == ["locales/id/memory.tmx"])
        #expect(try changed.lookup(Segment(text: "Good night.")).first?.target.text == "Selamat malam.")
        // Delete .jeju: nothing is lost.
        try FileManager.default.removeItem(at: files.cacheFolder)
        let fresh = try MemoryIndex(files: files)
        #expect(fresh.unitCount == 2)
        #expect(try fresh.lookup(Segment(text: "Good morning.")).first?.score.value == 100)
    }

    @Test func importMergesDuplicatesAndKeepsConflicts() throws {
        let folder = try JejuBinary.temporaryFolder()
        let project = Project(root: folder, config: ProjectConfig(source: "en", targets: ["id", "fr"]))
        let tmx = """
            <?xml version="1.0"?><tmx version="1.4"><header srclang="*all*"/><body>
            <tu tuid="a"><note>first</note><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="id"><seg>Halo.</seg></tuv><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu>
            <tu tuid="b"><prop type="x-origin">second</prop><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="id"><seg>Halo.</seg></tuv></tu>
            <tu tuid="c"><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="id"><seg>Hai.</seg></tuv></tu>
            </body></tmx>
            """
        let reports = try MemoryImporter.run(
            Data(tmx.utf8), path: "in.tmx", project: project, locales: nil, name: nil, penalty: nil)
        let id = try #require(reports.first { $0.locale == "id" })
        #expect(id.added == 2 && id.duplicates == 1 && id.conflicts.count == 1)
        #expect(id.conflicts.first?.existing == ["Halo."] && id.conflicts.first?.added == "Hai.")
        #expect(reports.first { $0.locale == "fr" }?.added == 1)
        let doc = try TMXReader.read(
            try Data(contentsOf: MemoryFiles(project: project, locale: "id").projectMemory), path: "m")
        #expect(doc.units.first?.notes == [TMXNote("first")])
        #expect(doc.units.first?.properties == [TMXProperty(type: "x-origin", value: "second")])
        let index = try MemoryIndex(files: MemoryFiles(project: project, locale: "id"))
        #expect(try index.lookup(Segment(text: "Hello.")).map(\.target.text) == ["Halo.", "Hai."])
    }

    /// One sentence in 60 contexts, with two translations: verifying stops early (the context is in the index),
    /// and the top five are still those of ranking every match.
    @Test func oneSentenceInManyContextsGivesTheTopOfAllItsMatches() throws {
        let sentence = "The programme continues until May 27."
        let pairs = (0..<60).map { i in
            (sentence, i % 2 == 0 ? "Program berlanjut hingga 27 Mei." : "Program ini berlanjut hingga 27 Mei.")
        }
        let project = try Self.project(
            pairs + [("The programme continues until May 28.", "Program berlanjut hingga 28 Mei.")],
            context: Dictionary(uniqueKeysWithValues: (0..<60).map { ($0, "notice-\($0 % 30)#u\($0)") }))
        let index = try MemoryIndex(files: MemoryFiles(project: project, locale: "id"))
        for context in [nil, "notice-7#u37", "notice-7#u7", "no such context"] {
            let top = try index.lookup(Segment(text: sentence), context: context, minimum: 70, maximum: 5)
            let all = try index.lookup(Segment(text: sentence), context: context, minimum: 70, maximum: nil)
            #expect(all.count == 61)
            let key = { (m: Match) in "\(m.origin.unit)=\(m.score.value)" }
            #expect(top.map(key) == all.prefix(5).map(key), "\(context ?? "none")")
            #expect(top.first?.score.value == (context?.hasPrefix("notice-7#u") == true ? 101 : 100))
        }
        #expect(try index.lookup(Segment(text: sentence), context: "notice-7#u37").first?.origin.unit == 38)
    }

    /// A lookup met again (the same words, maybe other numbers, another context) takes its candidates from the
    /// last time: what it returns is what an index that never saw the query returns, and what scoring every unit
    /// returns, in-context matches and penalised memories included.
    @Test func aQueryMetAgainGetsWhatAFreshIndexGives() throws {
        let sentence = "The programme continues until May 27."
        let pairs = (0..<40).map { i in
            (i % 3 == 0 ? "The programme continues until May \(i)." : sentence, "Program berlanjut hingga \(i) Mei.")
        }
        let project = try Self.project(
            pairs + [("The programme continues until June.", "Program berlanjut hingga Juni.")],
            context: Dictionary(uniqueKeysWithValues: (0..<40).map { ($0, "notice-\($0 % 20)#u\($0)") }))
        let tmx = """
            <tmx version="1.4"><header srclang="en"/><body><tu><prop type="x-jeju-context">notice-3#u3</prop>\
            <tuv xml:lang="en"><seg>The programme continues until May 27.</seg></tuv>\
            <tuv xml:lang="id"><seg>Program masih berlanjut hingga 27 Mei.</seg></tuv></tu></body></tmx>
            """
        _ = try MemoryImporter.run(
            Data(tmx.utf8), path: "ext.tmx", project: project, locales: ["id"], name: "ext", penalty: 1)
        let files = MemoryFiles(project: project, locale: "id")
        let warm = try MemoryIndex(files: files)
        let queries = [sentence, "The programme continues until May 3.", "The programme continues until June."]
        let contexts: [String?] = [nil, "notice-3#u3", "notice-17#u37", "notice-18#u38", "notice-4#u24", "elsewhere"]
        var inContext = 0
        for round in 0..<2 {
            for q in queries {
                for context in contexts {
                    for maximum in [3, nil] as [Int?] {
                        let fresh = try MemoryIndex(files: files).lookup(
                            Segment(text: q), context: context, minimum: 70, maximum: maximum)
                        let oracle = try warm.lookup(
                            Segment(text: q), context: context, minimum: 70, maximum: maximum, exhaustive: true)
                        let again = try warm.lookup(Segment(text: q), context: context, minimum: 70, maximum: maximum)
                        #expect(fresh == oracle, "'\(q)' in \(context ?? "no context")")
                        #expect(again == oracle, "'\(q)' in \(context ?? "no context"), round \(round)")
                        inContext += fresh.filter { $0.score.value == 101 }.count
                    }
                }
            }
        }
        #expect(!warm.recent.candidates.isEmpty && !warm.recent.units.isEmpty)
        // In context: "May 3." at the third unit, the sentence at the 38th and 39th (behind 25 of its kind).
        #expect(inContext == 2 * 2 * 3)
    }

    @Test func importIntoAnExistingMemoryStreamsItAndAmendsItsUnits() throws {
        let folder = try JejuBinary.temporaryFolder()
        let project = Project(root: folder, config: ProjectConfig(source: "en", targets: ["id"]))
        func tmx(_ units: [(String, String, String?)]) -> Data {
            let body = units.map { en, id, note in
                "<tu>\(note.map { "<note>\($0)</note>" } ?? "")<tuv xml:lang=\"en\"><seg>\(en)</seg></tuv>"
                    + "<tuv xml:lang=\"id\"><seg>\(id)</seg></tuv></tu>"
            }.joined()
            return Data("<tmx version=\"1.4\"><header srclang=\"en\"/><body>\(body)</body></tmx>".utf8)
        }
        let units = (1...50).map {
            ("Sentence number \($0) &amp; more.", "Kalimat nomor \($0) &amp; lagi.", nil as String?)
        }
        let memory = MemoryFiles(project: project, locale: "id").projectMemory
        _ = try MemoryImporter.run(tmx(units), path: "a.tmx", project: project, locales: nil, name: nil, penalty: nil)
        let first = try Data(contentsOf: memory)
        // The same file again: every unit a duplicate, the memory byte for byte as it was.
        let again = try MemoryImporter.run(
            tmx(units), path: "a.tmx", project: project, locales: nil, name: nil, penalty: nil)
        #expect(again.first?.added == 0 && again.first?.duplicates == 50 && again.first?.total == 50)
        #expect(try Data(contentsOf: memory) == first)
        // A note on unit 7 and a new unit: unit 7 of the existing memory is amended in place, the new one appended,
        // and the index points at the units where they now are.
        let more = [
            ("Sentence number 7 &amp; more.", "Kalimat nomor 7 &amp; lagi.", "checked"), ("New.", "Baru.", nil),
        ]
        let third = try MemoryImporter.run(
            tmx(more), path: "b.tmx", project: project, locales: nil, name: nil, penalty: nil)
        #expect(third.first?.added == 1 && third.first?.duplicates == 1 && third.first?.total == 51)
        let doc = try TMXReader.read(try Data(contentsOf: memory), path: "m")
        #expect(doc.units.count == 51 && doc.units[6].notes == [TMXNote("checked")] && doc.units[7].notes.isEmpty)
        let index = try MemoryIndex(files: MemoryFiles(project: project, locale: "id"))
        #expect(index.rebuilt.isEmpty)
        for n in [6, 7, 8, 50] {
            let match = try index.lookup(Segment(text: "Sentence number \(n) & more.")).first
            #expect(match?.score.value == 100 && match?.target.text == "Kalimat nomor \(n) & lagi.", "\(n)")
        }
        #expect(try index.lookup(Segment(text: "New.")).first?.target.text == "Baru.")
    }

    @Test func importedMemoriesRankBelowByTheirPenalty() throws {
        let project = try Self.project([("Welcome to Jeju.", "Selamat datang di Jeju.")])
        let tmx = """
            <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Welcome to Jeju.</seg></tuv>\
            <tuv xml:lang="id"><seg>Selamat datang ke Jeju.</seg></tuv></tu></body></tmx>
            """
        _ = try MemoryImporter.run(
            Data(tmx.utf8), path: "ext.tmx", project: project, locales: ["id"], name: "ext", penalty: 10)
        let index = try MemoryIndex(files: MemoryFiles(project: project, locale: "id"))
        let matches = try index.lookup(Segment(text: "Welcome to Jeju."))
        #expect(matches.map(\.score.value) == [100, 90])
        #expect(matches.last?.origin.file == "locales/id/tm/ext.tmx")
        #expect(matches.last?.score.memoryPenalty == 10)
    }

    @Test func cleanTidiesWithoutLosingTranslations() throws {
        var doc = TMXDocument(units: [
            TranslationUnit(variants: [
                TranslationVariant(language: "en", segment: Segment(text: "  Cafe\u{0301}  open ")),
                TranslationVariant(language: "id", segment: Segment(text: "Kafe buka")),
            ]),
            TranslationUnit(variants: [
                TranslationVariant(language: "en", segment: Segment(text: "Café open")),
                TranslationVariant(language: "id", segment: Segment(text: "Kafe buka")),
            ]),
            TranslationUnit(variants: [
                TranslationVariant(language: "en", segment: Segment(text: "Empty")),
                TranslationVariant(language: "id", segment: Segment(text: " ")),
            ]),
        ])
        let report = MemoryCleaner.clean(&doc, source: "en", locale: "id")
        #expect(report == MemoryCleaner.Report(normalized: 1, whitespace: 2, empty: 1, duplicates: 1))
        #expect(doc.units.count == 1)
        #expect(doc.units[0].variants[0].segment.text == "Café open")
    }
}
