/// A unit's word tokens as the server's token index holds them: each occurrence its own entry, the first as the
/// word itself, the k-th as the word, U+0001 and k ("am", "am\u{1}2", "am\u{1}3"). No entry is another token: text
/// cannot hold U+0001 (XML does not allow it), and the one token that starts with it, the number token
/// (`SegmentTokenizer.numberToken`, "\u{1}#"), has no digits after it.
///
/// With numbered occurrences, the occurrences a query and a unit share (what the match score's lower bound
/// counts) are exactly the entries both sets hold: min(a, b) occurrences of a word are its entries 1…min(a, b).
/// So the candidate filter is a set intersection in the GIN index even for repeated words, and the statistics
/// tell a unit with five numbers ("#\u{1}5", rare) from one with one ("#", in most units). Migration 2 computes
/// the same entries in SQL for units added before it.
enum TokenOccurrences {
    /// The numbered occurrences of `tokens`, in their order.
    static func of(_ tokens: [String]) -> [String] {
        // A sentence's few tokens: counted by comparing with those before, without a dictionary to fill.
        if tokens.count <= 32 {
            var out = tokens
            for i in tokens.indices.dropFirst() {
                var k = 1
                for j in 0..<i where tokens[j] == tokens[i] { k += 1 }
                if k > 1 { out[i] = "\(tokens[i])\u{1}\(k)" }
            }
            return out
        }
        var seen: [String: Int] = [:]
        return tokens.map { t in
            let k = (seen[t] ?? 0) + 1
            seen[t] = k
            return k == 1 ? t : "\(t)\u{1}\(k)"
        }
    }

    /// The tokens whose numbered occurrences are `occurrences`: each without its U+0001 and number (inverse of `of`).
    static func tokens(_ occurrences: [String]) -> [String] {
        occurrences.map { o in
            // The number after the last U+0001, when one follows a token (the number token starts with U+0001).
            let u = o.utf8
            guard let mark = u.lastIndex(of: 0x01), mark != u.startIndex else { return o }
            let number = u[u.index(after: mark)...]
            guard !number.isEmpty, number.allSatisfy({ (0x30...0x39).contains($0) }) else { return o }
            return String(o[..<mark])
        }
    }
}

extension TokenOccurrences {
    /// The token index's entries for `occurrences`: each one's `hashtext`, PostgreSQL's 32-bit hash of its UTF-8
    /// bytes, as Jeju sends them and migration 5 computes them for units already on the server. Integers are
    /// compared and stored in the GIN index in a fraction of the time text takes. Two occurrences with one hash only
    /// bring a unit among the candidates that it would not otherwise be (its score is computed on its tokens), so the
    /// filter stays lossless.
    static func hashes(_ occurrences: [String]) -> [Int32] {
        occurrences.map { o in
            var o = o
            return o.withUTF8 { PostgresHash.text($0) }
        }
    }
}

/// PostgreSQL's `hash_bytes` (src/common/hashfn.c: Bob Jenkins' lookup3 as PostgreSQL adapted it), the hash
/// `hashtext` gives a text of a deterministic collation, for a little-endian server: what the token index is built
/// on, computed where the units are read. `TokenHashTests` holds it to values the server gave, and the server tests
/// to the server itself.
enum PostgresHash {
    @inline(__always) private static func rot(_ x: UInt32, _ k: UInt32) -> UInt32 { (x << k) | (x >> (32 - k)) }

    /// `hashtext` of the text whose UTF-8 bytes are `bytes`.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var len = bytes.count
        var a = 0x9e37_79b9 &+ UInt32(truncatingIfNeeded: len) &+ 3_923_095
        var b = a, c = a
        var k = 0
        @inline(__always) func word(_ i: Int) -> UInt32 {
            UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
        while len >= 12 {
            a &+= word(k)
            b &+= word(k + 4)
            c &+= word(k + 8)
            // mix(a, b, c)
            a &-= c; a ^= rot(c, 4); c &+= b
            b &-= a; b ^= rot(a, 6); a &+= c
            c &-= b; c ^= rot(b, 8); b &+= a
            a &-= c; a ^= rot(c, 16); c &+= b
            b &-= a; b ^= rot(a, 19); a &+= c
            c &-= b; c ^= rot(b, 4); b &+= a
            k += 12
            len -= 12
        }
        // The last 11 bytes; the lowest byte of c is left for the length, as in PostgreSQL.
        if len >= 11 { c &+= UInt32(bytes[k + 10]) << 24 }
        if len >= 10 { c &+= UInt32(bytes[k + 9]) << 16 }
        if len >= 9 { c &+= UInt32(bytes[k + 8]) << 8 }
        if len >= 8 { b &+= UInt32(bytes[k + 7]) << 24 }
        if len >= 7 { b &+= UInt32(bytes[k + 6]) << 16 }
        if len >= 6 { b &+= UInt32(bytes[k + 5]) << 8 }
        if len >= 5 { b &+= UInt32(bytes[k + 4]) }
        if len >= 4 { a &+= UInt32(bytes[k + 3]) << 24 }
        if len >= 3 { a &+= UInt32(bytes[k + 2]) << 16 }
        if len >= 2 { a &+= UInt32(bytes[k + 1]) << 8 }
        if len >= 1 { a &+= UInt32(bytes[k]) }
        // final(a, b, c)
        c ^= b; c &-= rot(b, 14)
        a ^= c; a &-= rot(c, 11)
        b ^= a; b &-= rot(a, 25)
        c ^= b; c &-= rot(b, 16)
        a ^= c; a &-= rot(c, 4)
        b ^= a; b &-= rot(a, 14)
        c ^= b; c &-= rot(b, 24)
        return Int32(bitPattern: c)
    }
}
