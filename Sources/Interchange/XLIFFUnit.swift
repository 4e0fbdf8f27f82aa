/// A `<unit>`: one block of a notice (or one UI message), its sentences, and everything a translator needs
/// beside them: notes, glossary entries, translation candidates, the original data of its codes.
///
/// Element order in the file follows the schema: `mda:metadata`, `gls:glossary`, `mtc:matches` (extensions),
/// `notes`, `originalData`, then the segments and ignorables.
public struct XLIFFUnit: Sendable, Equatable, Hashable {
    /// `id`, unique within the file.
    public var id: String
    /// `name` (a UI message's key).
    public var name: String?
    /// `translate="no"` when false.
    public var translate: Bool
    /// Jeju's data (`mda:metadata`).
    public var metadata: XLIFFMetadata?
    /// Glossary entries (`gls:glossary`).
    public var glossary: [XLIFFGlossaryEntry]
    /// Translation candidates (`mtc:matches`).
    public var matches: [XLIFFMatch]
    /// Notes.
    public var notes: [XLIFFNote]
    /// `originalData`: native data of the codes by `data` id, in order.
    public var originalData: [(id: String, value: String)]
    /// Segments and ignorables in order.
    public var segments: [XLIFFSegment]
    /// The line of the element in the file it was read from (0 when built in memory); not written.
    public var line: Int

    /// Creates a unit.
    public init(
        id: String, name: String? = nil, translate: Bool = true, metadata: XLIFFMetadata? = nil,
        glossary: [XLIFFGlossaryEntry] = [], matches: [XLIFFMatch] = [], notes: [XLIFFNote] = [],
        originalData: [(id: String, value: String)] = [], segments: [XLIFFSegment] = [], line: Int = 0
    ) {
        self.id = id
        self.name = name
        self.translate = translate
        self.metadata = metadata
        self.glossary = glossary
        self.matches = matches
        self.notes = notes
        self.originalData = originalData
        self.segments = segments
        self.line = line
    }

    /// The `<segment>`s (ignorables left out).
    public var translatableSegments: [XLIFFSegment] { segments.filter { !$0.isIgnorable } }

    /// The segment with `id`.
    public func segment(id: String) -> XLIFFSegment? { segments.first { $0.id == id && !$0.isIgnorable } }

    /// The native data with `id`.
    public func data(_ id: String) -> String? { originalData.first { $0.id == id }?.value }

    /// Compares everything but the line it was read from.
    public static func == (a: XLIFFUnit, b: XLIFFUnit) -> Bool {
        a.id == b.id && a.name == b.name && a.translate == b.translate && a.metadata == b.metadata
            && a.glossary == b.glossary
            && a.matches == b.matches && a.notes == b.notes && a.originalData.map(\.id) == b.originalData.map(\.id)
            && a.originalData.map(\.value) == b.originalData.map(\.value) && a.segments == b.segments
    }

    /// Hashes the id and segments.
    public func hash(into h: inout Hasher) {
        h.combine(id); h.combine(segments)
    }
}
