import Foundation
import ICU
import Inline
import JejuSupport

extension MemoryIndex {
    /// A query prepared once: its tokens, token ids, numbers and codes.
    struct PreparedQuery {
        var segment: Segment
        var context: String?
        var tokens: SegmentTokenizer.Tokens
        var ids: [UInt32]
    }

    func prepare(_ segment: Segment, context: String?) throws(Diagnostic) -> PreparedQuery {
        if let known = recent.queries[segment.text] {
            return PreparedQuery(segment: segment, context: context, tokens: known.tokens, ids: known.ids)
        }
        let tokens = sourceTokenizer.tokens(Normalizer.nfc(segment.text))
        let known = try knownIDs(tokens.words)
        var unknown: [String: UInt32] = [:]
        let ids = tokens.words.map { word -> UInt32 in
            if let id = known[word] { return id }
            // Words no unit has get ids no unit can share; the same unknown word keeps one id.
            if let id = unknown[word] { return id }
            let id = UInt32.max - UInt32(unknown.count)
            unknown[word] = id
            return id
        }
        recent.queries.keep((tokens, ids), for: segment.text)
        return PreparedQuery(segment: segment, context: context, tokens: tokens, ids: ids)
    }

    /// A unit that passed the token filter, before penalties.
    struct Candidate {
        var file: Int
        var unit: Int
        var base: Int
    }

    /// What recent lookups found, for the queries and units met again: a project repeats sentences (and the
    /// same words with other numbers, which tokenise alike), and their candidates are the same whatever the
    /// context. Kept only while every file is loaded whole (the parts of stored files number units per query).
    struct Recent {
        /// Forget everything at about this many candidates (units and query texts: a sixteenth of it). A bound on
        /// memory, not a tuning knob: a sentence's candidates are rarely more than a few hundred.
        static let limit = 1 << 18
        /// The candidates of a query's token ids at a minimum, in the order `MatchScorer.select` takes them
        /// when none is in context (score less penalty, then file and position), weighed by their number.
        var candidates = BoundedMemo<CandidateKey, [Candidate]>(limit: limit)
        /// The tokens and token ids of query texts.
        var queries = BoundedMemo<String, (tokens: SegmentTokenizer.Tokens, ids: [UInt32])>(limit: limit / 16)
        /// Units read to verify a candidate, by file and position, with their source's tokens.
        var units = BoundedMemo<UnitKey, (unit: TranslationUnit, tokens: SegmentTokenizer.Tokens?)>(
            limit: limit / 16)
    }

    struct CandidateKey: Hashable {
        var ids: [UInt32]
        var minimum: Int
    }

    struct UnitKey: Hashable {
        var file: Int
        var unit: Int
    }

