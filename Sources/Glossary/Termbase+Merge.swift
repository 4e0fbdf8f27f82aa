/// Merging an imported termbase into an existing one without overwriting anything.
extension Termbase {
    /// The termbase with `other`'s concepts added: new concepts appended, new languages and terms added to
    /// existing concepts. Where `other` disagrees with what is there (a different preferred term, a term with
    /// other attributes, another subject field), the existing data stays and a `conflict` finding (at the
    /// position in `other`'s file, `path`) says so.
    public func merging(_ other: Termbase, path: String) -> (termbase: Termbase, conflicts: [GlossaryFinding]) {
        var result = self
        var conflicts: [GlossaryFinding] = []
        var index: [String: Int] = [:]
        for (i, c) in result.concepts.enumerated() where index[c.id] == nil { index[c.id] = i }
        func conflict(_ position: SourcePosition?, _ concept: String, _ locale: String?, _ message: String) {
            conflicts.append(GlossaryFinding(check: "conflict", severity: .error, path: path, position: position,
                                             conceptID: concept, locale: locale, message: message + "; kept the existing data"))
        }
        if result.title == nil { result.title = other.title }
        if result.sourceDescription.isEmpty { result.sourceDescription = other.sourceDescription }
        for incoming in other.concepts {
            guard let i = index[incoming.id] else {
                index[incoming.id] = result.concepts.count
                result.concepts.append(incoming)
                continue
            }
            var existing = result.concepts[i]
            if let s = incoming.subjectField {
                if existing.subjectField == nil { existing.subjectField = s } else if existing.subjectField != s {
                    conflict(incoming.position, incoming.id, nil, "subject field '\(s)' differs from '\(existing.subjectField ?? "")'")
                }
            }
            existing.isProperName = existing.isProperName || incoming.isProperName
            for s in incoming.subsets where !existing.subsets.contains(s) { existing.subsets.append(s) }
            for d in incoming.definitions where !existing.definitions.contains(d) { existing.definitions.append(d) }
            for n in incoming.notes where !existing.notes.contains(n) { existing.notes.append(n) }
            if existing.source == nil { existing.source = incoming.source }
            for section in incoming.languages {
                guard let si = existing.languages.firstIndex(where: { $0.language == section.language }) else {
                    existing.languages.append(section)
                    continue
                }
                var target = existing.languages[si]
                for d in section.definitions where !target.definitions.contains(d) {
                    if target.definitions.isEmpty { target.definitions.append(d) } else {
                        conflict(section.position, incoming.id, section.language, "definition differs from the existing one")
                    }
                }
                for n in section.notes where !target.notes.contains(n) { target.notes.append(n) }
                if target.definitionSource == nil { target.definitionSource = section.definitionSource }
                for term in section.terms {
                    if let oi = target.terms.firstIndex(where: { $0.text == term.text }) {
                        let old = target.terms[oi]
                        var withHistory = old
                        withHistory.transactions = term.transactions
                        if old != term && withHistory == term && term.transactions.starts(with: old.transactions) {
                            // The same term with later history (a review recorded elsewhere): the history is kept.
                            target.terms[oi].transactions = term.transactions
                        } else if old != term {
                            conflict(term.position, incoming.id, section.language,
                                     "term '\(term.text)' has other attributes than the existing one")
                        }
                        continue
                    }
                    if term.isPreferred && term.status != nil, let current = target.terms.first(where: { $0.status == .preferred }),
                       current.termType == term.termType || current.termType == nil || term.termType == nil {
                        conflict(term.position, incoming.id, section.language,
                                 "preferred term '\(term.text)' differs from the existing preferred '\(current.text)'")
                        continue
                    }
                    if term.status == nil, !target.terms.isEmpty, target.terms.allSatisfy({ $0.status == nil }) {
                        conflict(term.position, incoming.id, section.language,
                                 "term '\(term.text)' differs from the existing '\(target.terms[0].text)'")
                        continue
                    }
                    target.terms.append(term)
                }
                if section.reviewStatus == .validated && target.reviewStatus == .draft { target.clearDraftNote() }
                existing.languages[si] = target
            }
            result.concepts[i] = existing
        }
        return (result, conflicts)
    }
}
