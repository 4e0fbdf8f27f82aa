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
            conflicts.append(
                GlossaryFinding(
                    check: "conflict", severity: .error, path: path, position: position,
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
                if existing.subjectField == nil {
                    existing.subjectField = s
                } else if existing.subjectField != s {
                    conflict(
                        incoming.position, incoming.id, nil,
                        "subject field '\(s)' differs from '\(existing.subjectField ?? "")'")
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
                    if target.definitions.isEmpty {
                        target.definitions.append(d)
                    } else {
                        conflict(
                            section.position, incoming.id, section.language, "definition differs from the existing one")
                    }
                }
                for n in section.notes where !target.notes.contains(n) { target.notes.append(n) }
                if target.definitionSource == nil { target.definitionSource = section.definitionSource }
                for term in section.terms {
                    if let oi = target.terms.firstIndex(where: { $0.text == term.text }) {
                        // What the file says is added to the term; what it does not say (a TSV glossary has no part
                        // of speech, no history) is no conflict; only a different value is.
                        let (merged, differing) = target.terms[oi].merging(term)
                        if differing.isEmpty {
                            target.terms[oi] = merged
                        } else {
                            conflict(
                                term.position, incoming.id, section.language,
                                "term '\(term.text)' has another \(differing.joined(separator: ", ")) than the existing one"
                            )
                        }
                        continue
                    }
                    if term.isPreferred && term.status != nil,
                        let current = target.terms.first(where: { $0.status == .preferred }),
                        current.termType == term.termType || current.termType == nil || term.termType == nil
                    {
                        conflict(
                            term.position, incoming.id, section.language,
                            "preferred term '\(term.text)' differs from the existing preferred '\(current.text)'")
                        continue
                    }
                    if term.status == nil, !target.terms.isEmpty, target.terms.allSatisfy({ $0.status == nil }) {
                        conflict(
                            term.position, incoming.id, section.language,
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

extension Term {
    /// This term with what `other` (the same term from an imported file) adds: attributes this one lacks, new
    /// subsets, contexts and notes, later history. `differing` names the attributes both give differently
    /// (then `merged` is of no use); an attribute `other` does not give is never a difference.
    func merging(_ other: Term) -> (merged: Term, differing: [String]) {
        var merged = self
        var differing: [String] = []
        func take<V: Equatable>(_ key: WritableKeyPath<Term, V?>, _ name: String) {
            guard let value = other[keyPath: key] else { return }
            if let mine = self[keyPath: key], mine != value {
                differing.append(name)
            } else {
                merged[keyPath: key] = value
            }
        }
        take(\.partOfSpeech, "part of speech")
        take(\.termType, "term type")
        take(\.status, "status")
        take(\.source, "source")
        merged.doNotTranslate = doNotTranslate || other.doNotTranslate
        for s in other.subsets where !merged.subsets.contains(s) { merged.subsets.append(s) }
        for c in other.contexts where !merged.contexts.contains(c) { merged.contexts.append(c) }
        for n in other.notes where !merged.notes.contains(n) { merged.notes.append(n) }
        // History: the longer of two where one continues the other (a review recorded elsewhere).
        if other.transactions.starts(with: transactions) {
            merged.transactions = other.transactions
        } else if !transactions.starts(with: other.transactions) {
            differing.append("history")
        }
        return (merged, differing)
    }
}
