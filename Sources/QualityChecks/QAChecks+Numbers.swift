import ICU

extension QAChecks {
    /// Every number of the source in the target, each side read the way its locale writes numbers, so a
    /// grouping separator read as a decimal one ("9,252" in Indonesian is 9.252) is caught; a whole number the
    /// target writes as words is found by CLDR's spell-out rules in every cardinal form ICU has ("sáu mươi" is
    /// 60, and so is Russian "шестидесяти"). Numbers in the
    /// source's dates, URLs and e-mail addresses are left to those checks.
    public static let numbers = QACheck(
        id: "numbers", title: "every number of the source in the target, read locale-aware", severity: .error
    ) { input, context in
        let sourceFacts = context.facts(input.sourceLocale), targetFacts = context.facts(input.targetLocale)
        let inSource = NumberReader(facts: sourceFacts).numbers(
            in: input.sourceText, excluding: excluded(input.sourceText, sourceFacts))
        guard !inSource.isEmpty else { return [] }
        // The target's dates stay in: a date the source's locale does not write ("15 March 2020" in en) is read
        // as numbers there, and its day and year must still be found.
        let inTarget = NumberReader(facts: targetFacts).numbers(
            in: input.targetText, excluding: context.protectedSpans(input.targetText).map(\.range))
        var out: [String] = []
        var reported = Set<Double>()
        var foldedTarget: String?
        for n in inSource
        where !inTarget.contains(where: { same($0.value, n.value) }) && reported.insert(n.value).inserted {
            // A number the translation writes as words, as CLDR spells it ("60" as "sáu mươi").
            if n.value == n.value.rounded(), (0..<10_000_000).contains(n.value) {
                let text =
                    foldedTarget
                    ?? CaseMapping.folded(Normalizer.nfc(input.targetText).replacingOccurrences(of: "-", with: " "))
                foldedTarget = text
                if targetFacts.spelledOut(Int(n.value)).contains(where: { containsWord($0, in: text) }) { continue }
            }
            var message = "the number \(n.text) of the source is missing in the target"
            // No hint for what reads as a year: years are not grouped ("2020", not "2 020").
            if !(1000...2999).contains(n.value) || n.value != n.value.rounded(),
                let expected = written(n.value, in: targetFacts), expected != n.text
            {
                message += "; in \(input.targetLocale) it is written \(expected)"
            }
            let digits = n.text.unicodeScalars.compactMap(CharacterProperties.digitValue)
            if let misread = inTarget.first(where: {
                $0.text.unicodeScalars.compactMap(CharacterProperties.digitValue) == digits
            }) {
                message +=
                    " (the target's \(misread.text) reads as \(written(misread.value, in: sourceFacts) ?? "\(misread.value)") in \(input.targetLocale))"
            }
            out.append(message)
        }
        return out
    }

    /// The dates of the source in the target: each side read with its locale's CLDR patterns and month names
    /// ("May 24" is "24 мая", "5월 24일", "24 tháng 5"); a target that writes the date its own way still has
    /// the month's name in its locale, the day and the year ("25 ga Janairu, 2020"). A dated day may also be
    /// written in another calendar CLDR lists for the target's locale ("ግንቦት 18 ቀን 2008 ዓ.ም." in Amharic, the
    /// Ethiopian day of 26 May 2016), converted through ICU.
    public static let dates = QACheck(
        id: "dates", title: "every date of the source in the target, read locale-aware", severity: .error
    ) { input, context in
        guard let sourceReader = context.facts(input.sourceLocale).dates,
            case let sourceDates = sourceReader.dates(in: input.sourceText), !sourceDates.isEmpty,
            let reader = context.facts(input.targetLocale).dates
        else { return [] }
        let targetDates = reader.dates(in: input.targetText)
        let others = context.facts(input.targetLocale).otherCalendarDates
        return sourceDates.filter { d in
            !targetDates.contains { $0.sameDay(as: d) } && !reader.mentions(d, in: input.targetText)
                && !others.contains { $0.writes(d, of: sourceReader, in: input.targetText) }
        }.map { d in
            let text = String(scalars: Array(input.sourceText.unicodeScalars)[d.range])
            var message = "the date \(QAChecks.quoted(text)) of the source is not in the target"
            if let example = example(d, locale: input.targetLocale) {
                message += "; in \(input.targetLocale) write e.g. \(QAChecks.quoted(example))"
            }
            if let other = targetDates.first {
                message += " (the target has \(other.day)/\(other.month)\(other.year.map { "/\($0)" } ?? ""))"
            }
            return message
        }
    }

    /// Ranges the number check leaves alone: dates, URLs, e-mail addresses.
    static func excluded(_ text: String, _ facts: LocaleFacts) -> [Range<Int>] {
        (facts.dates?.dates(in: text).map(\.range) ?? []) + protectedSpans(text).map(\.range)
    }

    /// Whether `words` occurs in `text` with no letter or digit right before or after it.
    static func containsWord(_ words: String, in text: String) -> Bool {
        var rest = text[...]
        while let r = rest.range(of: words) {
            let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : nil
            let after = r.upperBound < text.endIndex ? text[r.upperBound] : nil
            if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false)
                && !(after?.isNumber ?? false)
            {
                return true
            }
            rest = text[text.index(after: r.lowerBound)...]
        }
        return false
    }

    static func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a)) }

    static func written(_ value: Double, in facts: LocaleFacts) -> String? {
        guard let format = facts.numberFormat else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return format.format(Int(value)) }
        return format.format(value)
    }

    static func example(_ d: DateReader.Match, locale: String) -> String? {
        let skeleton = d.year == nil ? "MMMMd" : "yMMMMd"
        guard
            let date = try? CalendarDate(
                year: d.year.map { d.twoDigitYear ? 2000 + $0 : $0 } ?? 2000, month: d.month, day: d.day),
            let format = try? DateFormat(locale: locale, skeleton: skeleton)
        else { return nil }
        return format.format(date)
    }
}
