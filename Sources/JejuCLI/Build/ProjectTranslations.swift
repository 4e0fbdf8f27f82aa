import JejuSupport
import Publishing

/// The translations `jeju build` publishes for a project.
enum ProjectTranslations {
    /// The project's translation files. Until the XLIFF reader lands, no file is read and every target page is
    /// built from English fallback.
    static func source(for project: Project) -> any TranslationSource & Sendable {
        MemoryTranslationSource()
    }
}
