import Foundation
import Interchange
import JejuSupport

/// Checks PO files the way `msgfmt -c` (`--check`) does: syntax, the header entry and its fields, duplicate
/// messages, plural forms against the header's `nplurals`, `c-format`/`python-format` placeholders of msgid
/// and msgstr, and the leading/trailing newline rule. Fuzzy and untranslated entries are not compared (msgfmt
/// skips them too); obsolete (`#~`) entries are only parsed.
public enum POValidator {
    /// The header fields `msgfmt --check-header` expects.
    static let headerFields = [
        "Project-Id-Version", "PO-Revision-Date", "Last-Translator", "Language-Team", "MIME-Version", "Content-Type",
        "Content-Transfer-Encoding", "Language",
    ]

    /// Parses and checks PO bytes.
    public static func validate(_ data: Data, path: String) -> [ValidationFinding] {
        let result = POParser.parse(data, path: path)
        var findings = result.errors.map { ValidationFinding(rule: "po.syntax", $0) }
        func report(_ line: Int?, _ rule: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
            findings.append(
                ValidationFinding(
                    rule: "po.\(rule)", severity: severity, path: path, line: line,
                    column: line == nil ? nil : 1, message: message))
        }
        if let charset = result.charset, charset == "utf-8" || charset == "utf8" {
            var bytes = [UInt8](data)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            do throws(Diagnostic) {
                _ = try TextFile.decode(Data(bytes), path: path)
            } catch {
                findings.append(ValidationFinding(rule: "po.encoding", error))
            }
        }

        // The header.
        let live = result.entries.filter { !$0.isObsolete }
        let header = result.header
        let fields = result.headerFields
        if header == nil || (header?.translations.first?.text.isEmpty ?? true) {
            report(
                header?.line, "header",
                "the PO file header is missing or empty (msgfmt -c needs a header entry: msgid \"\" with Content-Type and Plural-Forms)"
            )
        } else if let header {
            for name in headerFields where !fields.contains(where: { $0.name == name }) {
                report(header.line, "header-field", "header field '\(name)' missing in header", .warning)
            }
            if result.charset == nil || result.charset == "charset" {
                report(header.line, "header-charset", "the header's Content-Type names no charset", .warning)
            }
        }
        // Plural forms.
        let pluralForms = fields.first { $0.name == "Plural-Forms" }?.value
        let nplurals = pluralForms.flatMap(Self.nplurals)
        let pluralEntries = live.filter { $0.pluralID != nil && !$0.isFuzzy && !$0.isUntranslated }
        if let first = pluralEntries.first {
            if pluralForms?.contains("plural=") != true {
                report(
                    first.pluralID?.line, "plural-forms",
                    "the catalogue has plural translations, but the header lacks a \"plural=EXPRESSION\" in Plural-Forms"
                )
            }
            if nplurals == nil {
                report(
                    first.pluralID?.line, "plural-forms",
                    "the catalogue has plural translations, but the header lacks \"nplurals=INTEGER\" in Plural-Forms")
            }
        }
        // Duplicates (context + msgid).
        var seen: [String: Int] = [:]
        for entry in live {
            guard let id = entry.id else { continue }
            let key = (entry.context.map { $0.text + "\u{4}" } ?? "") + id.text
            if let first = seen[key] {
                report(id.line, "duplicate", "duplicate message definition (the first is at line \(first))")
            } else {
                seen[key] = id.line
            }
        }
        // Per entry.
        for entry in live where !entry.isHeader && !entry.isFuzzy && !entry.isUntranslated {
            guard let id = entry.id else { continue }
            if let n = nplurals, entry.pluralID != nil, entry.translations.count != n {
                report(
                    entry.translations.first?.line, "plural-forms",
                    "the header says nplurals=\(n), but this entry has \(entry.translations.count) plural form(s)")
            }
            for (index, translation) in entry.translations.enumerated() {
                let source = index == 0 ? id.text : (entry.pluralID?.text ?? id.text)
                let name = entry.isPlural ? "msgstr[\(index)]" : "msgstr"
                let sourceName = index == 0 ? "msgid" : "msgid_plural"
                if source.hasPrefix("\n") != translation.text.hasPrefix("\n") {
                    report(
                        translation.line, "newline",
                        "'\(sourceName)' and '\(name)' entries do not both begin with '\\n'")
                }
                if source.hasSuffix("\n") != translation.text.hasSuffix("\n") {
                    report(
                        translation.line, "newline", "'\(sourceName)' and '\(name)' entries do not both end with '\\n'")
                }
                for language in entry.flags where language == "c-format" || language == "python-format" {
                    checkFormat(
                        source: source, translation: translation, names: (sourceName, name), language: language,
                        plural: entry.pluralID != nil, report: report)
                }
            }
        }
        return findings.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }

    static func checkFormat(
        source: String, translation: POSyntaxEntry.Field, names: (String, String), language: String, plural: Bool,
        report: (Int?, String, String, Diagnostic.Severity) -> Void
    ) {
        let rule = language
        guard case .success(let expected) = POFormatDirectives.parse(source, language: language) else {
            if case .failure(let e) = POFormatDirectives.parse(source, language: language) {
                report(translation.line, rule, "'\(names.0)' is not a valid \(language) string: \(e.reason)", .error)
            }
            return
        }
        switch POFormatDirectives.parse(translation.text, language: language) {
        case .failure(let e):
            report(translation.line, rule, "'\(names.1)' is not a valid \(language) string: \(e.reason)", .error)
        case .success(let actual):
            if language == "python-format", expected.contains(where: { Int($0.argument) == nil }) {
                let known = Dictionary(expected.map { ($0.argument, $0.type) }, uniquingKeysWith: { a, _ in a })
                for d in actual {
                    guard let type = known[d.argument] else {
                        report(
                            translation.line, rule,
                            "a format specification for argument '\(d.argument)', as in '\(names.1)', doesn't exist in '\(names.0)'",
                            .error)
                        continue
                    }
                    if type != d.type {
                        report(
                            translation.line, rule,
                            "format specifications in '\(names.0)' and '\(names.1)' for argument '\(d.argument)' are not the same",
                            .error)
                    }
                }
                return
            }
            let e = expected.sorted { $0.argument < $1.argument }, a = actual.sorted { $0.argument < $1.argument }
            // A plural translation may drop the number (msgstr[0] "one file" for "%d files").
            if plural && a.count + 1 == e.count && e.count >= 1 { return }
            if e.count != a.count {
                report(
                    translation.line, rule,
                    "number of format specifications in '\(names.0)' and '\(names.1)' does not match", .error)
            } else if e != a {
                report(
                    translation.line, rule, "format specifications in '\(names.0)' and '\(names.1)' are not the same",
                    .error)
            }
        }
    }

    /// `nplurals=N` from a Plural-Forms value.
    static func nplurals(_ value: String) -> Int? {
        guard let r = value.range(of: "nplurals=") else { return nil }
        return Int(value[r.upperBound...].prefix { $0.isNumber })
    }
}
