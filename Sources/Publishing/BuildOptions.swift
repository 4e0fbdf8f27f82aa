import Interchange

/// What `jeju build` publishes and how.
public struct BuildOptions: Sendable {
    /// The least state a translation needs to appear (below it, the sentence is shown in English).
    public var minimumState: TranslationState
    /// The target locales to build (nil: all of the project's). The source locale is always built.
    public var locales: [String]?
    /// Whether to add the pseudo-locales en-XA and ar-XB.
    public var pseudo: Bool
    /// The completeness (0…1) a locale's notice needs to be published.
    public var publishThreshold: Double
    /// The absolute URL the site is served from, for `sitemap.xml` (ends with "/").
    public var siteURL: String
    /// The generator named in pages and manifests, e.g. "Jeju 0.1.0".
    public var generator: String

    /// Options with Jeju's defaults: translated or better, every locale, no pseudo-locales, no threshold.
    public init(minimumState: TranslationState = .translated, locales: [String]? = nil, pseudo: Bool = false,
                publishThreshold: Double = 0, siteURL: String = "http://localhost:8000/", generator: String = "Jeju") {
        self.minimumState = minimumState
        self.locales = locales
        self.pseudo = pseudo
        self.publishThreshold = publishThreshold
        self.siteURL = siteURL.hasSuffix("/") ? siteURL : siteURL + "/"
        self.generator = generator
    }
}
