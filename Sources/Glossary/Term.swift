/// One term of a concept in one language (a TBX `termSec`), with its grammatical and usage data.
public struct Term: Sendable {
    /// TBX-Basic part of speech.
    public enum PartOfSpeech: String, Sendable, CaseIterable, Codable {
        /// noun
        case noun
        /// verb
        case verb
        /// adjective
        case adjective
        /// adverb
        case adverb
        /// other
        case other
    }

    /// TBX-Basic term type.
    public enum TermType: String, Sendable, CaseIterable, Codable {
        /// The full form.
        case fullForm
        /// An acronym (ADB, WeGO): matched case-sensitively.
        case acronym
        /// An abbreviation.
        case abbreviation
        /// A short form.
        case shortForm
        /// A variant.
        case variant
        /// A phrase.
        case phrase
    }

    /// TBX-Basic administrative status, in the dialect's picklist spelling.
    public enum AdministrativeStatus: String, Sendable, CaseIterable, Codable {
        /// The approved term.
        case preferred = "preferredTerm-admn-sts"
        /// Acceptable.
        case admitted = "admittedTerm-admn-sts"
        /// Not to be used.
        case deprecated = "deprecatedTerm-admn-sts"
        /// Replaced by a newer term.
        case superseded = "supersededTerm-admn-sts"

        /// The short name (`preferred`, `admitted`, …) for text output and CSV.
        public var shortName: String {
            switch self {
            case .preferred: "preferred"
            case .admitted: "admitted"
            case .deprecated: "deprecated"
            case .superseded: "superseded"
            }
        }

        /// The status named by its TBX value or its short name.
        public init?(name: String) {
            let n = name.trimmingWhitespace().lowercased()
            guard
                let match = Self.allCases.first(where: {
                    $0.rawValue.lowercased() == n || $0.shortName == n || $0.shortName + "term" == n
                        || $0.shortName + " term" == n
                })
            else { return nil }
            self = match
        }
    }

    /// The term text (NFC as written; the check reports text that is not).
    public var text: String
    /// Part of speech, if given.
    public var partOfSpeech: PartOfSpeech?
    /// Term type, if given.
    public var termType: TermType?
    /// Administrative status, if given.
    public var status: AdministrativeStatus?
    /// Marked `<admin type="projectSubset">do-not-translate</admin>`: the same form in every language.
    public var doNotTranslate: Bool
    /// Other project or customer subsets the term belongs to (besides do-not-translate), in order.
    public var subsets: [String]
    /// Usage examples (`descrip type="context"`).
    public var contexts: [String]
    /// The term's source (`admin type="source"`), if any.
    public var source: String?
    /// Notes on the term.
    public var notes: [String]
    /// The term's history (`transacGrp`), oldest first.
    public var transactions: [Transaction]
    /// Where the term element was read.
    public var position: SourcePosition?

    /// A term.
    public init(
        _ text: String, partOfSpeech: PartOfSpeech? = nil, termType: TermType? = nil,
        status: AdministrativeStatus? = nil,
        doNotTranslate: Bool = false, subsets: [String] = [], contexts: [String] = [], source: String? = nil,
        notes: [String] = [], transactions: [Transaction] = [], position: SourcePosition? = nil
    ) {
        self.text = text
        self.partOfSpeech = partOfSpeech
        self.termType = termType
        self.status = status
        self.doNotTranslate = doNotTranslate
        self.subsets = subsets
        self.contexts = contexts
        self.source = source
        self.notes = notes
        self.transactions = transactions
        self.position = position
    }

    /// Whether the term is an acronym or abbreviation (matched case-sensitively, exempt from the script check
    /// when written in Latin capitals).
    public var isAcronym: Bool { termType == .acronym || termType == .abbreviation }

    /// The prefix of a register in a term's `projectSubset` (`register:news`, `register:formal`): TBX-Basic has no
    /// register data category, so Jeju keeps a term's register among its subsets.
    public static let registerPrefix = "register:"

    /// The registers the term is for (`register:formal` → `formal`), in order; empty for a term fit for any text.
    /// The term check reports a term used in a document of another register (`TermUsageFinding.Kind.register`).
    public var registers: [String] {
        subsets.compactMap { $0.hasPrefix(Self.registerPrefix) ? String($0.dropFirst(Self.registerPrefix.count)) : nil }
    }

    /// Whether the term fits a document written in `register`: it names no register, or that one.
    public func fits(register: String) -> Bool {
        let own = registers
        return own.isEmpty || own.contains(register)
    }

    /// Whether the term is approved for use: preferred, or without a status (a plain glossary entry).
    public var isPreferred: Bool { status == nil || status == .preferred }

    /// Whether a review approved the term: its latest review transaction is an approval.
    public var isValidated: Bool {
        transactions.last(where: { $0.decision != nil })?.decision == .approve
    }
}

extension Term: Equatable {
    /// Content equality; positions are ignored.
    public static func == (a: Term, b: Term) -> Bool {
        a.text == b.text && a.partOfSpeech == b.partOfSpeech && a.termType == b.termType && a.status == b.status
            && a.doNotTranslate == b.doNotTranslate && a.subsets == b.subsets && a.contexts == b.contexts
            && a.source == b.source && a.notes == b.notes && a.transactions == b.transactions
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode White_Space).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
