import ICU

/// The XLIFF 2 core schema (`xliff_core_2.0.xsd`) as data: each core element's attributes with their types,
/// which are required, its content model, and where modules and extensions may add attributes.
enum XLIFF2Schema {
    /// The core namespace (XLIFF 2.0 and 2.1 share it).
    static let core = "urn:oasis:names:tc:xliff:document:2.0"

    /// The value space of an attribute.
    enum ValueType {
        case string, yesNo, yesNoFirstNo, dir, appliesTo, userDefined, codeType, markerType, priority, state
        case nmtoken, nmtokens, language, positiveInteger, hexBinary, version
    }

    /// One item of an element-only content model: a set of core names (or any non-core element) with bounds.
    struct Particle {
        let names: Set<String>
        let other: Bool
        let min: Int
        let max: Int

        static func one(_ name: String, min: Int = 1, max: Int = 1) -> Particle {
            Particle(names: [name], other: false, min: min, max: max)
        }
        static func choice(_ names: Set<String>, min: Int, max: Int = .max) -> Particle {
            Particle(names: names, other: false, min: min, max: max)
        }
        static let others = Particle(names: [], other: true, min: 0, max: .max)

        func matches(_ e: NamespacedElement) -> Bool {
            other ? e.namespace != XLIFF2Schema.core : (e.namespace == XLIFF2Schema.core && names.contains(e.name))
        }
        var label: String {
            other ? "elements of other namespaces" : names.sorted().map { "<\($0)>" }.joined(separator: " or ")
        }
    }

    /// What an element may contain.
    enum Content {
        /// Nothing at all.
        case empty
        /// Elements only (white space aside), in this sequence.
        case sequence([Particle])
        /// Text mixed with the inline elements.
        case inline
        /// Text mixed with `<cp>` only.
        case data
        /// Text only.
        case text
        /// Anything: text and elements of other namespaces.
        case skeleton
    }

    /// Which attributes of other namespaces an element takes.
    enum Foreign {
        /// None (only `xml:` attributes the schema lists).
        case none
        /// Module attributes only (fs, slr, its…).
        case modules
        /// Module and extension attributes.
        case any
    }

    /// One core element's declaration.
    struct Declaration {
        let attributes: [String: ValueType]
        let required: Set<String>
        let xmlAttributes: Set<String>
        let content: Content
        let foreign: Foreign
    }

    static let inlineNames: Set<String> = ["cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"]
    static let codeNames: Set<String> = ["ph", "pc", "sc", "ec"]

    static let codeAttributes: [String: ValueType] = [
        "canCopy": .yesNo, "canDelete": .yesNo, "canReorder": .yesNoFirstNo, "copyOf": .nmtoken, "id": .nmtoken,
        "subType": .userDefined, "type": .codeType,
    ]

    static let declarations: [String: Declaration] = {
        var d: [String: Declaration] = [:]
        let structural: [String: ValueType] = [
            "canResegment": .yesNo, "translate": .yesNo, "srcDir": .dir, "trgDir": .dir,
        ]
        d["xliff"] = Declaration(
            attributes: ["version": .version, "srcLang": .language, "trgLang": .language],
            required: ["version", "srcLang"], xmlAttributes: ["space", "lang"],
            content: .sequence([.one("file", max: .max)]), foreign: .any)
        d["file"] = Declaration(
            attributes: structural.merging(["id": .nmtoken, "original": .string]) { a, _ in a },
            required: ["id"], xmlAttributes: ["space", "lang"],
            content: .sequence([
                .one("skeleton", min: 0), .others, .one("notes", min: 0), .choice(["unit", "group"], min: 1),
            ]),
            foreign: .any)
        d["skeleton"] = Declaration(
            attributes: ["href": .string], required: [], xmlAttributes: [], content: .skeleton,
            foreign: .none)
        d["group"] = Declaration(
            attributes: structural.merging(["id": .nmtoken, "name": .string, "type": .userDefined]) { a, _ in a },
            required: ["id"], xmlAttributes: ["space", "lang"],
            content: .sequence([.others, .one("notes", min: 0), .choice(["unit", "group"], min: 0)]), foreign: .any)
        d["unit"] = Declaration(
            attributes: structural.merging(["id": .nmtoken, "name": .string, "type": .userDefined]) { a, _ in a },
            required: ["id"], xmlAttributes: ["space", "lang"],
            content: .sequence([
                .others, .one("notes", min: 0), .one("originalData", min: 0),
                .choice(["segment", "ignorable"], min: 1),
            ]),
            foreign: .any)
        d["segment"] = Declaration(
            attributes: ["id": .nmtoken, "canResegment": .yesNo, "state": .state, "subState": .userDefined],
            required: [], xmlAttributes: [],
            content: .sequence([.one("source"), .one("target", min: 0)]), foreign: .none)
        d["ignorable"] = Declaration(
            attributes: ["id": .nmtoken], required: [], xmlAttributes: [],
            content: .sequence([.one("source"), .one("target", min: 0)]), foreign: .none)
        d["notes"] = Declaration(
            attributes: [:], required: [], xmlAttributes: [],
            content: .sequence([.one("note", max: .max)]), foreign: .none)
        d["note"] = Declaration(
            attributes: ["id": .nmtoken, "appliesTo": .appliesTo, "category": .string, "priority": .priority],
            required: [], xmlAttributes: ["lang"], content: .text, foreign: .any)
        d["originalData"] = Declaration(
            attributes: [:], required: [], xmlAttributes: [],
            content: .sequence([.one("data", max: .max)]), foreign: .none)
        d["data"] = Declaration(
            attributes: ["id": .nmtoken, "dir": .dir], required: ["id"], xmlAttributes: ["space"],
            content: .data, foreign: .none)
        d["source"] = Declaration(
            attributes: [:], required: [], xmlAttributes: ["lang", "space"], content: .inline,
            foreign: .modules)
        d["target"] = Declaration(
            attributes: ["order": .positiveInteger], required: [], xmlAttributes: ["lang", "space"],
            content: .inline, foreign: .modules)
        d["cp"] = Declaration(
            attributes: ["hex": .hexBinary], required: ["hex"], xmlAttributes: [], content: .empty,
            foreign: .none)
        d["ph"] = Declaration(
            attributes: codeAttributes.merging([
                "disp": .string, "equiv": .string, "dataRef": .nmtoken,
                "subFlows": .nmtokens,
            ]) { a, _ in a },
            required: ["id"], xmlAttributes: [], content: .empty, foreign: .modules)
        d["pc"] = Declaration(
            attributes: codeAttributes.merging([
                "canOverlap": .yesNo, "dispEnd": .string, "dispStart": .string, "equivEnd": .string,
                "equivStart": .string, "dataRefEnd": .nmtoken, "dataRefStart": .nmtoken, "subFlowsEnd": .nmtokens,
                "subFlowsStart": .nmtokens, "dir": .dir,
            ]) { a, _ in a },
            required: ["id"], xmlAttributes: [], content: .inline, foreign: .modules)
        let scec: [String: ValueType] = codeAttributes.merging([
            "canOverlap": .yesNo, "dataRef": .nmtoken, "dir": .dir, "disp": .string, "equiv": .string,
            "isolated": .yesNo, "subFlows": .nmtokens,
        ]) { a, _ in a }
        d["sc"] = Declaration(attributes: scec, required: ["id"], xmlAttributes: [], content: .empty, foreign: .modules)
        d["ec"] = Declaration(
            attributes: scec.merging(["startRef": .nmtoken]) { a, _ in a }, required: [],
            xmlAttributes: [], content: .empty, foreign: .modules)
        let marker: [String: ValueType] = [
            "id": .nmtoken, "translate": .yesNo, "type": .markerType, "ref": .string, "value": .string,
        ]
        d["mrk"] = Declaration(attributes: marker, required: ["id"], xmlAttributes: [], content: .inline, foreign: .any)
        d["sm"] = Declaration(attributes: marker, required: ["id"], xmlAttributes: [], content: .empty, foreign: .any)
        d["em"] = Declaration(
            attributes: ["startRef": .nmtoken], required: ["startRef"], xmlAttributes: [],
            content: .empty, foreign: .none)
        return d
    }()

