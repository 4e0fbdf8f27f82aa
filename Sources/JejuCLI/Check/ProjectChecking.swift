import Foundation
import Glossary
import Interchange
import JejuSupport
import QualityChecks

/// Checks a project's translation files on every core: what `jeju check` reports and what `jeju build` withholds
/// notices for. A checker caches ICU data and is not thread-safe, so each file borrows one from a pool.
struct ProjectChecking {
    let project: Project
    private let checkers: Parallel.Pool<QualityChecker>

    /// Checking with `profile` and the project's `termbase`.
    init(project: Project, profile: QAProfile, termbase: Termbase?) {
        self.project = project
        let (source, register) = (project.config.source, project.config.register)
        checkers = Parallel.Pool {
            QualityChecker(profile: profile, termbase: termbase, sourceLocale: source, register: register)
        }
    }

    /// A checked file: its path relative to the project root and what the checks found.
    struct Checked: Sendable {
        var path: String
        var result: QualityChecker.DocumentResult
    }

    /// Each file of `files` (locale and document id) checked, in order; nil for a file that does not exist.
    /// `completed` hears how many files are done.
    func check(_ files: [(locale: String, id: String)], completed: ((Int) -> Void)? = nil) throws(Diagnostic)
        -> [Checked?]
    {
        completed?(0)
        return try Parallel.map(files.count, completed: completed) { i throws(Diagnostic) -> Checked? in
            let (locale, id) = files[i]
            // The checks read the segments, not the memory candidates or glossary entries.
            guard
                let document = try CanonicalTranslation.load(
                    project: project, locale: locale, documentID: id, without: [.matches, .glossary])
            else { return nil }
            let path = project.relativePath(CanonicalTranslation.url(project: project, locale: locale, documentID: id))
            return Checked(path: path, result: try checkers.using { $0.check(document, locale: locale) })
        }
    }
}
