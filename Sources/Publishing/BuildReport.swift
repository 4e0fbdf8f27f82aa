import JejuSupport

/// What a build did: the locales and pages it published and the warnings it raised.
public struct BuildReport: Sendable {
    /// The published locales in site order (the source first).
    public var locales: [String] = []
    /// Pages written, per locale (index and notice pages).
    public var pages: [String: Int] = [:]
    /// Completeness per locale and notice id, 0…1.
    public var completeness: [String: [String: Double]] = [:]
    /// Warnings (notices left unpublished, unusable UI translations).
    public var warnings: [Diagnostic] = []
    /// What was published and withheld in each target locale, and why.
    public var publication: [LocalePublication] = []
    /// Every file the build produced, relative to the output folder, sorted.
    public var files: [String] = []

    /// Creates an empty report.
    public init() {}
}
