import Foundation
import Inline
import JejuSupport
import PostgresNIO
import TranslationMemory

/// Lookups in one locale of the shared memory, with the embedded index's score and candidate filter.
///
/// The server returns candidates through its own token index (a GIN index over the hashes of each unit's folded word
/// tokens, each occurrence numbered: `TokenOccurrences`) with the same bounds the embedded index uses (README, "Why the
/// index misses nothing"): units with ⌈nt/100⌉ ≤ m ≤ ⌊100n/t⌋ tokens sharing one of the query's first n − c + 1
/// occurrences (rarest first, by the server's statistics; any fixed order is lossless, rarer ones only give fewer
/// candidates), or, for longer queries, two of its first n − c + 2. Jeju then computes
/// the exact token distance and the score in Swift, so both backends give the same matches for the same units.
public final class ServerLookup: @unchecked Sendable {
    let server: MemoryServer
    let scope: String
    /// The scopes read: the project's own first, then the shared ones.
    let scopes: [String]
    let locale: String
    let scorer: MatchScorer
    var penalties: [String: Int] = [:]
    /// Those memories by number, with the name a match gives (the units looked up are theirs).
    var names: [Int32: String] = [:]
    /// Their numbers.
    var memoryIDs: [Int32] { Array(names.keys) }
    /// The token index's statistics: how often an occurrence's hash is in a unit, for the commonest.
    var frequencies: [Int32: Float] = [:]
    var rareFrequency: Float = 0
    var partitionRows: Double = 0
    /// The locale's partition (`tm_unit_id`), for its statistics. Queries go through `tm_unit`, whose grants the
    /// roles have (a partition's own are not given).
    let table: String
    var scratch: [Int32] = []

    /// Prepares lookups of `scope`'s memories in `locale`, and of the memories of each `shared` scope with its
    /// penalty added to theirs. Matches from a shared scope name their memory `SCOPE:path`.
    public init(
        server: MemoryServer, scope: String, shared: [String: Int] = [:], sourceLanguage: String, locale: String
    ) async throws {
        self.server = server
        self.scope = scope
        self.scopes = [scope] + shared.keys.sorted().filter { $0 != scope }
        self.locale = locale
        table = Migration.partition(for: locale)
        scorer = try MatchScorer(sourceLanguage: sourceLanguage, locale: locale)
        try await server.requireSchema()
        let rows = try await server.run(
            "SELECT scope, memory, penalty, id FROM tm_memory WHERE scope = ANY(\(scopes)) AND locale = \(locale)",
            doing: "read the memories")
        for try await (s, memory, penalty, id) in rows.decode((String, String, Int, Int32).self) {
            let name = Self.name(memory, scope: s, own: scope)
            penalties[name] = penalty + (s == scope ? 0 : shared[s] ?? 0)
            names[id] = name
        }
        let stats = try await server.run(
            """
            SELECT most_common_elems::text::integer[], most_common_elem_freqs FROM pg_stats
            WHERE schemaname = current_schema() AND tablename = \(table) AND attname = 'occurrence_hashes'
              AND most_common_elems IS NOT NULL
            """, doing: "read the token statistics")
        for try await (elements, freqs) in stats.decode(([Int32], [Float]).self) {
            for (e, f) in zip(elements, freqs) { frequencies[e] = f }
            // A token the statistics do not list is rarer than every one they do.
            rareFrequency = freqs.prefix(elements.count).min() ?? 0
        }
        let size = try await server.run(
            "SELECT greatest(reltuples, 0)::float8 FROM pg_class WHERE oid = \(table)::regclass",
            doing: "read the token statistics")
        for try await (rows) in size.decode(Double.self) { partitionRows = rows }
    }

    /// The memories of this scope and locale on the server, with their penalties.
    public var memories: [String: Int] { penalties }

    /// How a match names its memory: the path for the project's own scope, `SCOPE:path` for a shared one.
    static func name(_ memory: String, scope: String, own: String) -> String {
        scope == own ? memory : "\(scope):\(memory)"
    }

    struct Candidate {
        var memory: String
        var ordinal: Int
        var id: Int64
        var base: Int
        var length: Int
        var tmx: String
        var key: String
    }

    /// One branch of the pair filter: units holding `first` and at least one of `rest`.
    struct PairBranch<Entry: Equatable>: Equatable {
        var first: Entry
        var rest: [Entry]
    }

