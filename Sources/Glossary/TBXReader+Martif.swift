import ICU
import JejuSupport

/// TBX 2008 (ISO 30042:2008, `martif`), as OmegaT, Translate Toolkit and SDL MultiTerm write it.
///
/// Those tools differ in small ways: `tig` (term + termNotes) or `ntig` (`termGrp` holding them); data-category
/// names spelled `partOfSpeech`, `Part of Speech` or `part-of-speech`; status values `preferredTerm-admn-sts`
/// or `preferred`; `lang` instead of `xml:lang` in old files. All of them are read; what has no place in the
/// model is reported as a warning.
extension TBXReader {
    mutating func readMartif(_ root: XElement) -> Termbase {
        var termbase = Termbase()
        if let header = root.element(named: "martifHeader") { readHeader(header, into: &termbase) }
        guard let body = root.element(named: "text")?.element(named: "body") else {
            report(root, "<martif> has no <text><body>")
            return termbase
        }
        for entry in body.elements {
            guard entry.name == "termEntry" else {
                report(entry, "<\(entry.name)> in <body> is not a <termEntry>", severity: .warning, check: "not-kept")
                continue
            }
            termbase.concepts.append(readTermEntry(entry))
        }
        checkIDs(termbase)
        return termbase
    }

    mutating func readTermEntry(_ entry: XElement) -> Concept {
        var concept = Concept(id: entry.attribute("id") ?? "", position: Self.position(entry))
        if concept.id.isEmpty || !Self.isNCName(concept.id) {
            let original = concept.id
            concept.id = nextID()
            if !original.isEmpty {
                report(
                    entry, "termEntry id '\(original)' is not an XML name; read as '\(concept.id)'",
                    severity: .warning, check: "not-kept", concept: concept.id)
            }
        }
        for child in entry.elements {
            switch child.name {
            case "langSet", "langSec": concept.languages.append(readLangSet(child, concept: concept.id))
            case "descrip", "descripGrp", "admin", "adminGrp", "note":
                readMartifConceptData(child, into: &concept)
            default: notKept(child, concept: concept.id)
            }
        }
        if concept.languages.isEmpty { report(entry, "<termEntry> has no <langSet>", concept: concept.id) }
        return concept
    }

    mutating func readMartifConceptData(_ e: XElement, into concept: inout Concept) {
        switch (e.name, Self.typeKey(e.attribute("type"))) {
        case ("descrip", "subjectfield"): concept.subjectField = Self.content(e)
        case ("descrip", "definition"): concept.definitions.append(Self.content(e))
        case ("admin", "source"), ("admin", "definitionsource"): concept.source = Self.content(e)
        case ("admin", "projectsubset"), ("admin", "customersubset"):
            let value = Self.content(e)
            if value == "proper-name" { concept.isProperName = true } else { concept.subsets.append(value) }
        case ("note", _): concept.notes.append(Self.content(e))
        case ("descripGrp", _), ("adminGrp", _):
            for part in e.elements { readMartifConceptData(part, into: &concept) }
        default: notKept(e, concept: concept.id)
        }
    }

    mutating func readLangSet(_ element: XElement, concept: String) -> LanguageSection {
        let tag = LanguageTag(element.attribute("xml:lang") ?? element.attribute("lang") ?? "").hyphenated
        var section = LanguageSection(language: tag, position: Self.position(element))
        if tag.isEmpty {
            report(element, "<langSet> has no xml:lang", concept: concept)
        } else {
            checkLanguage(element, tag, concept: concept)
        }
        for child in element.elements {
            switch child.name {
            case "tig", "ntig", "termSec":
                section.terms.append(readTig(child, concept: concept, locale: tag))
            default:
                readMartifLanguageData(child, into: &section, concept: concept)
            }
        }
        if section.terms.isEmpty { report(element, "<langSet> has no term", concept: concept, locale: tag) }
        return section
    }

    mutating func readMartifLanguageData(_ e: XElement, into section: inout LanguageSection, concept: String) {
        switch (e.name, Self.typeKey(e.attribute("type"))) {
        case ("descrip", "definition"): section.definitions.append(Self.content(e))
        case ("admin", "source"), ("admin", "definitionsource"): section.definitionSource = Self.content(e)
        case ("note", _): section.notes.append(Self.content(e))
        case ("descripGrp", _):
            for part in e.elements { readMartifLanguageData(part, into: &section, concept: concept) }
        default: notKept(e, concept: concept, locale: section.language)
        }
    }

    mutating func readTig(_ element: XElement, concept: String, locale: String) -> Term {
        var term = Term("", position: Self.position(element))
        var found = false
        func visit(_ e: XElement, _ reader: inout TBXReader) {
            switch e.name {
            case "term":
                term.text = Self.collapseLayout(e.text)
                term.position = Self.position(e)
                found = true
            case "termGrp":
                for part in e.elements { visit(part, &reader) }
            case "termNote":
                reader.readMartifTermNote(e, into: &term, concept: concept, locale: locale)
            case "descrip" where Self.typeKey(e.attribute("type")) == "context":
                term.contexts.append(Self.content(e))
            case "descrip" where Self.typeKey(e.attribute("type")) == "definition":
                term.notes.append(Self.content(e))
            case "admin":
                switch Self.typeKey(e.attribute("type")) {
                case "source": term.source = Self.content(e)
                case "projectsubset", "customersubset":
                    let value = Self.content(e)
                    if value == "do-not-translate" { term.doNotTranslate = true } else { term.subsets.append(value) }
                default: reader.notKept(e, concept: concept, locale: locale)
                }
            case "note": term.notes.append(Self.content(e))
            case "transacGrp":
                if let t = reader.readTransacGrp(e, strict: false, concept: concept, locale: locale) {
                    term.transactions.append(t)
                }
            case "descripGrp", "adminGrp", "termNoteGrp":
                for part in e.elements { visit(part, &reader) }
            default: reader.notKept(e, concept: concept, locale: locale)
            }
        }
        for child in element.elements { visit(child, &self) }
        if !found { report(element, "<\(element.name)> has no <term>", concept: concept, locale: locale) }
        return term
    }

    mutating func readMartifTermNote(_ note: XElement, into term: inout Term, concept: String, locale: String) {
        let value = Self.content(note).trimmingWhitespace()
        let lower = value.lowercased()
        switch Self.typeKey(note.attribute("type")) {
        case "partofspeech":
            if let pos = Term.PartOfSpeech(rawValue: lower) {
                term.partOfSpeech = pos
            } else if lower == "proper noun" || lower == "propernoun" {
                term.partOfSpeech = .noun
            } else if ["adj", "adj."].contains(lower) {
                term.partOfSpeech = .adjective
            } else if lower.isEmpty {
                break
            } else {
                term.partOfSpeech = .other; term.notes.append("partOfSpeech: \(value)")
            }
        case "termtype":
            if let type = Term.TermType.allCases.first(where: {
                $0.rawValue.lowercased() == lower.filter { $0.isLetter }
            }) {
                term.termType = type
            } else if !lower.isEmpty {
                notKept(note, concept: concept, locale: locale)
            }
        case "administrativestatus", "status", "usagestatus", "normativeauthorization":
            if let status = Term.AdministrativeStatus(name: value) {
                term.status = status
            } else if ["standardized", "approved"].contains(lower) {
                term.status = .preferred
            } else if ["forbidden", "rejected", "obsolete"].contains(lower) {
                term.status = .deprecated
            } else if !lower.isEmpty {
                notKept(note, concept: concept, locale: locale)
            }
        default:
            notKept(note, concept: concept, locale: locale)
        }
    }
}
