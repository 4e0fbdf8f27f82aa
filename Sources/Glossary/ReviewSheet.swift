import ICU
import JejuSupport

/// A review sheet: one row per concept for one language, with what an editor needs to judge the proposed terms
/// (definition, subject, usage notes, evidence from the notices, other termbases' renderings) and three columns
/// for the decision. Written as CSV for spreadsheets (formula cells escaped) and read back by
/// `jeju glossary review apply`.
public struct ReviewSheet: Sendable, Equatable {
    /// A source sentence where the concept's English term occurs, with its current translation.
    public struct Evidence: Sendable, Equatable, Codable {
        /// Where the sentence is (`locales/ru/notice.xlf:42`).
        public var place: String
        /// The English sentence.
        public var source: String
        /// Its translation, nil when not translated yet.
        public var translation: String?

        /// Evidence.
        public init(place: String, source: String, translation: String?) {
            self.place = place
            self.source = source
            self.translation = translation
        }
    }

    /// One concept's row.
    public struct Row: Sendable, Equatable, Codable {
        /// The concept id.
        public var conceptID: String
        /// The preferred English term (the sheet is refused when it has changed since export).
        public var englishTerm: String
        /// The English definition.
        public var definition: String
        /// The subject field.
        public var subject: String
        /// The proposed terms, each with its administrative and review status.
        public var proposedTerms: [String]
        /// The section's review status.
        public var status: ReviewStatus
        /// Usage notes (language section and term notes; TBX-Basic keeps register in them too).
        public var usageNotes: [String]
        /// Up to three sentences from the notices.
        public var evidence: [Evidence]
        /// Renderings in other termbases (`term (file)`), empty when none is given.
        public var otherTermbases: [String]
    }

    /// The sheet's language.
    public var locale: String
    /// The rows, in termbase order.
    public var rows: [Row]

    /// The columns of the CSV sheet, in order; the last four are the editor's.
    public static let columns = [
        "locale", "concept", "english_term", "definition", "subject", "proposed_terms", "status",
        "usage_note", "evidence", "other_termbases", "decision", "corrected_term",
        "old_term_status", "comment",
    ]
    /// The columns `read` needs.
    static let required = [
        "locale", "concept", "english_term", "decision", "corrected_term", "old_term_status", "comment",
    ]

    /// The sheet for `locale`: every concept with a section in it (`onlyDrafts`: only draft sections), with
    /// evidence and other renderings from the caller.
    public init(
        termbase: Termbase, locale: String, sourceLocale: String, onlyDrafts: Bool,
        evidence: (Concept) -> [Evidence], otherTermbases: (Concept) -> [String]
    ) {
        self.locale = locale
        rows = termbase.concepts.compactMap { c in
            guard let section = c.languages.first(where: { $0.language == locale }) else { return nil }
            let status = section.reviewStatus
            if onlyDrafts && status != .draft { return nil }
            let english = c.section(sourceLocale)
            return Row(
                conceptID: c.id, englishTerm: english?.preferredTerm?.text ?? "",
                definition: c.definition(sourceLocale) ?? "",
                subject: c.subjectField ?? "",
                proposedTerms: section.terms.map { t in
                    let review =
                        t.status == .deprecated || t.status == .superseded
                        ? "" : t.isValidated ? ", validated" : ", draft"
                    return "\(t.text) (\(t.status?.shortName ?? "no status")\(review))"
                },
                status: status, usageNotes: section.usageNotes + section.terms.flatMap(\.notes),
                evidence: evidence(c), otherTermbases: otherTermbases(c))
        }
    }

    /// The sheet as CSV: a header, one row per concept, decision columns empty; every text cell that would start
    /// a formula escaped.
    public func csv() -> String {
        var out = DelimitedText.csvRecord(Self.columns)
        for r in rows {
            let evidence = r.evidence.map { e in "\(e.source) → \(e.translation ?? "(not translated yet)") [\(e.place)]"
            }
            out += DelimitedText.csvRecord(
                [
                    locale, r.conceptID, r.englishTerm, r.definition, r.subject,
                    r.proposedTerms.joined(separator: "\n"),
                    r.status.rawValue, r.usageNotes.joined(separator: "\n"), evidence.joined(separator: "\n"),
                    r.otherTermbases.joined(separator: "\n"), "", "", "", "",
                ].map(DelimitedText.spreadsheetSafe))
        }
        return out
    }

