/// XLIFF 2 fragment identifiers (`#/f=f1/u=u1/n=n1`, `#m1`, `#t=m2`): their syntax, checked the way the
/// specification's "Fragment Identification" section defines it.
struct FragmentIdentifier: Equatable {
    /// One selector: a prefix (empty for a plain inline id) and an id.
    struct Selector: Equatable {
        let prefix: String
        let id: String
    }

    /// Whether the identifier starts with `/` (absolute, from the document root).
    let absolute: Bool
    /// The selectors in order.
    let selectors: [Selector]

    /// The core prefixes: file, group, unit (containers) and note, data, target (leaves).
    static let containerPrefixes: Set<String> = ["f", "g", "u"]
    static let corePrefixes: Set<String> = ["f", "g", "u", "n", "d", "t"]
    /// The prefixes the XLIFF 2 modules register.
    static let modulePrefixes: Set<String> = ["mtc", "gls", "mda", "res", "ctr", "slr", "val"]
    /// Extension prefixes registered with the XLIFF TC: `tbx` for TBX (ISO 30042) inside XLIFF. Others come from
    /// `--fragment-prefixes`.
    static let registeredPrefixes: Set<String> = ["tbx"]

    /// The leaf selector (the last one).
    var leaf: Selector? { selectors.last }

    /// Parses the text after `#`. Returns the identifier, or what is wrong with it.
    static func parse(_ fragment: String, extraPrefixes: Set<String>) -> Result<FragmentIdentifier, FragmentError> {
        var body = Substring(fragment)
        let absolute = body.hasPrefix("/")
        if absolute { body = body.dropFirst() }
        let parts = body.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else { return .failure(.init("empty selector")) }
        var selectors: [Selector] = []
        var seen: Set<String> = []
        var rank = 0  // 0 start, 1 after f, 2 after g, 3 after u, 4 after a leaf
        for part in parts {
            let prefix: String, id: String
            if let eq = part.firstIndex(of: "=") {
                prefix = String(part[..<eq])
                id = String(part[part.index(after: eq)...])
                guard XLIFF2Schema.isNMTOKEN(prefix), !prefix.contains(":") else {
                    return .failure(.init("the prefix '\(prefix)' is not a name token"))
                }
                if !corePrefixes.contains(prefix) && !modulePrefixes.contains(prefix)
                    && !registeredPrefixes.contains(prefix)
                    && !extraPrefixes.contains(prefix)
                {
                    if prefix.count < 2 {
                        return .failure(
                            .init(
                                "the prefix '\(prefix)' is not a core prefix, and extension prefixes have at least two characters"
                            ))
                    }
                    return .failure(.init("the prefix '\(prefix)' is not registered"))
                }
            } else {
                prefix = ""
                id = String(part)
            }
            guard XLIFF2Schema.isNMTOKEN(id) else { return .failure(.init("'\(id)' is not a valid id")) }
            if rank == 4 {
                return .failure(
                    .init(
                        "nothing may follow the leaf selector '\(selectors.last.map { $0.prefix.isEmpty ? $0.id : "\($0.prefix)=\($0.id)" } ?? "")'"
                    ))
            }
            let newRank: Int
            switch prefix {
            case "f": newRank = 1
            case "g": newRank = 2
            case "u": newRank = 3
            default: newRank = 4
            }
            if newRank < rank || (newRank == rank && prefix != "g") {
                if seen.contains(prefix) { return .failure(.init("the prefix '\(prefix)' is used twice")) }
                return .failure(.init("'\(prefix)=' is out of order (the order is f, g, u, then one leaf)"))
            }
            seen.insert(prefix)
            rank = newRank
            selectors.append(Selector(prefix: prefix, id: id))
        }
        return .success(FragmentIdentifier(absolute: absolute, selectors: selectors))
    }

    /// Why a fragment identifier is invalid.
    struct FragmentError: Error, Equatable {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
