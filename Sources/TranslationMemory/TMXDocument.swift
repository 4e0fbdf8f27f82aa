/// A whole TMX 1.4b document: header and units (levels 1 and 2).
public struct TMXDocument: Hashable, Sendable {
    /// The TMX version as written (`1.4`, `1.4b`, `1.1`…).
    public var version: String
    /// The header.
    public var header: TMXHeader
    /// The units, in document order.
    public var units: [TranslationUnit]

    /// A document.
    public init(version: String = "1.4", header: TMXHeader = TMXHeader(), units: [TranslationUnit] = []) {
        self.version = version
        self.header = header
        self.units = units
    }
}
