/// The one rule that lets the shared memory, where a translator's role only adds units, give the answers of the
/// project's own memory file, where a corrected translation replaces the old one in place.
///
/// In the project memory (`locales/<tag>/memory.tmx`) a source with its context has one translation: the unit
/// added last supersedes the earlier ones with the same source markup and context (they stay on the server, with
/// their history, but lookups and `tm pull` no longer see them). Other memories (imported ones, `tm/*.tmx`) keep
/// every unit, as their files do.
enum Supersession {
    /// The server's name of `locale`'s project memory.
    static func projectMemory(locale: String) -> String { "locales/\(locale)/memory.tmx" }

    /// `items` without the units a later one of the project memory supersedes (the order of the rest is kept).
    static func latest<T>(_ items: [T], projectMemory: String, memory: (T) -> String, key: (T) -> String, id: (T) -> Int64) -> [T] {
        var newest: [String: Int64] = [:]
        for item in items where memory(item) == projectMemory {
            let k = key(item)
            newest[k] = max(newest[k] ?? .min, id(item))
        }
        if newest.isEmpty { return items }
        return items.filter { memory($0) != projectMemory || newest[key($0)] == id($0) }
    }
}
