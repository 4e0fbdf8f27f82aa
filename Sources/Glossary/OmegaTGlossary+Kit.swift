extension OmegaTGlossary {
    /// The glossary of an OmegaT kit: OmegaT shows only the first two columns as term and translation, so every
    /// usable term has its own line. For each concept with a target term: one line per source term that is not
    /// deprecated (preferred, admitted, acronyms such as "ADB") with the preferred target term, then one line per
    /// admitted target term with the preferred source term. The comment says the concept id, the status of the
    /// line's terms, the target terms not to use, and the definition. A deprecated or superseded source term
    /// gets a line too, marked in its comment, so a translator who meets it in an old text learns the right one.
    public static func kit(_ termbase: Termbase, source: String, target: String) -> String {
        var out =
            "# Jeju glossary for OmegaT: \(source) → \(target). Every usable term has a line; the comment gives its status.\n"
        func usable(_ t: Term) -> Bool { t.status != .deprecated && t.status != .superseded }
        func status(_ t: Term) -> String {
            var s: String
            switch t.status {
            case .admitted: s = "admitted"
            case .deprecated: s = "deprecated, do not use"
            case .superseded: s = "superseded, do not use"
            default: s = "preferred"
            }
            if t.isAcronym { s += " acronym" }
            return s
        }
        for c in termbase.concepts {
            guard let sourceSection = c.section(source), let preferredSource = sourceSection.preferredTerm,
                let section = c.section(target), let preferredTarget = section.preferredTerm
            else { continue }
            var tail: [String] = []
            let avoid = section.deprecatedTerms.map(\.text)
            if !avoid.isEmpty { tail.append("do not use: " + avoid.joined(separator: ", ")) }
            if let d = c.definition(source) { tail.append(d) }
            func line(_ s: Term, _ t: Term) {
                let comment = [c.id, "\(source) \(status(s)), \(target) \(status(t))"] + tail
                out += [s.text, t.text, comment.joined(separator: "; ")].map(clean).joined(separator: "\t") + "\n"
            }
            var seen = Set<String>()
            for s in sourceSection.terms where seen.insert(s.text).inserted {
                line(s, preferredTarget)
            }
            var seenTarget: Set<String> = [preferredTarget.text]
            for t in section.terms where usable(t) && seenTarget.insert(t.text).inserted {
                line(preferredSource, t)
            }
        }
        return out
    }
}
