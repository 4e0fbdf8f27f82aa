/// The XLIFF 2 modules: their namespaces, the elements and attributes each defines (from the module schemas in
/// the OASIS distribution), and where the specification lets them appear.
enum XLIFF2Module: String, CaseIterable {
    case matches, glossary, formatStyle, metadata, resourceData, changeTracking, sizeRestriction, validation, its, itsm

    init?(namespace: String) {
        switch namespace {
        case "urn:oasis:names:tc:xliff:matches:2.0": self = .matches
        case "urn:oasis:names:tc:xliff:glossary:2.0": self = .glossary
        case "urn:oasis:names:tc:xliff:fs:2.0": self = .formatStyle
        case "urn:oasis:names:tc:xliff:metadata:2.0": self = .metadata
        case "urn:oasis:names:tc:xliff:resourcedata:2.0": self = .resourceData
        case "urn:oasis:names:tc:xliff:changetracking:2.0", "urn:oasis:names:tc:xliff:changetracking:2.1":
            self = .changeTracking
        case "urn:oasis:names:tc:xliff:sizerestriction:2.0": self = .sizeRestriction
        case "urn:oasis:names:tc:xliff:validation:2.0": self = .validation
        case "http://www.w3.org/2005/11/its": self = .its
        case "urn:oasis:names:tc:xliff:itsm:2.1": self = .itsm
        default: return nil
        }
    }

    var displayName: String {
        switch self {
        case .matches: "Translation Candidates"
        case .glossary: "Glossary"
        case .formatStyle: "Format Style"
        case .metadata: "Metadata"
        case .resourceData: "Resource Data"
        case .changeTracking: "Change Tracking"
        case .sizeRestriction: "Size and Length Restriction"
        case .validation: "Validation"
        case .its: "ITS"
        case .itsm: "ITS mapping"
        }
    }

    /// The core elements that may hold this module's top-level element `name`.
    func allowedParents(of name: String) -> Set<String> {
        switch (self, name) {
        case (.matches, "matches"), (.glossary, "glossary"): ["unit"]
        case (.metadata, "metadata"), (.resourceData, "resourceData"), (.changeTracking, "changeTrack"),
            (.validation, "validation"), (.sizeRestriction, "data"):
            ["file", "group", "unit"]
        case (.sizeRestriction, "profiles"): ["file"]
        case (.its, _), (.itsm, _): ["file", "group", "unit"]
        default: []
        }
    }

    static let fsValues: Set<String> = [
        "a", "b", "bdo", "big", "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col",
        "colgroup", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i",
        "img", "label", "legend", "li", "ol", "p", "pre", "q", "s", "samp", "select", "small", "span", "strike",
        "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "tt", "u", "ul",
    ]

    static let itsAttributes: Set<String> = [
        "version", "allowedCharacters", "annotatorsRef", "domains", "lang", "localeFilterList", "localeFilterType",
        "locQualityIssueComment", "locQualityIssueEnabled", "locQualityIssueProfileRef", "locQualityIssuesRef",
        "locQualityIssueSeverity", "locQualityIssueType", "locQualityRatingProfileRef", "locQualityRatingScore",
        "locQualityRatingScoreThreshold", "locQualityRatingVote", "locQualityRatingVoteThreshold", "mtConfidence",
        "org", "orgRef", "person", "personRef", "provenanceRecordsRef", "revOrg", "revOrgRef", "revPerson",
        "revPersonRef", "revTool", "revToolRef", "taClassRef", "taConfidence", "taIdent", "taIdentRef", "taSource",
        "termConfidence", "tool", "toolRef",
    ]

    /// The attributes this module defines for use on core elements.
    var globalAttributes: Set<String> {
        switch self {
        case .formatStyle: ["fs", "subFs"]
        case .sizeRestriction: ["sizeRestriction", "storageRestriction", "sizeInfo", "sizeInfoRef", "equivStorage"]
        case .its: Self.itsAttributes
        case .itsm: ["domains", "lang", "annotatorsRef"]
        default: []
        }
    }

    /// One module element's declaration.
    struct Declaration {
        /// Unprefixed attributes and their types.
        let attributes: [String: XLIFF2Schema.ValueType]
        let required: Set<String>
        /// The content: nil = anything (not checked), else a sequence of particles over qualified names
        /// (`mtc:match`, `xlf:source`, `*` = an element of another namespace).
        let content: [(names: Set<String>, min: Int, max: Int)]?
        /// Whether the element holds text.
        let text: Bool
        /// Whether attributes of other namespaces are allowed.
        let foreign: Bool
        /// Whether `xml:lang` is allowed.
        let xmlLang: Bool

