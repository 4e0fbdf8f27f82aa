/// What a build did with every notice in one target locale: published, or withheld and why.
public struct LocalePublication: Codable, Sendable, Equatable {
    /// Why a notice is withheld in a locale (in a preview build: why a real build would withhold it).
    public struct Reason: Codable, Sendable, Equatable {
        /// What held it back.
        public enum Kind: String, Codable, Sendable {
            /// Too little of it translated.
            case completeness
            /// Translated, but not at the required state.
            case state
            /// The translation has QA errors.
            case qa
        }

        /// What held it back.
        public var kind: Kind
        /// In words, with the figures: "40% translated, needs 100%".
        public var message: String

        /// A reason.
        public init(kind: Kind, message: String) {
            self.kind = kind
            self.message = message
        }
    }

    /// One notice in the locale.
    public struct Notice: Codable, Sendable, Equatable {
        /// The notice id.
        public var id: String
        /// Whether the locale has a page for it.
        public var published: Bool
        /// Share of the source's words translated at the locale's least state, 0…1.
        public var completeness: Double
        /// QA errors in its translation.
        public var qaErrors: Int
        /// Whether the project requires it in this locale (`publish.required`, `publish.required-locales`).
        public var required: Bool
        /// Why it is (or, in a preview, would be) withheld; empty when it is published on its merits.
        public var reasons: [Reason]

        /// Whether a real build withholds it.
        public var isWithheld: Bool { !reasons.isEmpty }
    }

    /// The BCP 47 tag.
    public var locale: String
    /// The threshold applied.
    public var threshold: PublishPolicy.Threshold
    /// Whether the locale's site is published at all (a locale where nothing is published is left out).
    public var published: Bool
    /// The notices, in the project's order.
    public var notices: [Notice]

    /// Required notices withheld here.
    public var requiredWithheld: [Notice] { notices.filter { $0.required && $0.isWithheld } }

    /// The report table: per locale, its threshold, how many notices are published and withheld, and each
    /// withheld one with its reasons.
    public static func table(_ locales: [LocalePublication], policy: PublishPolicy) -> String {
        let width = max(6, locales.map(\.locale.count).max() ?? 0)
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        let qa = policy.publishWithQAErrors ? "QA errors allowed" : "no QA errors"
        var out = "Publication (a notice is published in a locale at its threshold, with \(qa)):\n"
        out += pad("locale", width) + "  threshold              published  withheld\n"
        for locale in locales {
            let withheld = locale.notices.filter(\.isWithheld)
            let threshold = "\(percent(locale.threshold.minCompleteness)) \(locale.threshold.minState.rawValue)"
            let head =
                pad(locale.locale, width) + "  " + pad(threshold, 21) + "  "
                + pad("\(locale.notices.count - withheld.count)", 9) + "  "
            if withheld.isEmpty { out += head + "0\n" }
            for (index, notice) in withheld.enumerated() {
                let why = notice.reasons.map(\.message).joined(separator: "; ")
                let first =
                    index == 0
                    ? head + pad("\(withheld.count)", 8) : String(repeating: " ", count: width + 2 + 21 + 2 + 9 + 2 + 8)
                out += first + "  \(notice.id): \(why)\(notice.required ? " [required]" : "")\n"
            }
            if !locale.published {
                out += String(repeating: " ", count: width + 2) + "(nothing published: no \(locale.locale) site)\n"
            }
        }
        let withheld = locales.reduce(0) { $0 + $1.notices.count(where: \.isWithheld) }
        for locale in locales {
            for notice in locale.notices
            where notice.qaErrors > 0 && notice.published && !notice.reasons.contains(where: { $0.kind == .qa }) {
                out +=
                    "note: \(locale.locale) \(notice.id) is published with \(notice.qaErrors) QA error(s) (qa-errors: publish)\n"
            }
        }
        if policy.preview && withheld > 0 {
            out += "Preview: every page is built and marked; a real build withholds the \(withheld) listed.\n"
        }
        return out
    }

    /// A share 0…1 as a whole percentage rounded down ("99%" until it is all there).
    static func percent(_ share: Double) -> String { "\(Int((share * 100 + 1e-9).rounded(.down)))%" }
}