    /// The stronger filter where the query is long enough: a unit that can match shares at least c of the query's
    /// n token occurrences (numbered, `TokenOccurrences`: all different), so of any n − c + 2 of them it shares at
    /// least two. Taking the rarest n − c + 2, s₁ … s_k, the units to read are those holding some sᵢ and one of
    /// the s after it: k − 1 branches `hashes @> {sᵢ} AND hashes && {sᵢ₊₁, …}`, each one scan of the token
    /// index intersecting posting lists: far fewer units than "shares one of the first n − c + 1". Nil when the
    /// query is too short (c < 2).
    static func pairFilter<Entry>(ordered: [Entry], shared c: Int) -> [PairBranch<Entry>]? {
        let length = ordered.count - c + 2
        guard c >= 2, length <= ordered.count else { return nil }
        let first = Array(ordered.prefix(length))
        return first.indices.dropLast().map { PairBranch(first: first[$0], rest: Array(first[($0 + 1)...])) }
    }

    /// The token count as the query names it: the column, which lets PostgreSQL use its index, or `token_count + 0`,
    /// which keeps it to the token index (a fixed text, never input).
    static func length(index: Bool) -> String { index ? "token_count" : "token_count + 0" }

    /// The candidates' query with the pair filter: every value bound, never spliced into the text.
    static func pairQuery(
        locale: String, memories: [Int32], lowest: Int, highest: Int, pairs: [PairBranch<Int32>], lengthIndex: Bool
    ) -> PostgresQuery {
        var q = PostgresQuery.StringInterpolation(literalCapacity: 256, interpolationCount: 4 + 2 * pairs.count)
        q.appendLiteral("SELECT memory_id, ordinal, id, occurrences FROM tm_unit WHERE locale = ")
        q.appendInterpolation(locale)
        q.appendLiteral(" AND memory_id = ANY(")
        q.appendInterpolation(memories)
        q.appendLiteral(") AND \(length(index: lengthIndex)) BETWEEN ")
        q.appendInterpolation(lowest)
        q.appendLiteral(" AND ")
        q.appendInterpolation(highest)
        q.appendLiteral(" AND (")
        for (i, pair) in pairs.enumerated() {
            if i > 0 { q.appendLiteral(" OR ") }
            q.appendLiteral("(occurrence_hashes @> ")
            q.appendInterpolation([pair.first])
            q.appendLiteral("::integer[] AND occurrence_hashes && ")
            q.appendInterpolation(pair.rest)
            q.appendLiteral("::integer[])")
        }
        q.appendLiteral(")")
        return PostgresQuery(stringInterpolation: q)
    }

