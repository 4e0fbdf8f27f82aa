import Crypto
import Foundation
import Inline
import JejuSupport
import Testing
import TestSupport
import TranslationMemory
@testable import MemoryServer

/// The same memory in both backends gives the same matches: the project's Indonesian memory and, when present,
/// the TICO-19 en→id memory (about 3,000 units) as an external memory with a penalty.
@Suite(.serialized) struct DifferentialTests {
    /// Queries made from the memory's own sources: as they are, one word dropped, two words swapped, a number
    /// changed, a word replaced, lower-cased; every twentieth unit.
    static func queries(_ sources: [String]) -> [String] {
        var out: [String] = []
        for (i, s) in sources.enumerated() where i % 20 == 0 {
            var words = s.split(separator: " ").map(String.init)
            out.append(s)
            out.append(s.lowercased())
            if words.count > 3 {
                var dropped = words
                dropped.remove(at: words.count / 2)
                out.append(dropped.joined(separator: " "))
                words.swapAt(0, 1)
                out.append(words.joined(separator: " "))
                words[words.count - 1] = "committee"
                out.append(words.joined(separator: " "))
            }
            out.append(s.replacingOccurrences(of: "1", with: "7"))
        }
        return out + ["", "the", "Local officials from 24 countries", "e-government training in Jeju"]
    }

    @Test func bothBackendsGiveTheSameMatches() async throws {
        guard let fx = try ServerFixture.make(targets: ["id"]) else { return }
        let files = MemoryFiles(project: fx.project, locale: "id")
        try FileManager.default.copyItem(
            at: SharedData.packageRoot.appendingPathComponent("locales/id/memory.tmx"), to: files.projectMemory)
        if let tico = SharedData.url("corpora/tico-19/tm/all.en-id.tmx") {
            _ = try MemoryImporter.run(
                try Data(contentsOf: tico), path: "all.en-id.tmx", project: fx.project, locales: ["id"],
                name: "tico", penalty: 3)
        }
        let uploads = try files.existing.map { url in
            MemoryUpload(
                locale: "id", memory: fx.project.relativePath(url), path: fx.project.relativePath(url),
                data: try Data(contentsOf: url))
        }
        var sources: [String] = []
        for url in files.existing {
            for u in try TMXReader.read(try Data(contentsOf: url), path: url.path).units {
                if let s = u.variant(in: "en"), u.variant(in: "id") != nil { sources.append(s.segment.text) }
            }
        }
        let project = fx.project
        let reports = try await fx.withServer { server in
            _ = try await server.migrate()
            return try await server.upload(uploads, scope: "p", sourceLanguage: "en", command: "test")
        }
        #expect(reports.reduce(0) { $0 + $1.added } == sources.count)
        let queries = Self.queries(sources)
        let index = try MemoryIndex(files: files)
        #expect(index.unitCount == sources.count)
        var expected: [[Match]] = []
        for minimum in [50, 75] {
            for q in queries { expected.append(try index.lookup(Segment(text: q), minimum: minimum, maximum: 5)) }
        }
        let exhaustiveQueries = Array(queries.prefix(12))
        let (got, exhaustive) = try await fx.withServer { server in
            let lookup = try await ServerLookup(
                server: server, scope: "p", sourceLanguage: project.config.source, locale: "id")
            var got: [[Match]] = []
            for minimum in [50, 75] {
                for q in queries { got.append(try await lookup.lookup(Segment(text: q), minimum: minimum, maximum: 5)) }
            }
            var exhaustive: [[Match]] = []
            for q in exhaustiveQueries {
                exhaustive.append(try await lookup.lookup(Segment(text: q), minimum: 50, maximum: 5, exhaustive: true))
            }
            return (got, exhaustive)
        }
        #expect(got.count == expected.count)
        var differing = 0
        for (g, e) in zip(got, expected) where g != e {
            differing += 1
            if differing <= 3 {
                Issue.record(
                    "differs: server \(g.map { ($0.score.value, $0.origin) }) embedded \(e.map { ($0.score.value, $0.origin) })"
                )
            }
        }
        #expect(differing == 0)
        // Not vacuous: most queries find something, and some find fuzzy (not exact) matches.
        let withMatches = expected.filter { !$0.isEmpty }.count
        #expect(withMatches > expected.count / 2)
        #expect(expected.contains { $0.contains { $0.score.value < 100 } })
        // The server's exhaustive scan agrees with its indexed path (recall at the threshold).
        for (i, q) in exhaustiveQueries.enumerated() {
            #expect(exhaustive[i] == (try index.lookup(Segment(text: q), minimum: 50, maximum: 5)), "query \(q)")
        }
    }

