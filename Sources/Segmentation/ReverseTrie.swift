/// Literal texts matched backwards from a position: a trie over their UTF-16 units, last unit first, in flat
/// raw storage so that a walk touches no reference-counted memory.
///
/// Each literal carries an id; a walk reports the ids of the literals the text ends with at the position (as
/// a bit mask of ids below 64, and the smallest id), given that the unit before the literal passes a test.
/// Built once; read at every candidate boundary.
final class ReverseTrie {
    /// Per node: where its children start in `childUnits`/`childNodes`, and how many (sorted by unit).
    private let childStart: UnsafeMutableBufferPointer<Int32>
    private let childCount: UnsafeMutableBufferPointer<Int32>
    private let childUnits: UnsafeMutableBufferPointer<UInt16>
    private let childNodes: UnsafeMutableBufferPointer<Int32>
    /// Per node: the ids of the literals ending there, as a mask (ids below 64) and the smallest (or -1).
    private let masks: UnsafeMutableBufferPointer<UInt64>
    private let smallest: UnsafeMutableBufferPointer<Int32>
    /// Whether ASCII upper case in the text is read as lower case (the literals are given in lower case).
    let foldsASCII: Bool
    let isEmpty: Bool

    /// A trie over `literals`, each with its id.
    init(_ literals: [(units: [UInt16], id: Int)], foldsASCII: Bool) {
        self.foldsASCII = foldsASCII
        isEmpty = literals.isEmpty
        var children: [[UInt16: Int]] = [[:]]
        var mask: [UInt64] = [0]
        var first: [Int32] = [-1]
        for (units, id) in literals {
            var node = 0
            for u in units.reversed() {
                if let next = children[node][u] {
                    node = next
                } else {
                    children.append([:])
                    mask.append(0)
                    first.append(-1)
                    children[node][u] = children.count - 1
                    node = children.count - 1
                }
            }
            if id < 64 { mask[node] |= 1 << UInt64(id) }
            if first[node] < 0 || id < first[node] { first[node] = Int32(id) }
        }
        let edges = children.reduce(0) { $0 + $1.count }
        childStart = .allocate(capacity: children.count)
        childCount = .allocate(capacity: children.count)
        childUnits = .allocate(capacity: max(1, edges))
        childNodes = .allocate(capacity: max(1, edges))
        masks = .allocate(capacity: children.count)
        smallest = .allocate(capacity: children.count)
        var e = 0
        for (node, map) in children.enumerated() {
            childStart[node] = Int32(e)
            childCount[node] = Int32(map.count)
            masks[node] = mask[node]
            smallest[node] = first[node]
            for (u, child) in map.sorted(by: { $0.key < $1.key }) {
                childUnits[e] = u
                childNodes[e] = Int32(child)
                e += 1
            }
        }
    }

    deinit {
        childStart.deallocate()
        childCount.deallocate()
        childUnits.deallocate()
        childNodes.deallocate()
        masks.deallocate()
        smallest.deallocate()
    }

    @inline(__always)
    private func child(of node: Int, _ u: UInt16) -> Int? {
        var lo = Int(childStart[node]), hi = lo + Int(childCount[node])
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            let m = childUnits[mid]
            if m == u { return Int(childNodes[mid]) }
            if m < u { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// The literals `units` ends with at `position` whose preceding unit (if any) passes `startsAfter`: their
    /// ids as a mask (ids below 64) and the smallest id (-1 when none).
    @inline(__always)
    func match(
        _ units: UnsafeBufferPointer<UInt16>, endingAt position: Int,
        startsAfter: (UInt16) -> Bool
    ) -> (mask: UInt64, smallest: Int) {
        var node = 0
        var i = position - 1
        var mask: UInt64 = 0
        var best = -1
        while i >= 0 {
            var u = units[i]
            if foldsASCII, u &- 0x41 < 26 { u |= 0x20 }
            guard let next = child(of: node, u) else { break }
            node = next
            let id = Int(smallest[node])
            if id >= 0, i == 0 || startsAfter(units[i - 1]) {
                mask |= masks[node]
                if best < 0 || id < best { best = id }
            }
            i -= 1
        }
        return (mask, best)
    }
}
