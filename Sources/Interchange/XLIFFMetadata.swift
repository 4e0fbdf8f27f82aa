/// An `mda:metadata` block (Metadata module): groups of typed key/value pairs. Jeju keeps its own data here
/// and nowhere else.
public struct XLIFFMetadata: Sendable, Equatable, Hashable {
    /// One `mda:metaGroup`: a category, an optional `appliesTo`, and its entries.
    public struct Group: Sendable, Equatable, Hashable {
        /// `id`.
        public var id: String?
        /// `category`.
        public var category: String?
        /// `appliesTo`: `source`, `target` or `ignorable`.
        public var appliesTo: String?
        /// The `mda:meta` entries (type, value), in order. Nested groups are flattened into their parent.
        public var entries: [(type: String, value: String)]

        /// Creates a group.
        public init(
            id: String? = nil, category: String? = nil, appliesTo: String? = nil,
            entries: [(type: String, value: String)] = []
        ) {
            self.id = id
            self.category = category
            self.appliesTo = appliesTo
            self.entries = entries
        }

        /// The value of the first entry of `type`.
        public subscript(type: String) -> String? { entries.first { $0.type == type }?.value }

        /// Compares ids, categories and entries.
        public static func == (a: Group, b: Group) -> Bool {
            a.id == b.id && a.category == b.category && a.appliesTo == b.appliesTo
                && a.entries.map(\.type) == b.entries.map(\.type) && a.entries.map(\.value) == b.entries.map(\.value)
        }

        /// Hashes ids, categories and entries.
        public func hash(into h: inout Hasher) {
            h.combine(id); h.combine(category); h.combine(appliesTo)
            for e in entries { h.combine(e.type); h.combine(e.value) }
        }
    }

    /// `id`.
    public var id: String?
    /// The groups, in order.
    public var groups: [Group]

    /// Creates metadata.
    public init(id: String? = nil, groups: [Group] = []) {
        self.id = id
        self.groups = groups
    }

    /// The first group with `category`.
    public func group(_ category: String) -> Group? { groups.first { $0.category == category } }

    /// Replaces (or adds, or with nil removes) the group with `group.category`.
    public mutating func set(_ category: String, _ group: Group?) {
        if let i = groups.firstIndex(where: { $0.category == category }) {
            if let group { groups[i] = group } else { groups.remove(at: i) }
        } else if let group {
            groups.append(group)
        }
    }
}