    @Test func pullWritesTheMemoryBackCanonically() async throws {
        guard let fx = try ServerFixture.make(targets: ["ko"]) else { return }
        let original = SharedData.packageRoot.appendingPathComponent("locales/ko/memory.tmx")
        let data = try Data(contentsOf: original)
        let upload = MemoryUpload(
            locale: "ko", memory: "locales/ko/memory.tmx", path: "locales/ko/memory.tmx", data: data)
        let (first, second) = try await fx.withServer { server in
            _ = try await server.migrate()
            _ = try await server.upload([upload], scope: "p", sourceLanguage: "en", command: "test")
            let a = try await server.documents(scope: "p", locales: ["ko"])
            let again = try await server.upload([upload], scope: "p", sourceLanguage: "en", command: "test")
            let b = try await server.documents(scope: "p", locales: ["ko"])
            #expect(again.first?.added == 0)
            return (a.map { TMXWriter.data($0.document) }, b.map { TMXWriter.data($0.document) })
        }
        #expect(first.count == 1)
        #expect(first == second)
        // The project memory is canonical already: what comes back is byte for byte what went up.
        #expect(first.first == TMXWriter.data(try TMXReader.read(data, path: "memory.tmx")))
        #expect(first.first == data)
    }

    @Test func migrationsAreVersionedAndNeverImplicit() async throws {
        guard let fx = try ServerFixture.make() else { return }
        let upload = MemoryUpload(
            locale: "ko", memory: "locales/ko/memory.tmx", path: "x.tmx",
            data: try Data(contentsOf: SharedData.packageRoot.appendingPathComponent("locales/ko/memory.tmx")))
        let rules: [String] = try await fx.withServer { server in
            var rules: [String] = []
            #expect(try await server.schemaVersion() == 0)
            do { _ = try await server.upload([upload], scope: "p", sourceLanguage: "en", command: "t") } catch let d
                as Diagnostic
            { rules.append(d.rule) }
            let applied = try await server.migrate()
            #expect(applied.map(\.version) == [1, 2, 3, 4, 5])
            #expect(try await server.migrate().isEmpty)
            #expect(try await server.schemaVersion() == Migration.latest)
            return rules
        }
        #expect(rules == ["tm.schema-missing"])
        let partitions = try fx.cluster.psql(
            """
            SELECT count(*) FROM pg_inherits WHERE inhparent = 'tm_unit'::regclass
            """, database: fx.database)
        #expect(partitions.trimmingCharacters(in: .whitespacesAndNewlines) == "14")
    }

