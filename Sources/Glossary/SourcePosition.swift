/// Where an element of a termbase was read from: 1-based line and column in its file.
///
/// Positions are for diagnostics only; they are not content, so the model's equality ignores them.
public struct SourcePosition: Hashable, Sendable, Codable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// A position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
