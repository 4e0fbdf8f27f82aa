import Foundation
import ICU
import JejuSupport

/// Reads TBX into a `Termbase`: TBX v3 (ISO 30042:2019) in the TBX-Basic dialect, DCA style, and TBX 2008
/// (`martif`) as OmegaT, Translate Toolkit and SDL MultiTerm write it (`termEntry` / `langSet` / `tig` or `ntig`).
///
/// Reading never stops at the first structural problem: a document that is not well-formed XML (or carries
/// entity declarations) throws a `Diagnostic`; everything else the TBX-Basic dialect forbids becomes a finding
/// with its position, and the rest of the file is still read, so `jeju glossary check` can list every problem.
/// A term's transaction history (`transacGrp`) is kept; data TBX-Basic allows but Jeju does not keep (concept- and
/// language-level transactions, cross-references, images) is reported as
/// a warning rather than dropped silently.
public struct TBXReader {
    /// The TBX v3 namespace.
    public static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// What reading produced.
    public struct Result: Sendable {
        /// The termbase.
        public var termbase: Termbase
        /// Structural findings (check `structure`, `language-code`), in document order.
        public var findings: [GlossaryFinding]
    }

    let path: String
    var findings: [GlossaryFinding] = []
    var generatedIDs = 0

    /// Reads TBX bytes. Throws a `Diagnostic` with line and column when the XML is not well-formed, holds
    /// entity declarations, or is not TBX at all.
    public static func read(_ data: Data, path: String) throws(Diagnostic) -> Result {
        let root = try XMLReader.parse(data, path: path)
        var reader = TBXReader(path: path)
        let termbase: Termbase
        switch root.name {
        case "tbx":
            termbase = reader.readTBX3(root)
        case "martif":
            termbase = reader.readMartif(root)
        default:
            throw Diagnostic(
                rule: "tbx.root", path: path, line: root.line, column: root.column,
                message:
                    "not a TBX file: the root element is <\(root.name)>, expected <tbx> (TBX v3) or <martif> (TBX 2008)"
            )
        }
        return Result(termbase: termbase, findings: reader.findings)
    }

    // MARK: - findings

    mutating func report(
        _ element: XElement, _ message: String, severity: Diagnostic.Severity = .error, check: String = "structure",
        concept: String? = nil, locale: String? = nil
    ) {
        findings.append(
            GlossaryFinding(
                check: check, severity: severity, path: path, position: Self.position(element),
                conceptID: concept, locale: locale, message: message))
    }

    static func position(_ e: XElement) -> SourcePosition? {
        e.line > 0 ? SourcePosition(line: e.line, column: max(e.column, 1)) : nil
    }

    /// Text of descriptive elements: line breaks and the indentation after them are layout, not content.
    static func content(_ e: XElement) -> String { collapseLayout(e.text) }

    /// Replaces every white-space run that holds a line break by one space (none at the ends); other runs
    /// (a double space, a leading space) are content and stay, so the checks can see them.
    static func collapseLayout(_ s: String) -> String {
        guard s.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        var out = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        var runHasBreak = false
        func flush(atEnd: Bool) {
            if runHasBreak {
                if !out.isEmpty && !atEnd { out.append(" ") }
            } else {
                out.append(contentsOf: run)
            }
            run = String.UnicodeScalarView()
            runHasBreak = false
        }
        for u in s.unicodeScalars {
            if u.properties.isWhitespace {
                run.append(u)
                if u == "\n" || u == "\r" { runHasBreak = true }
            } else {
                if !run.isEmpty { flush(atEnd: false) }
                out.append(u)
            }
        }
        if !run.isEmpty { flush(atEnd: true) }
        return String(out)
    }

    /// A data-category type name, loosely: `Part of Speech`, `part-of-speech`, `partOfSpeech` → `partofspeech`.
    static func typeKey(_ type: String?) -> String {
        (type ?? "").lowercased().filter { $0.isLetter }
    }

