/// The one rule that lets the shared memory, where a translator's role only adds units, give the answers of the
/// project's own memory file, where a corrected translation replaces the old one in place.
///
/// In the project memory (`locales/<tag>/memory.tmx`) a source with its context has one translation: the unit
/// added last supersedes the earlier ones with the same source markup and context (they stay on the server, with
/// their history, but lookups and `tm pull` no longer see them). Other memories (imported ones, `tm/*.tmx`) keep
/// every unit, as their files do.
enum Supersession {
    /// Whether `memory` (a path, or `SCOPE:path` for a shared scope) is `locale`'s project memory.
    static func isProjectMemory(_ memory: String, locale: String) -> Bool {
        let path = "locales/\(locale)/memory.tmx"
        return memory == path || memory.hasSuffix(":" + path)
    }

    /// `items` without the units a later one of a project memory supersedes (the order of the rest is kept).
    static func latest<T>(_ items: [T], locale: String, memory: (T) -> String, key: (T) -> String, id: (T) -> Int64)
        -> [T]
    {
        var newest: [String: Int64] = [:]
        for item in items where isProjectMemory(memory(item), locale: locale) {
            let k = memory(item) + "\u{1D}" + key(item)
            newest[k] = max(newest[k] ?? .min, id(item))
        }
        if newest.isEmpty { return items }
        return items.filter { item in
            !isProjectMemory(memory(item), locale: locale) || newest[memory(item) + "\u{1D}" + key(item)] == id(item)
        }
    }
}
