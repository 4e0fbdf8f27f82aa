/// A `<file>`: one notice (or the UI messages) in one language pair.
public struct XLIFFFile: Sendable, Equatable, Hashable {
    /// `id`: the notice id (or `ui`).
    public var id: String
    /// `original`: the source file, relative to the project root.
    public var original: String?
    /// Jeju's data about the whole file (`mda:metadata`).
    public var metadata: XLIFFMetadata?
    /// Notes about the whole file.
    public var notes: [XLIFFNote]
    /// The units in order (groups in files Jeju reads are flattened into their units).
    public var units: [XLIFFUnit]
    /// The line of the element in the file it was read from (0 when built in memory); not written.
    public var line: Int

    /// Creates a file.
    public init(
        id: String, original: String? = nil, metadata: XLIFFMetadata? = nil, notes: [XLIFFNote] = [],
        units: [XLIFFUnit] = [], line: Int = 0
    ) {
        self.id = id
        self.original = original
        self.metadata = metadata
        self.notes = notes
        self.units = units
        self.line = line
    }

    /// The unit with `id`.
    public func unit(id: String) -> XLIFFUnit? { units.first { $0.id == id } }

    /// Compares everything but the line.
    public static func == (a: XLIFFFile, b: XLIFFFile) -> Bool {
        a.id == b.id && a.original == b.original && a.metadata == b.metadata && a.notes == b.notes && a.units == b.units
    }

    /// Hashes the id and units.
    public func hash(into h: inout Hasher) {
        h.combine(id); h.combine(units)
    }
}