    mutating func checkLanguage(_ element: XElement, _ tag: String, concept: String?) {
        if !LanguageTag.isWellFormed(tag) {
            report(
                element, "'\(tag)' is not a well-formed BCP 47 language tag", check: "language-code", concept: concept)
        } else if !LikelySubtags.isKnownLanguage(tag) {
            report(
                element, "unknown language code '\(tag)' (not an ISO 639 language ICU knows)", check: "language-code",
                concept: concept)
        }
    }

    // MARK: - TBX v3

    mutating func readTBX3(_ root: XElement) -> Termbase {
        if root.namespace != Self.namespace {
            report(
                root,
                "<tbx> must be in the TBX v3 namespace \(Self.namespace)"
                    + (root.namespace.isEmpty ? " (no xmlns)" : ", not \(root.namespace)"))
        }
        let type = root.attribute("type") ?? ""
        if type != "TBX-Basic" {
            report(
                root,
                type.isEmpty
                    ? "<tbx> has no type; Jeju's termbases are type=\"TBX-Basic\""
                    : "dialect '\(type)' is read as TBX-Basic; data categories outside TBX-Basic are reported",
                severity: type.isEmpty ? .error : .warning)
        }
        if let style = root.attribute("style"), style != "dca" {
            report(root, "style '\(style)': Jeju reads the DCA style (data categories as type attributes), not DCT")
        } else if root.attribute("style") == nil {
            report(root, "<tbx> has no style attribute (TBX v3 requires style=\"dca\" or \"dct\")")
        }
        if root.attribute("xml:lang") == nil { report(root, "<tbx> has no xml:lang attribute") }
        var termbase = Termbase()
        for child in root.elements {
            switch child.name {
            case "tbxHeader": readHeader(child, into: &termbase)
            case "text":
                for part in child.elements {
                    switch part.name {
                    case "body":
                        for entry in part.elements {
                            if entry.name == "conceptEntry" {
                                termbase.concepts.append(readConceptEntry(entry))
                            } else {
                                report(entry, "<\(entry.name)> is not allowed in <body>; only <conceptEntry>")
                            }
                        }
                    case "back":
                        report(part, "<back> (reference objects) is not kept by Jeju", severity: .warning)
                    default: report(part, "<\(part.name)> is not allowed in <text>")
                    }
                }
            default: report(child, "<\(child.name)> is not allowed in <tbx>; expected <tbxHeader> and <text>")
            }
        }
        if root.element(named: "tbxHeader") == nil { report(root, "<tbx> has no <tbxHeader>") }
        if root.element(named: "text") == nil { report(root, "<tbx> has no <text>") }
        checkIDs(termbase)
        return termbase
    }

    mutating func readHeader(_ header: XElement, into termbase: inout Termbase) {
        guard let fileDesc = header.element(named: "fileDesc") else {
            report(header, "<tbxHeader> has no <fileDesc>")
            return
        }
        if let title = fileDesc.element(named: "titleStmt")?.element(named: "title") {
            termbase.title = Self.content(title)
        }
        if let sourceDesc = fileDesc.element(named: "sourceDesc") {
            termbase.sourceDescription = sourceDesc.elements(named: "p").map(Self.content).filter { !$0.isEmpty }
        } else if header.name == "tbxHeader" {
            report(fileDesc, "<fileDesc> has no <sourceDesc> (TBX v3 requires one)")
        }
    }

    mutating func checkIDs(_ termbase: Termbase) {
        var seen: [String: SourcePosition?] = [:]
        for concept in termbase.concepts {
            if let first = seen[concept.id] {
                findings.append(
                    GlossaryFinding(
                        check: "duplicate-concept", path: path, position: concept.position, conceptID: concept.id,
                        message: "concept id '\(concept.id)' is used twice"
                            + (first.map { " (first at line \($0.line))" } ?? "")))
            } else {
                seen[concept.id] = concept.position
            }
            if !Self.isNCName(concept.id) {
                findings.append(
                    GlossaryFinding(
                        check: "structure", path: path, position: concept.position, conceptID: concept.id,
                        message: "concept id '\(concept.id)' is not an XML name (xsd:ID)"))
            }
        }
    }

