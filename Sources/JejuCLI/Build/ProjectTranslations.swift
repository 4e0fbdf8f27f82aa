import JejuSupport
import Publishing

/// The translations `jeju build` publishes for a project.
enum ProjectTranslations {
    /// The project's canonical XLIFF 2.1 files (`locales/<tag>/*.xlf`).
    static func source(for project: Project) -> any TranslationSource & Sendable {
        XLIFFTranslationSource(project: project)
    }
}
