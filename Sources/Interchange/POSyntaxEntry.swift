/// One entry of a PO file, every field with the line it was read from, as GNU gettext defines them.
public struct POSyntaxEntry: Sendable, Equatable {
    /// A string field and the 1-based line of its keyword.
    public struct Field: Sendable, Equatable {
        /// The decoded text (escapes resolved, continuation lines joined).
        public var text: String
        /// The line of the keyword (`msgid`, `msgstr[1]`…).
        public var line: Int

        /// A field read at `line`.
        public init(text: String, line: Int) {
            self.text = text
            self.line = line
        }
    }

    /// Translator comments (`# …`), without the `# `.
    public var translatorComments: [String] = []
    /// Extracted comments (`#. …`).
    public var extractedComments: [String] = []
    /// References (`#: file:line`), one string per line.
    public var references: [String] = []
    /// Flags (`#, fuzzy, c-format`), trimmed.
    public var flags: [String] = []
    /// Previous context (`#| msgctxt`), for fuzzy entries.
    public var previousContext: Field?
    /// Previous msgid (`#| msgid`).
    public var previousID: Field?
    /// Previous msgid_plural (`#| msgid_plural`).
    public var previousPluralID: Field?
    /// The context (`msgctxt`).
    public var context: Field?
    /// The source text (`msgid`); nil only in a broken entry.
    public var id: Field?
    /// The plural source text (`msgid_plural`).
    public var pluralID: Field?
    /// The translations: one for `msgstr`, or one per `msgstr[n]` in index order.
    public var translations: [Field] = []
    /// Whether the translations are indexed (`msgstr[n]`).
    public var isPlural: Bool = false
    /// Whether the entry is obsolete (`#~`).
    public var isObsolete: Bool = false
    /// The line where the entry starts (its first comment or keyword).
    public var line: Int = 0

    /// Creates an empty entry.
    public init() {}

    /// Whether the `fuzzy` flag is set.
    public var isFuzzy: Bool { flags.contains("fuzzy") }

    /// Whether this is the header entry: empty msgid, no context, not obsolete.
    public var isHeader: Bool { id?.text == "" && context == nil && !isObsolete }

    /// Whether every translation is empty (an untranslated entry).
    public var isUntranslated: Bool { translations.allSatisfy { $0.text.isEmpty } }
}