    /// Whether `s` is an XML NCName (ASCII-and-letters approximation: a letter or `_` first, then letters,
    /// digits, `.`, `-`, `_`).
    static func isNCName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy {
            $0 == "_" || $0 == "-" || $0 == "." || $0.properties.isAlphabetic
                || $0.properties.numericType != nil || $0.properties.generalCategory == .nonspacingMark
        }
    }

    mutating func nextID() -> String {
        generatedIDs += 1
        return "c\(generatedIDs)"
    }

    mutating func readConceptEntry(_ entry: XElement) -> Concept {
        let id = entry.attribute("id") ?? ""
        var concept = Concept(id: id, position: Self.position(entry))
        if id.isEmpty {
            concept.id = nextID()
            report(entry, "<conceptEntry> has no id (required); read as '\(concept.id)'", concept: concept.id)
        }
        var sawLanguage = false
        for child in entry.elements {
            if child.name != "langSec" && sawLanguage {
                report(
                    child,
                    "<\(child.name)> after a <langSec>: concept-level data must come before the language sections",
                    concept: concept.id)
            }
            switch child.name {
            case "langSec":
                sawLanguage = true
                concept.languages.append(readLangSec(child, concept: concept.id))
            case "descrip":
                switch child.attribute("type") {
                case "subjectField": concept.subjectField = Self.content(child)
                case "definition": concept.definitions.append(Self.content(child))
                default: forbidden(child, level: "conceptEntry", concept: concept.id)
                }
            case "descripGrp":
                for part in child.elements {
                    switch (part.name, part.attribute("type")) {
                    case ("descrip", "subjectField"): concept.subjectField = Self.content(part)
                    case ("descrip", "definition"): concept.definitions.append(Self.content(part))
                    case ("admin", "source"): concept.source = Self.content(part)
                    case ("note", _): concept.notes.append(Self.content(part))
                    default: forbidden(part, level: "conceptEntry", concept: concept.id)
                    }
                }
            case "admin":
                switch child.attribute("type") {
                case "projectSubset":
                    let value = Self.content(child)
                    if value == "proper-name" { concept.isProperName = true } else { concept.subsets.append(value) }
                case "source": concept.source = Self.content(child)
                case "customerSubset": notKept(child, concept: concept.id)
                default: forbidden(child, level: "conceptEntry", concept: concept.id)
                }
            case "note": concept.notes.append(Self.content(child))
            case "transacGrp", "xref", "ref", "adminGrp": notKept(child, concept: concept.id)
            default: forbidden(child, level: "conceptEntry", concept: concept.id)
            }
        }
        if concept.languages.isEmpty { report(entry, "<conceptEntry> has no <langSec>", concept: concept.id) }
        return concept
    }

    mutating func forbidden(_ e: XElement, level: String, concept: String?, locale: String? = nil) {
        let what = e.attribute("type").map { "<\(e.name) type=\"\($0)\">" } ?? "<\(e.name)>"
        report(e, "\(what) is not allowed at \(level) level in TBX-Basic", concept: concept, locale: locale)
    }

    mutating func notKept(_ e: XElement, concept: String?, locale: String? = nil) {
        let what = e.attribute("type").map { "<\(e.name) type=\"\($0)\">" } ?? "<\(e.name)>"
        report(
            e, "\(what) is allowed by TBX-Basic but not kept by Jeju; it is lost when Jeju rewrites the termbase",
            severity: .warning, check: "not-kept", concept: concept, locale: locale)
    }

    mutating func readLangSec(_ element: XElement, concept: String) -> LanguageSection {
        let tag = element.attribute("xml:lang") ?? ""
        var section = LanguageSection(language: tag, position: Self.position(element))
        if tag.isEmpty {
            report(element, "<langSec> has no xml:lang", concept: concept)
        } else {
            checkLanguage(element, tag, concept: concept)
        }
        var sawTerm = false
        for child in element.elements {
            if child.name != "termSec" && sawTerm {
                report(
                    child, "<\(child.name)> after a <termSec>: language-level data must come before the terms",
                    concept: concept, locale: tag)
            }
            switch child.name {
            case "termSec":
                sawTerm = true
                section.terms.append(readTermSec(child, concept: concept, locale: tag))
            case "descrip":
                if child.attribute("type") == "definition" {
                    section.definitions.append(Self.content(child))
                } else {
                    forbidden(child, level: "langSec", concept: concept, locale: tag)
                }
            case "descripGrp":
                for part in child.elements {
                    switch (part.name, part.attribute("type")) {
                    case ("descrip", "definition"): section.definitions.append(Self.content(part))
                    case ("admin", "source"): section.definitionSource = Self.content(part)
                    case ("note", _): section.notes.append(Self.content(part))
                    default: forbidden(part, level: "langSec", concept: concept, locale: tag)
                    }
                }
            case "admin":
                if child.attribute("type") == "source" {
                    section.definitionSource = Self.content(child)
                } else {
                    forbidden(child, level: "langSec", concept: concept, locale: tag)
                }
            case "note": section.notes.append(Self.content(child))
            case "transacGrp", "xref": notKept(child, concept: concept, locale: tag)
            default: forbidden(child, level: "langSec", concept: concept, locale: tag)
            }
        }
        if section.terms.isEmpty { report(element, "<langSec> has no <termSec>", concept: concept, locale: tag) }
        return section
    }

    mutating func readTermSec(_ element: XElement, concept: String, locale: String) -> Term {
        var term = Term("", position: Self.position(element))
        var sawTerm = false, sawAux = false
        for child in element.elements {
            switch child.name {
            case "term":
                if sawTerm { report(child, "<termSec> has more than one <term>", concept: concept, locale: locale) }
                if sawAux { report(child, "<term> must come first in <termSec>", concept: concept, locale: locale) }
                sawTerm = true
                term.text = Self.collapseLayout(child.text)
                term.position = Self.position(child)
            case "termNote", "termNoteGrp":
                if sawAux {
                    report(
                        child, "<termNote> after other term data: termNotes must follow <term> directly",
                        concept: concept, locale: locale)
                }
                let notes = child.name == "termNote" ? [child] : child.elements(named: "termNote")
                for note in notes { readTermNote(note, into: &term, concept: concept, locale: locale) }
            default:
                sawAux = true
                readTermAux(child, into: &term, concept: concept, locale: locale)
            }
        }
        if !sawTerm { report(element, "<termSec> has no <term>", concept: concept, locale: locale) }
        return term
    }

    mutating func readTermNote(_ note: XElement, into term: inout Term, concept: String, locale: String) {
        let value = Self.content(note).trimmingWhitespace()
        switch note.attribute("type") {
        case "partOfSpeech":
            if let pos = Term.PartOfSpeech(rawValue: value) {
                term.partOfSpeech = pos
            } else {
                report(
                    note,
                    "partOfSpeech '\(value)' is not one of \(Term.PartOfSpeech.allCases.map(\.rawValue).joined(separator: ", "))",
                    concept: concept, locale: locale)
            }
        case "termType":
            if let type = Term.TermType(rawValue: value) {
                term.termType = type
            } else {
                report(
                    note,
                    "termType '\(value)' is not one of \(Term.TermType.allCases.map(\.rawValue).joined(separator: ", "))",
                    concept: concept, locale: locale)
            }
        case "administrativeStatus":
            if let status = Term.AdministrativeStatus(rawValue: value) {
                term.status = status
            } else {
                report(
                    note,
                    "administrativeStatus '\(value)' is not one of \(Term.AdministrativeStatus.allCases.map(\.rawValue).joined(separator: ", "))",
                    concept: concept, locale: locale)
            }
        case "geographicalUsage", "grammaticalGender", "termLocation":
            notKept(note, concept: concept, locale: locale)
        default:
            forbidden(note, level: "termSec", concept: concept, locale: locale)
        }
    }

    mutating func readTermAux(_ child: XElement, into term: inout Term, concept: String, locale: String) {
        switch (child.name, child.attribute("type")) {
        case ("admin", "projectSubset"):
            let value = Self.content(child)
            if value == "do-not-translate" { term.doNotTranslate = true } else { term.subsets.append(value) }
        case ("admin", "source"): term.source = Self.content(child)
        case ("admin", "customerSubset"): notKept(child, concept: concept, locale: locale)
        case ("descrip", "context"): term.contexts.append(Self.content(child))
        case ("descripGrp", _):
            for part in child.elements {
                switch (part.name, part.attribute("type")) {
                case ("descrip", "context"): term.contexts.append(Self.content(part))
                case ("admin", "source"): term.source = Self.content(part)
                case ("note", _): term.notes.append(Self.content(part))
                default: forbidden(part, level: "termSec", concept: concept, locale: locale)
                }
            }
        case ("note", _): term.notes.append(Self.content(child))
        case ("transacGrp", _):
            if let t = readTransacGrp(child, strict: true, concept: concept, locale: locale) {
                term.transactions.append(t)
            }
        case ("xref", _), ("ref", _): notKept(child, concept: concept, locale: locale)
        default: forbidden(child, level: "termSec", concept: concept, locale: locale)
        }
    }

    /// A term's `transacGrp`: its type (TBX-Basic's `origination` or `modification`), who (`responsibility`),
    /// when (`date`) and why (`note`). `strict` (TBX v3) reports a type outside TBX-Basic's picklist and a date
    /// that is not an xsd:date; TBX 2008 files use the older, longer picklist, read as origination (`origination`,
    /// `input`) or modification (the rest, the old type kept at the front of the note).
    mutating func readTransacGrp(_ group: XElement, strict: Bool, concept: String, locale: String) -> Transaction? {
        var transaction = Transaction(.modification)
        var oldType: String?
        var sawType = false
        for part in group.elements {
            let value = Self.content(part).trimmingWhitespace()
            switch (part.name, Self.typeKey(part.attribute("type"))) {
            case ("transac", "transactiontype"):
                sawType = true
                if let kind = Transaction.Kind(rawValue: value) {
                    transaction.kind = kind
                } else if strict {
                    report(
                        part,
                        "transactionType '\(value)' is not one of \(Transaction.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
                        concept: concept, locale: locale)
                } else {
                    transaction.kind =
                        ["origination", "input"].contains(value.lowercased()) ? .origination : .modification
                    oldType = value
                }
            case ("transacNote", "responsibility"): transaction.responsibility = value
            case ("date", _):
                if strict && !Self.isXSDDate(value) {
                    report(
                        part, "date '\(value)' is not an xsd:date (YYYY-MM-DD) or dateTime", concept: concept,
                        locale: locale)
                }
                transaction.date = value
            case ("note", _): transaction.note = value
            default:
                if strict {
                    forbidden(part, level: "transacGrp", concept: concept, locale: locale)
                } else {
                    notKept(part, concept: concept, locale: locale)
                }
            }
        }
        if !sawType {
            report(group, "<transacGrp> has no <transac type=\"transactionType\">", concept: concept, locale: locale)
            return nil
        }
        if let oldType, transaction.decision == nil {
            transaction.note = transaction.note.map { "\(oldType): \($0)" } ?? oldType
        }
        return transaction
    }

    /// `YYYY-MM-DD`, optionally followed by a time (`T…`), digits where digits belong.
    static func isXSDDate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { u[$0] >= UInt8(ascii: "0") && u[$0] <= UInt8(ascii: "9") }
        return digits && (u.count == 10 || u[10] == UInt8(ascii: "T"))
    }
}