    /// The matches for `query` scoring at least `minimum`, best first, at most `maximum`; `exhaustive` scores
    /// every unit of the locale (the recall reference).
    public func lookup(
        _ query: Segment, context: String? = nil, minimum: Int = 70, maximum: Int? = 5,
        exhaustive: Bool = false
    ) async throws -> [Match] {
        let q = scorer.prepare(query, context: context)
        let words = q.tokens.words
        let n = words.count, t = minimum
        var vocabulary = TokenVocabulary()
        let queryIDs = words.map { vocabulary.id($0) }
        let rows: PostgresRowSequence
        if exhaustive || t <= 0 {
            rows = try await server.run(
                """
                SELECT memory_id, ordinal, id, occurrences FROM tm_unit WHERE locale = \(locale) AND memory_id = ANY(\(memoryIDs))
                """, doing: "look up the shared memory")
        } else if n == 0 {
            rows = try await server.run(
                """
                SELECT memory_id, ordinal, id, occurrences FROM tm_unit
                WHERE locale = \(locale) AND memory_id = ANY(\(memoryIDs)) AND token_count = 0
                """, doing: "look up the shared memory")
        } else {
            let c = (n * t + 99) / 100
            let lowest = c, highest = n * 100 / t
            // t > 100 asks for more than an exact match: c > n, and no unit can qualify.
            let prefixLength = max(0, n - c + 1)
            if prefixLength == 0 { return [] }
            // The query's numbered occurrences, rarest first by the server's statistics (any fixed order is
            // lossless; rarer ones give fewer candidates), and the first n − c + 1 of them, as the index's hashes.
            let occurrences = TokenOccurrences.of(words)
            let ordered = zip(occurrences, TokenOccurrences.hashes(occurrences)).sorted { a, b in
                let fa = frequencies[a.1] ?? 0, fb = frequencies[b.1] ?? 0
                return fa != fb ? fa < fb : a.0 < b.0
            }.map(\.1)
            let prefix = Array(ordered.prefix(prefixLength))
            if let pairs = Self.pairFilter(ordered: ordered, shared: c) {
                // Units with two of the occurrences, by the statistics (as if independent): few, and the length is
                // checked on them; many (common words), and the length index narrows them first.
                let estimate = pairs.reduce(0.0) { sum, pair in
                    let any = pair.rest.reduce(0.0) { $0 + Double(frequencies[$1] ?? rareFrequency) }
                    return sum + partitionRows * Double(frequencies[pair.first] ?? rareFrequency) * min(1, any)
                }
                rows = try await server.run(
                    Self.pairQuery(
                        locale: locale, memories: memoryIDs, lowest: lowest, highest: highest, pairs: pairs,
                        lengthIndex: estimate > 5_000),
                    doing: "look up the shared memory")
            } else {
                // Rare tokens: the token index alone finds few units, and the length is checked on those. Common
                // ones: the length index narrows the units first (PostgreSQL combines both indexes).
                let estimate = prefix.reduce(0.0) { $0 + Double(frequencies[$1] ?? rareFrequency) } * partitionRows
                rows = try await server.run(
                    """
                    SELECT memory_id, ordinal, id, occurrences FROM tm_unit
                    WHERE locale = \(locale) AND memory_id = ANY(\(memoryIDs)) AND \(unescaped: Self.length(index: estimate > 5_000))
                      BETWEEN \(lowest) AND \(highest) AND occurrence_hashes && \(prefix)::integer[]
                    """, doing: "look up the shared memory")
            }
        }
        // Phase 1: the token filter's candidates, scored on their tokens alone; phase 2 reads the whole unit of
        // those that can reach the minimum (most candidates cannot, and a unit's TMX is most of its bytes).
        var candidates: [Candidate] = []
        do {
            for try await (memoryID, ordinal, rowID, occurrences) in rows.decode((Int32, Int, Int64, [String]).self) {
                guard let memory = names[memoryID] else { continue }
                let tokens = TokenOccurrences.tokens(occurrences)
                let unitIDs = tokens.map { vocabulary.id($0) }
                guard let base = MatchScorer.base(queryIDs, unitIDs, minimum: t, scratch: &scratch) else { continue }
                candidates.append(
                    Candidate(
                        memory: memory, ordinal: ordinal, id: rowID, base: base, length: tokens.count, tmx: "", key: "")
                )
            }
            if candidates.isEmpty { return [] }
            var position: [Int64: Int] = [:]
            for (i, c) in candidates.enumerated() { position[c.id] = i }
            let units = try await server.run(
                """
                SELECT id, tmx, source_markup, context FROM tm_unit WHERE locale = \(locale) AND id = ANY(\(candidates.map(\.id)))
                """, doing: "look up the shared memory")
            for try await (rowID, tmx, markup, unitContext) in units.decode((Int64, String, String, String?).self) {
                guard let i = position[rowID] else { continue }
                candidates[i].tmx = tmx
                candidates[i].key = markup + "\u{1F}" + (unitContext ?? "\u{1E}")
            }
        } catch {
            throw server.fail(error, doing: "look up the shared memory")
        }
        candidates = Supersession.latest(candidates, locale: locale, memory: \.memory, key: \.key, id: \.id)
        let penalties = self.penalties, scorer = self.scorer
        return try MatchScorer.select(
            candidates, base: \.base,
            order: { a, b in
                a.memory != b.memory
                    ? a.memory < b.memory : a.ordinal != b.ordinal ? a.ordinal < b.ordinal : a.id < b.id
            }, minimum: minimum, maximum: maximum
        ) { c throws(Diagnostic) in
            let bytes = Array(c.tmx.utf8)
            let tu = try bytes.withUnsafeBufferPointer { b throws(Diagnostic) in try TMXReader.unit(b, path: c.memory) }
            return scorer.match(
                tu, base: c.base, queryLength: n, unitLength: c.length, penalty: penalties[c.memory] ?? 0,
                file: c.memory, ordinal: c.ordinal, query: q)
        }
    }
}
