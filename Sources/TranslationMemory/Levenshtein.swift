/// Edit distance over token ids (insert, delete, substitute: cost 1 each).
enum Levenshtein {
    /// The distance between `a` and `b`, or nil as soon as it is certain to exceed `bound`.
    ///
    /// Every cell of a DP row is a lower bound of the final distance along any path through that row, so once a
    /// whole row exceeds `bound` the answer does too; the early exit changes no result at or under the bound.
    static func distance(
        _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, bound: Int,
        scratch: inout [Int32]
    ) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > bound { return nil }
        if n == 0 { return m }
        if m == 0 { return n }
        if scratch.count < 2 * (m + 1) { scratch = [Int32](repeating: 0, count: 2 * (m + 1)) }
        return scratch.withUnsafeMutableBufferPointer { s -> Int? in
            guard let base = s.baseAddress else { return nil }
            var previous = base, current = base + (m + 1)
            for j in 0...m { previous[j] = Int32(j) }
            for i in 1...n {
                current[0] = Int32(i)
                var rowMinimum = current[0]
                let ai = a[i - 1]
                for j in 1...m {
                    let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
                    let v = min(substitution, min(previous[j], current[j - 1]) + 1)
                    current[j] = v
                    if v < rowMinimum { rowMinimum = v }
                }
                if Int(rowMinimum) > bound { return nil }
                swap(&previous, &current)
            }
            let d = Int(previous[m])
            return d > bound ? nil : d
        }
    }
}
