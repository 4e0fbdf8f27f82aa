/// The attributes of an inline code (`<ph>`, `<pc>`, `<sc>`, `<ec>`) or marker (`<mrk>`, `<sm>`, `<em>`).
///
/// `id` (or `startRef` for `<ec>`/`<em>`) identifies the code within its unit; the rest (`type`, `subType`,
/// `canCopy`, `canDelete`, `canReorder`, `dataRef…`, `disp…`, `equiv…`, `isolated`, `translate`, `value`, `ref`…)
/// is kept in the order read, so a code comes back exactly as it went out.
public struct XLIFFCode: Sendable, Equatable, Hashable {
    /// `id` (`startRef` for an `<ec>` or `<em>` that closes a code in the same unit).
    public var id: String
    /// Every other attribute, in order.
    public var attributes: [XLIFFAttribute]

    /// Creates a code.
    public init(id: String, attributes: [XLIFFAttribute] = []) {
        self.id = id
        // Sorted by name, as the reader returns them: a code built in memory equals the same code read back.
        self.attributes = attributes.sorted { $0.name < $1.name }
    }

    /// `type` (`fmt`, `ui`, `quote`, `link`, `image`, `other`; for markers `generic`, `comment`, `term`…).
    public var type: String? { attributes[attribute: "type"] }
    /// `subType` (`xlf:b`, `xlf:i`, `xlf:lb`, `jeju:code`…).
    public var subType: String? { attributes[attribute: "subType"] }
    /// `canCopy` (default yes).
    public var canCopy: Bool { attributes[attribute: "canCopy"] != "no" }
    /// `canDelete` (default yes).
    public var canDelete: Bool { attributes[attribute: "canDelete"] != "no" }
    /// `canReorder` (default yes; `firstNo` counts as no for this code).
    public var canReorder: Bool { attributes[attribute: "canReorder"].map { $0 == "yes" } ?? true }
}
