/// An open-addressing hash table from a token's surface form (UTF-16 code units) to its id: the cache that lets
/// term recognition normalise each distinct word once (ICU NFKC_Casefold and affix rules on a miss), then work
/// on integer ids.
///
/// Keys are copied into one pool; lookups hash the units in place (FNV-1a) without allocating.
struct TokenTable {
    private var slots: [Int32]  // index into `entries`, or -1
    private var entries: [(start: Int32, length: Int32, hash: UInt32, id: Int32)] = []
    private var pool: [UInt16] = []
    private var mask: Int
    /// The most distinct surface forms kept; beyond it, lookups still work and misses are recomputed.
    let capacityLimit: Int

    init(initialCapacity: Int = 1 << 14, capacityLimit: Int = 1 << 21) {
        var size = 16
        while size < initialCapacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        self.capacityLimit = capacityLimit
    }

    var count: Int { entries.count }

    @inline(__always)
    static func hash(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for i in range {
            h = (h ^ UInt32(units[i])) &* 16_777_619
        }
        return h
    }

    /// The id stored for `units[range]`, or nil.
    @inline(__always)
    func lookup(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, hash h: UInt32) -> Int32? {
        var i = Int(h) & mask
        let length = range.count
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            let e = entries[Int(s)]
            if e.hash == h && Int(e.length) == length {
                var equal = true
                var p = Int(e.start)
                for k in range {
                    if pool[p] != units[k] { equal = false; break }
                    p += 1
                }
                if equal { return e.id }
            }
            i = (i + 1) & mask
        }
    }

    /// Stores `id` for `units[range]` (not already present).
    mutating func insert(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, hash h: UInt32, id: Int32) {
        guard entries.count < capacityLimit else { return }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let start = Int32(pool.count)
        pool.append(contentsOf: units[range])
        entries.append((start, Int32(range.count), h, id))
        place(Int32(entries.count - 1), hash: h)
    }

    private mutating func place(_ entry: Int32, hash h: UInt32) {
        var i = Int(h) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = entry
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (k, e) in entries.enumerated() { place(Int32(k), hash: e.hash) }
    }
}
