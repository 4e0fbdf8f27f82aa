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
