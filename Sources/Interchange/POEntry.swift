/// One PO entry: comments, flags, context, the source and its translations.
public struct POEntry: Sendable, Equatable {
    /// `# ` translator comments.
    public var translatorComments: [String]
    /// `#.` comments for translators from the extractor.
    public var extractedComments: [String]
    /// `#:` references.
    public var references: [String]
    /// `#,` flags (`fuzzy`, `c-format`…).
    public var flags: [String]
    /// `#| msgctxt` of the previous source.
    public var previousContext: String?
    /// `#| msgid`: the previous source, for a changed entry.
    public var previousID: String?
    /// `msgctxt`.
    public var context: String?
    /// `msgid`.
    public var id: String
    /// `msgid_plural`.
    public var idPlural: String?
    /// `msgstr`, or `msgstr[0…]` for plural entries.
    public var translations: [String]
    /// Whether the entry is obsolete (`#~`).
    public var isObsolete: Bool
    /// 1-based line of the entry's first line (0 when built in memory).
    public var line: Int

    /// Creates an entry.
    public init(
        translatorComments: [String] = [], extractedComments: [String] = [], references: [String] = [],
        flags: [String] = [],
        previousContext: String? = nil, previousID: String? = nil, context: String? = nil, id: String,
        idPlural: String? = nil,
        translations: [String] = [""], isObsolete: Bool = false, line: Int = 0
    ) {
        self.translatorComments = translatorComments
        self.extractedComments = extractedComments
        self.references = references
        self.flags = flags
        self.previousContext = previousContext
        self.previousID = previousID
        self.context = context
        self.id = id
        self.idPlural = idPlural
        self.translations = translations
        self.isObsolete = isObsolete
        self.line = line
    }

    /// Whether the entry is marked `fuzzy`.
    public var isFuzzy: Bool { flags.contains("fuzzy") }

    /// Whether this is the header (empty msgid, no context).
    public var isHeader: Bool { id.isEmpty && context == nil }

    /// Compares everything but the line.
    public static func == (a: POEntry, b: POEntry) -> Bool {
        a.translatorComments == b.translatorComments && a.extractedComments == b.extractedComments
            && a.references == b.references
            && a.flags == b.flags && a.previousContext == b.previousContext && a.previousID == b.previousID
            && a.context == b.context
            && a.id == b.id && a.idPlural == b.idPlural && a.translations == b.translations
            && a.isObsolete == b.isObsolete
    }
}