    /// Reads the decisions of a CSV sheet, checking every row against the termbase: the locale (`expected`, else
    /// one of `locales`, the same on every row), the concept id, the English term (unchanged since export), and
    /// the decision columns. Undecided rows give no decision. Every problem is returned with its line and column
    /// and a rule code; the caller applies nothing when there is one. `undecided` counts the rows left empty.
    public static func read(
        _ text: String, path: String, termbase: Termbase, sourceLocale: String, locales: [String], expected: String?
    ) throws(Diagnostic) -> (decisions: [ReviewDecision], undecided: Int, problems: [Diagnostic]) {
        let table = try DelimitedText.parse(text, dialect: .csv, path: path)
        func problem(_ f: DelimitedText.Field, _ message: String, _ rule: String) -> Diagnostic {
            Diagnostic(rule: "review.\(rule)", path: path, line: f.line, column: f.column, message: message)
        }
        guard let header = table.records.first else {
            throw Diagnostic(
                rule: "review.header", path: path, line: 1, column: 1,
                message: "an empty sheet: export one with 'jeju glossary review export'")
        }
        var index: [String: Int] = [:]
        for (i, f) in header.enumerated() {
            let name = f.value.trimmingWhitespace().lowercased()
            guard columns.contains(name) else {
                throw problem(
                    f, "unknown column '\(f.value)'; a review sheet has \(columns.joined(separator: ", "))", "header")
            }
            guard index[name] == nil else { throw problem(f, "column '\(f.value)' is given twice", "header") }
            index[name] = i
        }
        let missing = required.filter { index[$0] == nil }
        guard missing.isEmpty else {
            throw Diagnostic(
                rule: "review.header", path: path, line: 1, column: 1,
                message:
                    "the header lacks \(missing.joined(separator: ", ")): the sheet was not exported by 'jeju glossary review export'"
            )
        }
        var decisions: [ReviewDecision] = []
        var problems: [Diagnostic] = []
        var undecided = 0
        var sheetLocale: (tag: String, line: Int)?
        var seen: [String: Int] = [:]
        rows: for record in table.records.dropFirst() {
            if let bad = DelimitedText.fieldCountProblem(record, header: header, path: path) {
                problems.append(
                    Diagnostic(
                        rule: "review.fields", path: path, line: bad.line, column: bad.column, message: bad.message))
                continue
            }
            func field(_ name: String) -> DelimitedText.Field {
                // Every required column is in `index`; informational ones may be absent.
                record[index[name] ?? 0]
            }
            func value(_ name: String) -> String {
                DelimitedText.spreadsheetValue(field(name).value).trimmingWhitespace()
            }
            let localeField = field("locale"), locale = value("locale")
            if let expected, locale != expected {
                problems.append(problem(localeField, "the sheet is for '\(locale)', not '\(expected)'", "locale"))
                continue rows
            }
            if let sheetLocale, sheetLocale.tag != locale {
                problems.append(
                    problem(
                        localeField,
                        "a second locale '\(locale)' (the sheet is for '\(sheetLocale.tag)' from line \(sheetLocale.line))",
                        "locale"))
                continue rows
            }
            guard locales.contains(locale) else {
                problems.append(
                    problem(
                        localeField,
                        "'\(locale)' is not a target locale of the project (\(locales.joined(separator: ", ")))",
                        "locale"))
                continue rows
            }
            sheetLocale = sheetLocale ?? (locale, localeField.line)
            let conceptField = field("concept"), conceptID = value("concept")
            guard let concept = termbase.concept(id: conceptID) else {
                problems.append(problem(conceptField, "unknown concept id '\(conceptID)'", "concept"))
                continue rows
            }
            if let before = seen[conceptID] {
                problems.append(
                    problem(
                        conceptField, "concept '\(conceptID)' is decided twice (first at line \(before))", "duplicate"))
                continue rows
            }
            seen[conceptID] = conceptField.line
            guard concept.languages.contains(where: { $0.language == locale }) else {
                problems.append(problem(conceptField, "concept '\(conceptID)' has no terms in \(locale)", "concept"))
                continue rows
            }
            let english = concept.preferredTerm(sourceLocale)?.text ?? ""
            if value("english_term") != english {
                problems.append(
                    problem(
                        field("english_term"),
                        "the English term was '\(value("english_term"))' when the sheet was exported and is '\(english)' now; export a new sheet",
                        "english-term"))
                continue rows
            }
            let decisionText = value("decision").lowercased()
            let corrected = value("corrected_term"), oldStatus = value("old_term_status").lowercased(),
                comment = value("comment")
            if decisionText.isEmpty {
                if !corrected.isEmpty || !oldStatus.isEmpty {
                    problems.append(
                        problem(
                            field("decision"),
                            "no decision, but a corrected term or old-term status is given: write 'correct' in decision",
                            "decision"))
                }
                undecided += 1
                continue rows
            }
            guard let kind = ReviewDecision.Kind(rawValue: decisionText) else {
                problems.append(
                    problem(
                        field("decision"), "decision '\(value("decision"))' is not approve, correct, reject or empty",
                        "decision"))
                continue rows
            }
            var retired = Term.AdministrativeStatus.superseded
            if kind == .correct {
                guard !corrected.isEmpty else {
                    problems.append(
                        problem(
                            field("corrected_term"), "decision 'correct' needs the corrected term", "corrected-term"))
                    continue rows
                }
                switch oldStatus {
                case "", "superseded": retired = .superseded
                case "deprecated": retired = .deprecated
                default:
                    problems.append(
                        problem(
                            field("old_term_status"),
                            "old_term_status '\(oldStatus)' is not superseded, deprecated or empty", "old-term-status"))
                    continue rows
                }
            } else if !corrected.isEmpty || !oldStatus.isEmpty {
                let f = corrected.isEmpty ? field("old_term_status") : field("corrected_term")
                problems.append(
                    problem(
                        f, "a corrected term or old-term status is only for decision 'correct', not '\(kind.rawValue)'",
                        "corrected-term"))
                continue rows
            }
            if kind == .approve,
                concept.languages.first(where: { $0.language == locale })?.proposedTerms.isEmpty ?? true
            {
                problems.append(
                    problem(
                        field("decision"),
                        "nothing to approve: every term of '\(conceptID)' in \(locale) is deprecated; give a corrected term",
                        "decision"))
                continue rows
            }
            decisions.append(
                ReviewDecision(
                    kind, conceptID: conceptID, locale: locale, correctedTerm: corrected.isEmpty ? nil : corrected,
                    retiredStatus: retired, comment: comment.isEmpty ? nil : comment))
        }
        return (decisions, undecided, problems)
    }
}
