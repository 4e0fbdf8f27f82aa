import Foundation

/// The index of one TMX file in memory: for every unit that has both the source and the target language, its
/// word-token ids, where its `<tu>` lies in the file, and postings (token → units) for candidate generation.
///
/// Unit numbers here are local (0..<count); `ordinals` maps them to the unit's position in the file.
final class IndexedFile {
    /// Path relative to the project root.
    let path: String
    /// The memory's penalty (0 for the project memory).
    let penalty: Int
    /// Token ids of unit u: tokens[tokenStarts[u]..<tokenStarts[u + 1]].
    let tokenStarts: [UInt32]
    let tokens: [UInt32]
    /// Byte offset and length of unit u's `<tu>` in the file's UTF-8 text.
    let offsets: [UInt64]
    let lengths: [UInt32]
    /// 1-based position of unit u among the file's `<tu>`s.
    let ordinals: [UInt32]
    /// Unit u's context (`x-jeju-context`) as `contextKey`: tells which units can be in-context (101) matches
    /// without reading them.
    let contexts: [UInt64]
    /// Postings: for the i-th distinct token postTokens[i], units postUnits[postStarts[i]..<postStarts[i + 1]].
    let postTokens: [UInt32]
    let postStarts: [UInt32]
    let postUnits: [UInt32]
    /// Units without any word token (matched only by queries without one).
    let tokenlessUnits: [UInt32]
    /// For a subset of a stored file (`StoredFile.subset`): the query tokens' document frequencies in the whole
    /// file, which order the tokens as the whole file's postings would.
    let frequencies: [UInt32: Int]?

    var count: Int { ordinals.count }

    init(
        path: String, penalty: Int, tokenStarts: [UInt32], tokens: [UInt32], offsets: [UInt64], lengths: [UInt32],
        ordinals: [UInt32], contexts: [UInt64], postTokens: [UInt32], postStarts: [UInt32], postUnits: [UInt32],
        frequencies: [UInt32: Int]? = nil
    ) {
        self.path = path
        self.penalty = penalty
        self.tokenStarts = tokenStarts
        self.tokens = tokens
        self.offsets = offsets
        self.lengths = lengths
        self.ordinals = ordinals
        self.contexts = contexts
        self.postTokens = postTokens
        self.postStarts = postStarts
        self.postUnits = postUnits
        self.frequencies = frequencies
        var empty: [UInt32] = []
        for u in 0..<ordinals.count where tokenStarts[u] == tokenStarts[u + 1] { empty.append(UInt32(u)) }
        tokenlessUnits = empty
    }

    /// A file without units, standing for one whose index stays in the index file (`StoredFile`).
    static func placeholder(path: String, penalty: Int) -> IndexedFile {
        IndexedFile(
            path: path, penalty: penalty, tokenStarts: [0], tokens: [], offsets: [], lengths: [], ordinals: [],
            contexts: [], postTokens: [], postStarts: [0], postUnits: [])
    }

    /// Builds postings from per-unit token ids (each unit listed once per distinct token, units ascending).
    static func build(
        path: String, penalty: Int, tokenStarts: [UInt32], tokens: [UInt32], offsets: [UInt64],
        lengths: [UInt32], ordinals: [UInt32], contexts: [UInt64], vocabularySize: Int
    ) -> IndexedFile {
        var df = [UInt32](repeating: 0, count: vocabularySize + 1)
        var lastSeen = [Int32](repeating: -1, count: vocabularySize + 1)
        let n = ordinals.count
        for u in 0..<n {
            for k in Int(tokenStarts[u])..<Int(tokenStarts[u + 1]) {
                let t = Int(tokens[k])
                if lastSeen[t] != Int32(u) { lastSeen[t] = Int32(u); df[t] += 1 }
            }
        }
        var postTokens: [UInt32] = [], postStarts: [UInt32] = []
        var slot = [UInt32](repeating: 0, count: vocabularySize + 1)
        var total: UInt32 = 0
        for t in 0..<df.count where df[t] > 0 {
            postTokens.append(UInt32(t))
            postStarts.append(total)
            slot[t] = total
            total += df[t]
        }
        postStarts.append(total)
        var postUnits = [UInt32](repeating: 0, count: Int(total))
        for i in 0..<lastSeen.count { lastSeen[i] = -1 }
        for u in 0..<n {
            for k in Int(tokenStarts[u])..<Int(tokenStarts[u + 1]) {
                let t = Int(tokens[k])
                if lastSeen[t] != Int32(u) {
                    lastSeen[t] = Int32(u)
                    postUnits[Int(slot[t])] = UInt32(u)
                    slot[t] += 1
                }
            }
        }
        return IndexedFile(
            path: path, penalty: penalty, tokenStarts: tokenStarts, tokens: tokens, offsets: offsets,
            lengths: lengths, ordinals: ordinals, contexts: contexts, postTokens: postTokens, postStarts: postStarts,
            postUnits: postUnits)
    }

