import ICU

extension QAChecks {
    /// UI messages in ICU MessageFormat: the target compiles, uses the same arguments as the source, and each
    /// plural (or selectordinal) has every category the target locale needs by CLDR (Arabic six, Russian four,
    /// Korean one) and no category the locale does not have. An explicit value (`=1`) stands in for a category
    /// that holds only that number (Arabic `one` is only 1).
    public static let messageFormat = QACheck(
        id: "message-format", title: "ICU MessageFormat: parses, same arguments, CLDR plural categories",
        severity: .error
    ) { input, context in
        guard input.isMessageFormat else { return [] }
        let target: MessageFormat
        do throws(ICUError) {
            target = try MessageFormat(pattern: input.targetText, locale: input.targetLocale)
        } catch {
            let at = error.column.map { " at column \($0)" } ?? ""
            return ["the target is not valid ICU MessageFormat\(at) (\(error.name)); fix the braces and keywords"]
        }
        var out: [String] = []
        if let source = try? MessageFormat(pattern: input.sourceText, locale: input.sourceLocale) {
            let s = Set(source.argumentNames), t = Set(target.argumentNames)
            for name in source.argumentNames where !t.contains(name) {
                out.append("the target lacks the argument {\(name)}; keep it")
            }
            for name in target.argumentNames where !s.contains(name) {
                out.append(
                    "the target has an argument {\(name)} the source does not; use the source's arguments (\(source.argumentNames.map { "{\($0)}" }.joined(separator: ", ")))"
                )
            }
        }
        let facts = context.facts(input.targetLocale)
        for name in target.argumentNames {
            for (type, rules) in [
                (MessageFormat.ArgumentType.plural, facts.pluralRules), (.selectOrdinal, facts.ordinalRules),
            ] {
                let keywords = target.keywords(for: name, of: type)
                guard !keywords.isEmpty, let rules else { continue }
                let categories = Set(keywords.filter { !$0.hasPrefix("=") })
                let explicit = Set(keywords.filter { $0.hasPrefix("=") }.compactMap { Int($0.dropFirst()) })
                let needed = rules.keywords
                let missing = needed.filter { k in
                    !categories.contains(k) && !(singleValue(of: k, rules).map(explicit.contains) ?? false)
                }
                let unknown = categories.subtracting(needed).sorted(by: PluralRules.isOrderedBefore)
                let kind = type == .plural ? "plural" : "selectordinal"
                if !missing.isEmpty {
                    out.append(
                        "{\(name), \(kind)} lacks \(missing.joined(separator: ", ")): \(input.targetLocale) needs \(needed.joined(separator: ", ")) (CLDR); add the missing branches"
                    )
                }
                if !unknown.isEmpty {
                    out.append(
                        "{\(name), \(kind)} has \(unknown.joined(separator: ", ")), which \(input.targetLocale) never selects (its categories: \(needed.joined(separator: ", "))); remove \(unknown.count == 1 ? "it" : "them")"
                    )
                }
            }
        }
        return out
    }

    /// The one integer a plural category holds, if it holds exactly one among 0…1000 (Arabic `zero`, `one`,
    /// `two`); nil otherwise.
    static func singleValue(of keyword: String, _ rules: PluralRules) -> Int? {
        var found: Int?
        for n in 0...1000 where rules.select(n) == keyword {
            if found != nil { return nil }
            found = n
        }
        // A category that also holds fractions ("1.5") is not one value.
        if let v = found, rules.select(Double(v) + 0.5) == keyword { return nil }
        return found
    }
}
