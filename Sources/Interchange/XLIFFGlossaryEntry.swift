/// A `gls:glossEntry` (Glossary module): a term of the unit's source, its approved translations and its
/// definition.
public struct XLIFFGlossaryEntry: Sendable, Equatable, Hashable {
    /// A piece of text with its `source` (who says so), and for translations an `id` and `ref`.
    public struct Text: Sendable, Equatable, Hashable {
        /// The text.
        public var text: String
        /// `source`: where it comes from (e.g. the termbase and concept id).
        public var source: String?
        /// `id` (translations only).
        public var id: String?
        /// `ref`: a fragment pointing at a span in the unit (translations only).
        public var ref: String?

        /// Creates a text.
        public init(_ text: String, source: String? = nil, id: String? = nil, ref: String? = nil) {
            self.text = text
            self.source = source
            self.id = id
            self.ref = ref
        }
    }

    /// `id`.
    public var id: String?
    /// `ref`: a fragment pointing at the term's occurrence (`#m1`).
    public var ref: String?
    /// `gls:term`: the source term.
    public var term: Text
    /// `gls:translation`: approved target terms.
    public var translations: [Text]
    /// `gls:definition`.
    public var definition: Text?

    /// Creates an entry.
    public init(id: String? = nil, ref: String? = nil, term: Text, translations: [Text] = [], definition: Text? = nil) {
        self.id = id
        self.ref = ref
        self.term = term
        self.translations = translations
        self.definition = definition
    }
}
