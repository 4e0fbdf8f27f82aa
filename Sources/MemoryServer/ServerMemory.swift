/// One memory on the server, as `tm stats` and `tm pull` see it.
public struct ServerMemory: Sendable, Equatable {
    /// Its path in the project (`locales/ko/memory.tmx`).
    public var memory: String
    /// The locale.
    public var locale: String
    /// Its penalty.
    public var penalty: Int
    /// Units.
    public var units: Int
    /// Units with a context.
    public var withContext: Int
}
