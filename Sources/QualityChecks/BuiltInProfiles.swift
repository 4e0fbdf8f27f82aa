/// The profiles Jeju ships, as the YAML a project would write in `qa/profiles/NAME.yml` (see `QAProfile`).
/// Kept in the source so the `jeju` binary needs no resource files beside it.
enum BuiltInProfiles {
    /// By name.
    static let all: [String: String] = ["default": `default`, "strict": strict]

    /// Every check at its own severity: what `jeju check` and `jeju merge` use unless told otherwise.
    static let `default` = """
        # Jeju QA profile: every check at its default severity.
        description: Every check; errors for what changes the meaning or breaks the page, warnings for what a reviewer should look at.
        checks:
          empty: error
          inline-codes: error
          numbers: error
          dates: error
          urls: error
          do-not-translate: error
          glossary: warning
          proper-names: warning
          glossary-part-of-speech: info
          term-register: warning
          deprecated-term: error
          untranslated: warning
          whitespace: warning
          double-space: warning
          sentence-end: warning
          locale-punctuation: warning
          quotation-marks: warning
          punctuation-spacing: warning
          brackets: error
          script: warning
          wrong-script: error
          untranslated-words: warning
          nfc: error
          uzbek-okina: error
          apostrophe-letter: warning
          diacritics: warning
          repeated-word: warning
          bidi-controls: error
          bidi-isolation: warning
          message-format: error
          length-ratio: warning
        """

    /// For publishing: what a reader would notice is an error; the length band stays a warning (it is a
    /// statistic, not a rule).
    static let strict = """
        # Jeju QA profile for publishing: everything a reader would notice fails the check.
        description: Before publishing; glossary, untranslated text, punctuation, quotation marks and scripts are errors.
        extends: default
        checks:
          glossary: error
          proper-names: error
          untranslated: error
          whitespace: error
          double-space: error
          sentence-end: error
          locale-punctuation: error
          quotation-marks: error
          punctuation-spacing: error
          script: error
          wrong-script: error
          apostrophe-letter: error
          diacritics: error
          repeated-word: error
        """
}
