import Interchange
import JejuSupport

/// When a build publishes a locale's notice: the threshold (completeness at a state), what QA errors do, and
/// which notices a strict build requires. Below the threshold a notice has no page in that locale: the
/// locale's index links to the source page instead.
public struct PublishPolicy: Sendable, Equatable {
    /// The least completeness and state for a page.
    public struct Threshold: Sendable, Equatable, Codable {
        /// Share of the source's words, 0…1, translated at `minState` or better.
        public var minCompleteness: Double
        /// The least state a sentence's translation needs to be shown.
        public var minState: TranslationState

        /// A threshold.
        public init(minCompleteness: Double = 1, minState: TranslationState = .translated) {
            self.minCompleteness = minCompleteness
            self.minState = minState
        }
    }

    /// The threshold of every locale without its own.
    public var threshold: Threshold
    /// Per-locale thresholds.
    public var locales: [String: Threshold]
    /// Whether a translation with QA errors is published anyway (false: withheld).
    public var publishWithQAErrors: Bool
    /// Notice ids `jeju build --strict` requires.
    public var required: [String]
    /// The locales `required` applies to; nil: every target.
    public var requiredLocales: [String]?
    /// A preview for reviewers: every page is published, marked as a preview and kept out of search engines;
    /// the report still says what a real build would withhold.
    public var preview: Bool

    /// A policy; the defaults publish a notice only when fully translated, with no QA errors.
    public init(
        threshold: Threshold = Threshold(), locales: [String: Threshold] = [:], publishWithQAErrors: Bool = false,
        required: [String] = [], requiredLocales: [String]? = nil, preview: Bool = false
    ) {
        self.threshold = threshold
        self.locales = locales
        self.publishWithQAErrors = publishWithQAErrors
        self.required = required
        self.requiredLocales = requiredLocales
        self.preview = preview
    }

    /// The policy `jeju.yml` sets; `minimumState` (from `--min-state`) replaces every locale's state.
    public init(_ settings: PublishSettings, minimumState: TranslationState? = nil, preview: Bool = false) {
        func threshold(_ t: PublishSettings.Threshold) -> Threshold {
            Threshold(
                minCompleteness: t.minCompleteness / 100,
                minState: minimumState ?? TranslationState(rawValue: t.minState) ?? .translated)
        }
        self.init(
            threshold: threshold(settings.threshold), locales: settings.locales.mapValues(threshold),
            publishWithQAErrors: settings.publishWithQAErrors, required: settings.required,
            requiredLocales: settings.requiredLocales, preview: preview)
    }

    /// The threshold of `locale`.
    public func threshold(for locale: String) -> Threshold { locales[locale] ?? threshold }

    /// Whether `locale` is one where `required` notices must be published.
    public func isRequired(_ locale: String) -> Bool { requiredLocales.map { $0.contains(locale) } ?? true }

    /// A stable text of the policy, for the build's fingerprint.
    var fingerprint: String {
        let perLocale = locales.keys.sorted().map {
            "\($0)=\(locales[$0].map { "\($0.minCompleteness)@\($0.minState.rawValue)" } ?? "")"
        }
        return
            "\(threshold.minCompleteness)@\(threshold.minState.rawValue) \(perLocale.joined(separator: ",")) qa:\(publishWithQAErrors) "
            + "required:\(required.joined(separator: ",")) in:\(requiredLocales?.joined(separator: ",") ?? "*") preview:\(preview)"
    }
}