    /// The matches for `query` with a score of at least `minimum`, best first, at most `maximum` of them.
    ///
    /// The indexed path and `exhaustive` (every unit scored) give the same matches with the same scores; the
    /// filter is lossless (see `candidates`). Ties are ordered by memory penalty, file and unit position.
    public func lookup(
        _ query: Segment, context: String? = nil, minimum: Int = 70, maximum: Int? = 5,
        exhaustive: Bool = false
    ) throws(Diagnostic) -> [Match] {
        let q = try prepare(query, context: context)
        let files = try searched(q, minimum: minimum, exhaustive: exhaustive)
        let queryContext = context.map { IndexedFile.contextKey($0) }
        // Candidates in `MatchScorer.rank`'s order among equal scores: penalty, file, position. Files are ranked
        // once by penalty and path, so that comparing two candidates compares numbers.
        let fileRank = rankedFiles
        let key = { (c: Candidate) in (fileRank[c.file], files[c.file].ordinals[c.unit]) }
        let order: (Candidate, Candidate) -> Bool = { a, b in key(a) < key(b) }
        let precedes: (Candidate, Match) -> Bool = { c, m in
            let other = files.firstIndex { $0.path == m.origin.file }.map { fileRank[$0] } ?? Int.max
            return key(c) < (other, UInt32(clamping: m.origin.unit))
        }
        let isInContext = { (c: Candidate) in
            c.base == 100 && queryContext != nil && files[c.file].contexts[c.unit] == queryContext
        }
        let bound: (Candidate) -> Int = { c in (isInContext(c) ? 101 : c.base) - files[c.file].penalty }
        let found: [Candidate]
        var sorted = false
        if exhaustive {
            found = scanAll(q, in: files, minimum: minimum)
        } else if stored.isEmpty {
            // A query met again takes its candidates, already ordered, from the last time; an in-context one is
            // moved to its place.
            let memo = CandidateKey(ids: q.ids, minimum: minimum)
            var list: [Candidate]
            if let known = recent.candidates[memo] {
                list = known
            } else {
                list = candidates(q, in: files, minimum: minimum)
                let score = { (c: Candidate) in c.base - files[c.file].penalty }
                list.sort { a, b in score(a) != score(b) ? score(a) > score(b) : order(a, b) }
                recent.candidates.keep(list, for: memo, weight: list.count)
            }
            if queryContext != nil, let first = list.firstIndex(where: isInContext) {
                var inContext = [list.remove(at: first)]
                while let next = list.firstIndex(where: isInContext) { inContext.append(list.remove(at: next)) }
                for c in inContext {
                    let place =
                        list.firstIndex { other in
                            bound(c) != bound(other) ? bound(c) > bound(other) : order(c, other)
                        } ?? list.count
                    list.insert(c, at: place)
                }
            }
            found = list
            sorted = true
        } else {
            found = candidates(q, in: files, minimum: minimum)
        }
        // Candidates are scored without adapting their targets; only the matches returned are adapted, with the
        // source tokens their verification found.
        var verified: [(file: Int, ordinal: Int, tokens: SegmentTokenizer.Tokens)] = []
        let matches = try MatchScorer.select(
            found, sorted: sorted, base: { $0.base }, bound: bound, precedes: precedes, order: order,
            minimum: minimum, maximum: maximum
        ) { (c: Candidate) throws(Diagnostic) -> Match? in
            let (match, tokens) = try verify(c, q, in: files)
            if let match, let tokens { verified.append((c.file, match.origin.unit, tokens)) }
            return match
        }
        return matches.map { m in
            let tokens = verified.first { $0.ordinal == m.origin.unit && files[$0.file].path == m.origin.file }?.tokens
            return MatchScorer.adapted(
                m, segment: q.segment, queryTokens: q.tokens, sourceTokenizer: sourceTokenizer,
                targetTokenizer: targetTokenizer, sourceTokens: tokens)
        }
    }

    /// The files a lookup reads: each loaded file, or the part of a stored one that `q` can match.
    private func searched(_ q: PreparedQuery, minimum: Int, exhaustive: Bool) throws(Diagnostic) -> [IndexedFile] {
        guard !stored.isEmpty else { return indexed }
        var files = indexed
        for (f, file) in stored {
            if !exhaustive, let part = file.subset(ids: q.ids, minimum: minimum) {
                files[f] = part
                // The part numbers its own units: `candidates` marks them in a list of its size.
                stamps[f] = [UInt32](repeating: 0, count: part.count)
                partsRead += 1
                continue
            }
            // A query of common words, or a stored index that cannot be read: the file is loaded whole, once.
            do {
                guard let whole = try load(file.path) else {
                    throw Diagnostic(
                        rule: "tm.index-stale", path: file.path,
                        message: "the memory index is out of date; run the command again")
                }
                indexed[f] = whole
                stamps[f] = [UInt32](repeating: 0, count: whole.count)
                stored[f] = nil
                files[f] = whole
            } catch {
                throw fail(error)
            }
        }
        return files
    }