        init(
            _ attributes: [String: XLIFF2Schema.ValueType] = [:], required: Set<String> = [],
            content: [(names: Set<String>, min: Int, max: Int)]? = [], text: Bool = false, foreign: Bool = false,
            xmlLang: Bool = false
        ) {
            self.attributes = attributes
            self.required = required
            self.content = content
            self.text = text
            self.foreign = foreign
            self.xmlLang = xmlLang
        }
    }

    /// The declaration of this module's element `name`, or nil when the module has no such element.
    func declaration(_ name: String) -> Declaration? {
        let many = Int.max
        switch (self, name) {
        case (.matches, "matches"):
            return Declaration(content: [(["mtc:match"], 1, many)])
        case (.matches, "match"):
            return Declaration(
                [
                    "id": .nmtoken, "matchQuality": .string, "matchSuitability": .string, "origin": .string,
                    "ref": .string,
                    "reference": .yesNo, "similarity": .string, "subType": .userDefined, "type": .string,
                ],
                required: ["ref"],
                content: [
                    (["mda:metadata"], 0, 1), (["xlf:originalData"], 0, 1), (["xlf:source"], 1, 1),
                    (["xlf:target"], 1, 1), (["*"], 0, many),
                ],
                foreign: true)
        case (.glossary, "glossary"):
            return Declaration(content: [(["gls:glossEntry"], 1, many)])
        case (.glossary, "glossEntry"):
            return Declaration(
                ["id": .nmtoken, "ref": .string],
                content: [
                    (["gls:term"], 1, 1), (["gls:translation"], 0, many), (["gls:definition"], 0, 1), (["*"], 0, many),
                ],
                foreign: true)
        case (.glossary, "term"), (.glossary, "definition"):
            return Declaration(["source": .string], text: true, foreign: true)
        case (.glossary, "translation"):
            return Declaration(["id": .nmtoken, "ref": .string, "source": .string], text: true, foreign: true)
        case (.metadata, "metadata"):
            return Declaration(["id": .nmtoken], content: [(["mda:metaGroup"], 1, many)])
        case (.metadata, "metaGroup"):
            return Declaration(
                ["id": .nmtoken, "category": .string, "appliesTo": .string],
                content: [(["mda:metaGroup", "mda:meta"], 1, many)])
        case (.metadata, "meta"):
            return Declaration(["type": .string], required: ["type"], text: true)
        case (.resourceData, "resourceData"):
            return Declaration(
                ["id": .nmtoken], content: [(["res:resourceItemRef"], 0, many), (["res:resourceItem"], 0, many)])
        case (.resourceData, "resourceItemRef"):
            return Declaration(["id": .nmtoken, "ref": .nmtoken], required: ["ref"], foreign: true)
        case (.resourceData, "resourceItem"):
            return Declaration(
                ["mimeType": .string, "id": .nmtoken, "context": .yesNo],
                content: [(["res:source"], 0, 1), (["res:target"], 0, 1), (["res:reference"], 0, many)],
                foreign: true)
        case (.resourceData, "source"), (.resourceData, "target"):
            return Declaration(["href": .string], content: nil, text: true, foreign: true, xmlLang: true)
        case (.resourceData, "reference"):
            return Declaration(["href": .string], required: ["href"], foreign: true, xmlLang: true)
        case (.sizeRestriction, "profiles"):
            return Declaration(
                ["generalProfile": .string, "storageProfile": .string],
                content: [(["slr:normalization"], 0, 1), (["*"], 0, many)])
        case (.sizeRestriction, "normalization"):
            return Declaration(["general": .string, "storage": .string])
        case (.sizeRestriction, "data"):
            return Declaration(["profile": .string], required: ["profile"], content: [(["*"], 0, many)], foreign: true)
        case (.validation, "validation"):
            return Declaration(content: [(["val:rule"], 1, many)], foreign: true)
        case (.validation, "rule"):
            return Declaration(
                [
                    "isPresent": .string, "occurs": .positiveInteger, "isNotPresent": .string, "startsWith": .string,
                    "endsWith": .string, "existsInSource": .yesNo, "caseSensitive": .yesNo, "normalization": .string,
                    "disabled": .yesNo,
                ],
                foreign: true)
        case (.changeTracking, "changeTrack"), (.changeTracking, "revisions"), (.changeTracking, "revision"),
            (.changeTracking, "item"):
            return Declaration(content: nil, text: true, foreign: true)
        case (.its, _), (.itsm, _):
            return Declaration(content: nil, text: true, foreign: true, xmlLang: true)
        default:
            return nil
        }
    }
}