    /// Migration 2 numbers the token occurrences of units already on the server exactly as Jeju numbers those it
    /// sends, so the filter finds old and new units alike.
    @Test func migrationTwoNumbersTheOccurrencesOfUnitsAlreadyThere() async throws {
        guard let fx = try ServerFixture.make() else { return }
        let tokens = ["#", "covid", "#", "am", "#", "covid", "x"]
        let first = try await fx.withServer { server in try await server.migrate(upTo: 1) }
        #expect(first.map(\.version) == [1])
        _ = try fx.cluster.psql(
            """
            INSERT INTO tm_memory (scope, locale, memory, header_tmx) VALUES ('p', 'id', 'm.tmx', '<header/>');
            INSERT INTO tm_unit (scope, locale, memory, ordinal, source_text, source_markup, target_text, target_markup, tmx,
                                 tokens, token_count)
            VALUES ('p', 'id', 'm.tmx', 1, 's', 's', 't', 't', '<tu/>', ARRAY['\(tokens.joined(separator: "','"))'], 7),
                   ('p', 'id', 'm.tmx', 2, 'e', 'e', 'f', 'f', '<tu/>', '{}', 0)
            """, database: fx.database)
        let second = try await fx.withServer { server in try await server.migrate(upTo: 2) }
        #expect(second.map(\.version) == [2])
        let rows = try fx.cluster.psql(
            "SELECT array_to_string(occurrences, '|') FROM tm_unit ORDER BY ordinal", database: fx.database)
        let expected = TokenOccurrences.of(tokens).joined(separator: "|") + "\n\n"
        #expect(rows == expected)
        #expect(TokenOccurrences.of(tokens) == ["#", "covid", "#\u{1}2", "am", "#\u{1}3", "covid\u{1}2", "x"])
    }

    /// The pair filter asks for every pair among the rarest n − c + 2 occurrences, one branch per first element.
    @Test func pairFilterCoversEveryPairOfTheRarest() throws {
        let ordered = ["a", "b", "c", "d", "e"]
        let branches = try #require(ServerLookup.pairFilter(ordered: ordered, shared: 4))
        #expect(branches == [.init(first: "a", rest: ["b", "c"]), .init(first: "b", rest: ["c"])])
        let pairs = Set(branches.flatMap { b in b.rest.map { [b.first, $0] } })
        #expect(pairs == [["a", "b"], ["a", "c"], ["b", "c"]])
        #expect(ServerLookup.pairFilter(ordered: ordered, shared: 1) == nil)
        #expect(ServerLookup.pairFilter(ordered: ordered, shared: 2)?.count == 4)
    }

    /// COPY's text format: backslash, tab, newline and carriage return escaped, NULL as \N; array elements quoted.
    @Test func copyTextEscapes() {
        var out: [UInt8] = []
        CopyText.row([.text("a\tb\\c\nd\re ü"), .text(nil), .array(["x\"y", "z\\", ""])], into: &out)
        #expect(
            String(decoding: out, as: UTF8.self) == #"a\tb\\c\nd\re ü"# + "\t" + #"\N"# + "\t"
                + #"{"x\\"y","z\\\\",""}"# + "\n")
    }

    /// An `integer[]` literal in COPY's text, the token index's hashes: each value as Swift prints it.
    @Test func copyTextIntegers() {
        var generator = SystemRandomNumberGenerator()
        let values: [Int32] =
            [0, 1, -1, 9, 10, -10, 99, 100, 1_000_000_000, Int32.max, Int32.min, Int32.min + 1]
            + (0..<2_000).map { _ in Int32.random(in: .min ... .max, using: &generator) }
        var out: [UInt8] = []
        CopyText.integers(values, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "{" + values.map(String.init).joined(separator: ",") + "}")
        out = []
        CopyText.integers([], into: &out)
        #expect(out == Array("{}".utf8))
    }

    /// A unit's key goes to the server as the 32 hex digits of its MD5, in order.
    @Test func aKeyIsItsMD5InHex() {
        for (source, context) in [("Open the file.", nil), ("사무소", "notice-1"), ("", "")] as [(String, String?)] {
            let prefix = UnitStream.Key.prefix(scope: "p", memory: "locales/id/memory.tmx")
            let key = UnitStream.Key(prefix: prefix, sourceMarkup: source, context: context, targetMarkup: "t")
            var out: [UInt8] = []
            key.append(to: &out)
            var md5 = Insecure.MD5()
            md5.update(
                data: Array(
                    ("1:p21:locales/id/memory.tmx" + source + "\u{1F}" + (context ?? "\u{1E}") + "\u{1F}t").utf8))
            let hex = md5.finalize().map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
            #expect(String(decoding: out, as: UTF8.self) == hex)
        }
    }
}
