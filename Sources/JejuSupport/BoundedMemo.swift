/// What recent work found, by what it was found from, for work met again: forgotten all at once when it would
/// hold more than `limit` (weighed by entries, or by what each entry says it weighs). A bound on memory, not a
/// cache policy: the work it spares repeats within a run (a sentence across notices), so clearing costs little.
public struct BoundedMemo<Key: Hashable, Value> {
    /// The most it holds.
    public let limit: Int
    private var entries: [Key: Value] = [:]
    private var weight = 0

    /// An empty memo holding at most `limit`.
    public init(limit: Int) { self.limit = limit }

    /// What was kept for `key`.
    public subscript(key: Key) -> Value? { entries[key] }

    /// Whether it holds nothing.
    public var isEmpty: Bool { entries.isEmpty }

    /// Keeps `value` for `key`, weighing `weight`; everything is forgotten first if it would go past `limit`.
    public mutating func keep(_ value: Value, for key: Key, weight: Int = 1) {
        if self.weight + weight > limit {
            entries.removeAll(keepingCapacity: true)
            self.weight = 0
        }
        entries[key] = value
        self.weight += weight
    }
}
