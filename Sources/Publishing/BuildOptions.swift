import Interchange

/// What `jeju build` publishes and how.
public struct BuildOptions: Sendable {
    /// When a locale's notice is published, and the least state a sentence's translation needs to be shown.
    public var publish: PublishPolicy
    /// The QA errors in the translations, which the policy may withhold notices for.
    public var qaErrors: QAErrors
    /// The target locales to build (nil: all of the project's). The source locale is always built.
    public var locales: [String]?
    /// Whether to add the pseudo-locales en-XA and ar-XB.
    public var pseudo: Bool
    /// The absolute URL the site is served from, for `sitemap.xml` (ends with "/").
    public var siteURL: String
    /// The generator named in pages and manifests, e.g. "Jeju 0.1.0".
    public var generator: String
    /// Hears each phase ("localizing", "writing pages") with how many of its locales are done, from any thread.
    public var progress: (@Sendable (_ phase: String, _ done: Int, _ total: Int) -> Void)?

    /// Options with Jeju's defaults: a notice is published in a locale when fully translated (state translated
    /// or better) without QA errors; every locale, no pseudo-locales.
    public init(
        publish: PublishPolicy = PublishPolicy(), qaErrors: QAErrors = QAErrors(), locales: [String]? = nil,
        pseudo: Bool = false, siteURL: String = "http://localhost:8000/", generator: String = "Jeju"
    ) {
        self.publish = publish
        self.qaErrors = qaErrors
        self.locales = locales
        self.pseudo = pseudo
        self.siteURL = siteURL.hasSuffix("/") ? siteURL : siteURL + "/"
        self.generator = generator
    }

    /// The least state of the source locale's own messages and of the manifest when no locale says otherwise.
    public var minimumState: TranslationState { publish.threshold.minState }
}
