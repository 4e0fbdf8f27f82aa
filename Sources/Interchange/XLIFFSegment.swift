import Inline

/// A `<segment>` (one sentence) or an `<ignorable>` (white space between sentences) of a unit.
public struct XLIFFSegment: Sendable, Equatable, Hashable {
    /// `id`, unique within the unit (Jeju's ids are unique within the file and stable across runs).
    public var id: String?
    /// Whether this is an `<ignorable>` rather than a `<segment>`.
    public var isIgnorable: Bool
    /// `state`; nil means not written (the default, `initial`).
    public var state: XLIFFState?
    /// `subState` (`jeju:tm-exact`, `jeju:source-changed`…); the core allows it only with `state`.
    public var subState: String?
    /// `canResegment`, if written.
    public var canResegment: Bool?
    /// The source content.
    public var source: Segment
    /// The target content, if any.
    public var target: Segment?
    /// `xml:space="preserve"` on the source (and target).
    public var preservesSpace: Bool
    /// The line of the element in the file it was read from (0 when built in memory); not written.
    public var line: Int

    /// Creates a segment.
    public init(
        id: String?, isIgnorable: Bool = false, state: XLIFFState? = nil, subState: String? = nil,
        canResegment: Bool? = nil, source: Segment, target: Segment? = nil,
        preservesSpace: Bool = false, line: Int = 0
    ) {
        self.id = id
        self.isIgnorable = isIgnorable
        self.state = state
        self.subState = subState
        self.canResegment = canResegment
        self.source = source
        self.target = target
        self.preservesSpace = preservesSpace
        self.line = line
    }

    /// The effective state: `state`, or `initial` when none is written.
    public var effectiveState: XLIFFState { state ?? .initial }

    /// Compares everything but the line it was read from.
    public static func == (a: XLIFFSegment, b: XLIFFSegment) -> Bool {
        a.id == b.id && a.isIgnorable == b.isIgnorable && a.state == b.state && a.subState == b.subState
            && a.canResegment == b.canResegment && a.source == b.source && a.target == b.target
            && a.preservesSpace == b.preservesSpace
    }

    /// Hashes everything but the line.
    public func hash(into h: inout Hasher) {
        h.combine(id); h.combine(isIgnorable); h.combine(state); h.combine(subState); h.combine(source);
        h.combine(target)
    }
}
