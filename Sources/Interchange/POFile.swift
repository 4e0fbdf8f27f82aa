/// A GNU gettext PO file: a header entry (metadata fields) and entries.
public struct POFile: Sendable, Equatable {
    /// The header fields (`Language`, `Content-Type`…), in order.
    public var header: [(name: String, value: String)]
    /// Comments on the header entry.
    public var headerComments: [String]
    /// The entries (the header not among them).
    public var entries: [POEntry]

    /// Creates a file.
    public init(header: [(name: String, value: String)] = [], headerComments: [String] = [], entries: [POEntry] = []) {
        self.header = header
        self.headerComments = headerComments
        self.entries = entries
    }

    /// The value of header field `name` (case-insensitive).
    public func field(_ name: String) -> String? { header.first { $0.name.lowercased() == name.lowercased() }?.value }

    /// Compares header and entries.
    public static func == (a: POFile, b: POFile) -> Bool {
        a.header.map(\.name) == b.header.map(\.name) && a.header.map(\.value) == b.header.map(\.value)
            && a.headerComments == b.headerComments && a.entries == b.entries
    }
}
