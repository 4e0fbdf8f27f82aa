import ICU

extension Termbase {
    /// What applying review decisions did.
    public struct ReviewOutcome: Sendable, Equatable {
        /// `concept/locale` of the decisions that changed the termbase, in order.
        public var changed: [String] = []
        /// `concept/locale` of the decisions the termbase already reflects (a sheet applied before).
        public var unchanged: [String] = []
    }

    /// Records `decisions` in the termbase, by `editor` on `date` (`YYYY-MM-DD`), in TBX-Basic's own terms:
    /// administrative statuses, notes, and a `transacGrp` per decided term.
    ///
    /// - approve: every proposed term gets an approval transaction; the draft marker goes (its reason stays).
    /// - correct: the corrected term becomes the preferred one, approved; the old preferred term keeps
    ///   `retiredStatus` with a correction transaction; the comment becomes a note on the new term.
    /// - reject: every proposed term is deprecated with a rejection transaction; the section is flagged
    ///   "rejected: needs a new proposal".
    ///
    /// A decision the termbase already reflects changes nothing, so applying a sheet twice is idempotent. The
    /// caller has checked that each concept and section exists (`ReviewSheet.read`); a decision for a missing one
    /// is counted as unchanged.
    public mutating func apply(_ decisions: [ReviewDecision], editor: String, date: String) -> ReviewOutcome {
        var outcome = ReviewOutcome()
        for d in decisions {
            let key = "\(d.conceptID)/\(d.locale)"
            guard let ci = concepts.firstIndex(where: { $0.id == d.conceptID }),
                let si = concepts[ci].languages.firstIndex(where: { $0.language == d.locale })
            else {
                outcome.unchanged.append(key)
                continue
            }
            let changed = concepts[ci].languages[si].apply(d, editor: editor, date: date)
            if changed { outcome.changed.append(key) } else { outcome.unchanged.append(key) }
        }
        return outcome
    }
}

extension LanguageSection {
    /// Applies one decision; false when the section already reflects it.
    mutating func apply(_ d: ReviewDecision, editor: String, date: String) -> Bool {
        let comment = d.comment.map { Normalizer.normalize($0.trimmingWhitespace(), .nfc) }.flatMap {
            $0.isEmpty ? nil : $0
        }
        func transaction(_ kind: Transaction.Kind, _ note: String) -> Transaction {
            Transaction(kind, responsibility: editor, date: date, note: note)
        }
        switch d.kind {
        case .approve:
            guard reviewStatus != .validated else { return false }
            let proposed = terms.indices.filter { terms[$0].status != .deprecated && terms[$0].status != .superseded }
            guard !proposed.isEmpty else { return false }
            for i in proposed where !terms[i].isValidated {
                terms[i].transactions.append(transaction(.modification, ReviewDecision.Kind.approve.transactionNote))
            }
            if let comment, let first = proposed.first, !terms[first].notes.contains(comment) {
                terms[first].notes.append(comment)
            }
            clearDraftNote()
            return true
        case .correct:
            guard let corrected = d.correctedTerm.map({ Normalizer.normalize($0.trimmingWhitespace(), .nfc) }),
                !corrected.isEmpty
            else { return false }
            if let current = preferredTerm, current.text == corrected, current.isValidated, reviewStatus == .validated {
                return false
            }
            let old = preferredTerm
            let approval = ReviewDecision.Kind.approve.transactionNote
            var newTerm: Term
            if let existing = terms.firstIndex(where: { $0.text == corrected }) {
                newTerm = terms.remove(at: existing)
                newTerm.transactions.append(transaction(.modification, approval))
            } else {
                newTerm = Term(
                    corrected, partOfSpeech: old?.partOfSpeech, termType: old?.termType,
                    transactions: [transaction(.origination, approval)])
            }
            newTerm.status = .preferred
            if let comment, !newTerm.notes.contains(comment) { newTerm.notes.append(comment) }
            var insertAt = 0
            if let old, old.text != corrected, let i = terms.firstIndex(where: { $0.text == old.text }) {
                terms[i].status = d.retiredStatus
                terms[i].transactions.append(
                    transaction(
                        .modification,
                        "\(ReviewDecision.Kind.correct.transactionNote): \(d.retiredStatus.shortName), replaced by \(corrected)"
                    ))
                insertAt = i
            }
            terms.insert(newTerm, at: insertAt)
            clearDraftNote()
            notes.removeAll { $0.hasPrefix(Self.rejectedNote) }
            return true
        case .reject:
            guard reviewStatus != .rejected else { return false }
            for i in terms.indices where terms[i].status != .deprecated && terms[i].status != .superseded {
                terms[i].status = .deprecated
                terms[i].transactions.append(transaction(.modification, ReviewDecision.Kind.reject.transactionNote))
            }
            clearDraftNote()
            notes.append(Self.rejectedNote + (comment.map { " — " + $0 } ?? ""))
            return true
        }
    }
}