    /// The postings of `token` (empty when no unit has it).
    func postings(_ token: UInt32) -> ArraySlice<UInt32> {
        postUnits[Self.postingRange(token, postTokens: postTokens, postStarts: postStarts)]
    }

    /// Where `token`'s units lie in the postings (empty when no unit has it): a binary search of the directory
    /// (`postTokens` ascending, `postStarts` one longer).
    static func postingRange(_ token: UInt32, postTokens: [UInt32], postStarts: [UInt32]) -> Range<Int> {
        var lo = 0, hi = postTokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if postTokens[mid] < token { lo = mid + 1 } else { hi = mid }
        }
        guard lo < postTokens.count, postTokens[lo] == token else { return 0..<0 }
        return Int(postStarts[lo])..<Int(postStarts[lo + 1])
    }

    /// The number of units that have `token`.
    func documentFrequency(_ token: UInt32) -> Int {
        if let frequencies { return frequencies[token] ?? 0 }
        return postings(token).count
    }

    /// The tokens whose postings hold every unit that can score at least `t` for a query of token ids `ids`
    /// (see `MemoryIndex.candidates`): the n − ⌈nt/100⌉ + 1 rarest of the query's occurrences, rarest first.
    static func walkedTokens(_ ids: [UInt32], minimum t: Int, frequency: (UInt32) -> Int) -> [UInt32] {
        let n = ids.count
        let c = (n * t + 99) / 100
        let ordered = ids.sorted { a, b in
            let da = frequency(a), db = frequency(b)
            return da != db ? da < db : a < b
        }
        // t > 100 asks for more than an exact match: c > n, and no unit can qualify.
        return Array(ordered.prefix(max(0, n - c + 1)))
    }

    /// The token counts a unit can have and still score at least `t` for a query of `n` tokens: [⌈nt/100⌉,
    /// ⌊100n/t⌋] (t > 0).
    static func lengthBounds(queryLength n: Int, minimum t: Int) -> (Int, Int) {
        ((n * t + 99) / 100, n * 100 / t)
    }

    /// A context as a number (FNV-1a over its UTF-8); no context is 0, and no context hashes to 0. Equal keys
    /// only say that a unit may be in context: the match itself compares the texts.
    static func contextKey(_ context: String?) -> UInt64 {
        guard let context else { return 0 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in context.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h == 0 ? 1 : h
    }

    /// The number of tokens of unit `u`.
    @inline(__always) func length(_ u: Int) -> Int { Int(tokenStarts[u + 1] - tokenStarts[u]) }
}

/// [UInt32]/[UInt64] ↔ BLOB, little-endian as the machine stores them.
enum Blob {
    static func data<T: FixedWidthInteger>(_ values: [T]) -> Data {
        values.withUnsafeBytes { Data($0) }
    }

    static func array<T: FixedWidthInteger>(_ data: Data, as: T.Type) -> [T] {
        let n = data.count / MemoryLayout<T>.size
        return [T](unsafeUninitializedCapacity: n) { buffer, count in
            _ = data.copyBytes(to: buffer)
            count = n
        }
    }
}
