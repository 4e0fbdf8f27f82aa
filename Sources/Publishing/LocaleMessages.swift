import ICU
import JejuSupport

/// The UI messages of one locale, ready to format: each key's translated pattern when there is one at the
/// minimum state (and it compiles), else the English pattern, shown inside `lang="en"`.
///
/// Holds ICU formatters: not thread-safe; one per locale and thread.
final class LocaleMessages {
    private struct Entry {
        let format: MessageFormat
        let isFallback: Bool
    }

    let tag: String
    let sourceTag: String
    private var entries: [String: Entry] = [:]
    /// Keys shown in English.
    private(set) var fallbackKeys: [String] = []

    /// Resolves every message for `tag`. Translations that do not compile, or that use arguments the English
    /// message lacks, are reported in `warnings` and replaced by English.
    init(
        source: PageMessages, sourceTag: String, tag: String, translation: NoticeTranslation?,
        minimumState: TranslationState,
        isSource: Bool, warnings: inout [Diagnostic]
    ) throws(Diagnostic) {
        self.tag = tag
        self.sourceTag = sourceTag
        let icu = LanguageTag(tag).icuLocale, sourceICU = LanguageTag(sourceTag).icuLocale
        for (key, pattern) in source.patterns.sorted(by: { $0.key < $1.key }) {
            let english: MessageFormat
            do { english = try MessageFormat(pattern: pattern, locale: sourceICU) } catch {
                throw Diagnostic(rule: "messages.format", path: "ui.json", message: "message '\(key)': \(error)")
            }
            guard !isSource,
                let target = Self.target(of: key, pattern: pattern, in: translation, minimumState: minimumState)
            else {
                entries[key] = Entry(format: english, isFallback: !isSource)
                if !isSource { fallbackKeys.append(key) }
                continue
            }
            var problem: String?
            do {
                let translated = try MessageFormat(pattern: target, locale: icu)
                let extra = Set(translated.argumentNames).subtracting(english.argumentNames)
                if extra.isEmpty {
                    entries[key] = Entry(format: translated, isFallback: false)
                    continue
                }
                problem = "it uses argument(s) the English message lacks: \(extra.sorted().joined(separator: ", "))"
            } catch {
                problem = "\(error)"
            }
            warnings.append(
                Diagnostic(
                    .warning, rule: "messages.unusable", path: "locales/\(tag)/ui.xlf",
                    message: "UI message '\(key)' cannot be used (\(problem ?? "")); English is shown"))
            entries[key] = Entry(format: english, isFallback: true)
            fallbackKeys.append(key)
        }
    }

    /// The translated pattern for `key`: its unit (by id, else by source) with every segment translated at the
    /// minimum state and its sources still those of the English pattern.
    private static func target(
        of key: String, pattern: String, in translation: NoticeTranslation?,
        minimumState: TranslationState
    ) -> String? {
        guard let translation else { return nil }
        var segments: [TranslatedSegment]
        if let unit = translation.unit(withID: key) {
            segments = unit.segments
        } else if let one = translation.segment(forSource: pattern) {
            segments = [one]
        } else {
            return nil
        }
        segments = segments.filter { !$0.source.isEmpty }
        guard !segments.isEmpty, collapse(segments.map(\.source).joined(separator: " ")) == collapse(pattern) else {
            return nil
        }
        var targets: [String] = []
        for segment in segments {
            guard let target = segment.target, !target.isEmpty, segment.state >= minimumState else { return nil }
            targets.append(target)
        }
        return targets.joined(separator: " ")
    }

    private static func collapse(_ s: String) -> String {
        NoticeTranslation.key(s.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    /// Whether `key` is shown in English (its arguments should then be in English too).
    func isFallback(_ key: String) -> Bool { entries[key]?.isFallback ?? true }

    /// The message as plain text (for `<title>` and attributes).
    func text(_ key: String, _ arguments: [String: MessageFormat.Argument] = [:]) -> String {
        guard let entry = entries[key] else { return key }
        return (try? entry.format.format(arguments)) ?? entry.format.pattern
    }

    /// The message as HTML: escaped, and inside `<span lang="en" dir="ltr">` when shown in English.
    func html(_ key: String, _ arguments: [String: MessageFormat.Argument] = [:]) -> String {
        let escaped = HTMLEscape.escape(text(key, arguments))
        return isFallback(key) ? "<span lang=\"\(sourceTag)\" dir=\"ltr\">\(escaped)</span>" : escaped
    }
}
