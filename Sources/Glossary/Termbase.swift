/// A termbase: a title, a description, and concepts in document order.
///
/// The model of Jeju's glossary, read from and written to TBX v3 (TBX-Basic), and imported from TBX 2008,
/// CSV and TSV. Equality compares content only (not where things were read), so `import(export(x)) == x`.
public struct Termbase: Sendable, Equatable {
    /// The title (`titleStmt/title`).
    public var title: String?
    /// Paragraphs of the source description (`sourceDesc/p`).
    public var sourceDescription: [String]
    /// The concepts, in order.
    public var concepts: [Concept]

    /// A termbase.
    public init(title: String? = nil, sourceDescription: [String] = [], concepts: [Concept] = []) {
        self.title = title
        self.sourceDescription = sourceDescription
        self.concepts = concepts
    }

    /// The concept with `id`, if any.
    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }

    /// Every language tag used, in first-seen order.
    public var languages: [String] {
        var seen: Set<String> = [], out: [String] = []
        for c in concepts { for l in c.languages where seen.insert(l.language).inserted { out.append(l.language) } }
        return out
    }
}