    /// Whether `value` belongs to `type`; nil when it does, else what was expected.
    static func check(_ value: String, _ type: ValueType) -> String? {
        switch type {
        case .string: return nil
        case .yesNo: return ["yes", "no"].contains(value) ? nil : "'yes' or 'no'"
        case .yesNoFirstNo: return ["yes", "no", "firstNo"].contains(value) ? nil : "'yes', 'firstNo' or 'no'"
        case .dir: return ["ltr", "rtl", "auto"].contains(value) ? nil : "'ltr', 'rtl' or 'auto'"
        case .appliesTo: return ["source", "target"].contains(value) ? nil : "'source' or 'target'"
        case .userDefined: return isUserDefined(value) ? nil : "a 'prefix:value' pair (no spaces, one colon)"
        case .codeType:
            return ["fmt", "ui", "quote", "link", "image", "other"].contains(value)
                ? nil : "one of fmt, ui, quote, link, image, other"
        case .markerType:
            return ["generic", "comment", "term"].contains(value) || isUserDefined(value)
                ? nil : "'generic', 'comment', 'term' or a 'prefix:value' pair"
        case .priority:
            guard let n = Int(value), (1...10).contains(n), value.allSatisfy(\.isASCII) else {
                return "an integer from 1 to 10"
            }
            return nil
        case .state:
            return ["initial", "translated", "reviewed", "final"].contains(value)
                ? nil : "one of initial, translated, reviewed, final"
        case .nmtoken: return isNMTOKEN(value) ? nil : "an XML name token (letters, digits, '.', '-', '_', ':')"
        case .nmtokens:
            let parts = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            return !parts.isEmpty && parts.allSatisfy({ isNMTOKEN(String($0)) })
                ? nil : "a space-separated list of name tokens"
        case .language:
            return LanguageTag.isWellFormed(value, privateUse: true) ? nil : "a well-formed BCP 47 language tag"
        case .positiveInteger:
            guard !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(value), n > 0 else {
                return "a positive integer"
            }
            return nil
        case .hexBinary:
            return !value.isEmpty && value.count % 2 == 0 && value.allSatisfy(\.isHexDigit) ? nil : "hexadecimal digits"
        case .version: return value.hasPrefix("2.") ? nil : "'2.0', '2.1' or '2.2'"
        }
    }

    /// `prefix:value` where neither part is empty nor holds white space or another colon.
    static func isUserDefined(_ value: String) -> Bool {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && !$0.contains(where: \.isWhitespace) }
    }

    /// XML 1.0 `Nmtoken`: one or more name characters.
    static func isNMTOKEN(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy(isNameChar)
    }

    /// XML 1.0 (5th edition) `NameChar`.
    static func isNameChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x3A, 0x5F, 0xB7: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF, 0x200C...0x200D, 0x203F...0x2040,
            0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default: return false
        }
    }
}