    /// Each indexed file's place in `MatchScorer.rank`'s order among equal scores (penalty, then path).
    var rankedFiles: [Int] {
        var rank = [Int](repeating: 0, count: indexed.count)
        let order = indexed.indices.sorted { a, b in
            (indexed[a].penalty, indexed[a].path) < (indexed[b].penalty, indexed[b].path)
        }
        for (place, i) in order.enumerated() { rank[i] = place }
        return rank
    }

    /// Candidates whose token score can reach `minimum`: a lossless filter.
    ///
    /// Let the query have n tokens, a unit m, L = max(n, m), d their token edit distance, t = minimum > 0.
    /// A unit can score ≥ t only if base ≥ t (penalties are never negative), i.e. d ≤ D(L) = ⌊L(100 − t)/100⌋.
    /// - Length: d ≥ |n − m|. If m ≥ n then m − n ≤ m(100 − t)/100, so m ≤ ⌊100n/t⌋; if m < n then
    ///   n − m ≤ n(100 − t)/100, so m ≥ ⌈nt/100⌉. Units outside [⌈nt/100⌉, ⌊100n/t⌋] cannot match.
    /// - Count: an alignment with d edits (S substitutions, I insertions, D deletions) pairs M = n − S − D
    ///   equal tokens, and M ≥ n − d, M ≥ m − d, so the two share at least L − d ≥ L − D(L) = ⌈Lt/100⌉ ≥
    ///   c = ⌈nt/100⌉ token occurrences.
    /// - Prefix: order the query's n token occurrences by a fixed order (rarest first). At most n − c of them
    ///   are unshared, so a matching unit shares one of the first n − c + 1: it is in one of their postings.
    /// So the union of those postings, cut to the length bounds, holds every unit with base ≥ t; each is then
    /// verified with the exact (bounded) Levenshtein distance. When c = 0 (t ≤ 0 or n = 0) the prefix would be
    /// the whole query: all units in the length bounds are candidates.
    func candidates(_ q: PreparedQuery, in files: [IndexedFile], minimum t: Int) -> [Candidate] {
        let n = q.ids.count
        if t <= 0 { return scanAll(q, in: files, minimum: t) }
        let (lowest, highest) = IndexedFile.lengthBounds(queryLength: n, minimum: t)
        var out: [Candidate] = []
        for (f, file) in files.enumerated() {
            if n == 0 {
                for u in file.tokenlessUnits { out.append(Candidate(file: f, unit: Int(u), base: 100)) }
                continue
            }
            let walked = IndexedFile.walkedTokens(q.ids, minimum: t) { file.documentFrequency($0) }
            stamp &+= 1
            if stamp == 0 {
                for i in stamps.indices { stamps[i] = [UInt32](repeating: 0, count: stamps[i].count) }; stamp = 1
            }
            var previous: UInt32? = nil
            let sortedQuery = q.ids
            // The last unit scored and its base (nil: below the minimum): a sentence stored in many contexts is a
            // run of units with the same tokens in one posting list, scored once.
            var last: (tokens: UnsafeBufferPointer<UInt32>, base: Int?)? = nil
            file.tokens.withUnsafeBufferPointer { tokens in
                sortedQuery.withUnsafeBufferPointer { query in
                    for token in walked where token != previous {
                        previous = token
                        for u32 in file.postings(token) {
                            let u = Int(u32)
                            if stamps[f][u] == stamp { continue }
                            stamps[f][u] = stamp
                            let m = file.length(u)
                            if m < lowest || m > highest { continue }
                            let start = Int(file.tokenStarts[u])
                            let unitTokens = UnsafeBufferPointer(rebasing: tokens[start..<(start + m)])
                            let base: Int?
                            if let last, last.tokens.elementsEqual(unitTokens) {
                                base = last.base
                            } else {
                                let bound = FuzzyScore.maximumDistance(length: max(n, m), threshold: t)
                                base = Levenshtein.distance(query, unitTokens, bound: bound, scratch: &scratch).map {
                                    FuzzyScore.base(distance: $0, queryLength: n, matchLength: m)
                                }
                                last = (unitTokens, base)
                            }
                            if let base, base >= t { out.append(Candidate(file: f, unit: u, base: base)) }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Every unit scored with the full distance: the recall oracle for `candidates`.
    func scanAll(_ q: PreparedQuery, in files: [IndexedFile], minimum t: Int) -> [Candidate] {
        var out: [Candidate] = []
        let n = q.ids.count
        for (f, file) in files.enumerated() {
            file.tokens.withUnsafeBufferPointer { tokens in
                q.ids.withUnsafeBufferPointer { query in
                    for u in 0..<file.count {
                        let start = Int(file.tokenStarts[u]), m = file.length(u)
                        let unitTokens = UnsafeBufferPointer(rebasing: tokens[start..<(start + m)])
                        guard let d = Levenshtein.distance(query, unitTokens, bound: Int.max, scratch: &scratch) else {
                            continue
                        }
                        let base = FuzzyScore.base(distance: d, queryLength: n, matchLength: m)
                        if base >= t { out.append(Candidate(file: f, unit: u, base: base)) }
                    }
                }
            }
        }
        return out
    }

    /// The unit behind a candidate, read from its file.
    func unit(_ file: IndexedFile, unit u: Int) throws(Diagnostic) -> TranslationUnit {
        let data = try bytes(of: file.path)
        let offset = Int(file.offsets[u]), length = Int(file.lengths[u])
        guard offset + length <= data.count else {
            throw Diagnostic(
                rule: "tm.index-stale", path: file.path,
                message: "the memory index is out of date; run the command again")
        }
        let result = data.withUnsafeBytes { raw -> Result<TranslationUnit, Diagnostic> in
            let bytes = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[offset..<(offset + length)])
            do throws(Diagnostic) {
                return .success(try TMXReader.unit(bytes, path: file.path))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The file's UTF-8 text (mapped, or converted when the file is not UTF-8), as the index's offsets expect.
    private func bytes(of path: String) throws(Diagnostic) -> Data {
        if let data = fileBytes[path] { return data }
        let raw = try Self.read(files.project.url(path))
        let data: Data
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            data = raw.dropFirst(3)
        } else if XMLInput.needsTranscoding(raw) {
            data = Data(try XMLInput.utf8(raw, path: path))
        } else {
            data = raw
        }
        let rebased = data.startIndex == 0 ? data : Data(data)
        fileBytes[path] = rebased
        return rebased
    }

    /// The final score of a candidate (its target not yet adapted), with its source's tokens when known.
    func verify(_ c: Candidate, _ q: PreparedQuery, in files: [IndexedFile]) throws(Diagnostic) -> (
        Match?, SegmentTokenizer.Tokens?
    ) {
        let file = files[c.file]
        let tu: TranslationUnit
        var tokens: SegmentTokenizer.Tokens?
        if stored.isEmpty {
            let memo = UnitKey(file: c.file, unit: c.unit)
            if let known = recent.units[memo] {
                (tu, tokens) = known
            } else {
                tu = try unit(file, unit: c.unit)
                tokens = tu.variant(in: sourceLanguage).map { sourceTokenizer.tokens(Normalizer.nfc($0.segment.text)) }
                recent.units.keep((tu, tokens), for: memo)
            }
        } else {
            tu = try unit(file, unit: c.unit)
        }
        let match = MatchScorer.match(
            tu, base: c.base, queryLength: q.ids.count, unitLength: file.length(c.unit), penalty: file.penalty,
            file: file.path, ordinal: Int(file.ordinals[c.unit]), segment: q.segment, context: q.context,
            queryTokens: q.tokens, sourceLanguage: sourceLanguage, locale: self.files.locale,
            sourceTokenizer: sourceTokenizer, targetTokenizer: targetTokenizer, unitTokens: tokens, adapting: false)
        return (match, tokens)
    }
}
