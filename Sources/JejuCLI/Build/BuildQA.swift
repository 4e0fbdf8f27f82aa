import Foundation
import Glossary
import Interchange
import JejuSupport
import Publishing
import QualityChecks

/// The QA errors `jeju build` withholds notices for: every notice translation checked with the project's
/// default profile, as `jeju check` would, on every core.
///
/// What was found is kept in `.jeju/qa-errors.json` with each file's size and modification time, and with a key
/// for everything else the checks read (the termbase, the profiles, the project's languages and register, the
/// Jeju version): a build checks again only the files that changed since, all of them when the key changed.
/// The file is a cache: deleting it loses nothing.
enum BuildQA {
    struct Cache: ProjectCache {
        static let fileName = "qa-errors.json"
        static let contents = "the QA results"
        var key: String
        var files: [String: Entry] = [:]

        init(key: String) { self.key = key }
        struct Entry: Codable {
            var size: Int64
            var mtime: Double
            var errors: [String]
        }
    }

    /// What the checks read besides the translation file itself.
    static func key(_ project: Project) -> String {
        var parts = [
            JejuVersion.string, project.config.source, project.config.targets.joined(separator: ","),
            project.config.register ?? "",
        ]
        let glossary = project.url(project.config.glossary)
        parts.append(Cache.checksum(glossary, missing: "no termbase"))
        let profiles = project.root.appendingPathComponent(QAProfile.profileFolder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: profiles.path)) ?? []).sorted()
        for name in names where name.hasSuffix(".yml") {
            let data = (try? Data(contentsOf: profiles.appendingPathComponent(name))) ?? Data()
            parts.append("\(name)=\(Checksum.fast(data))")
        }
        return parts.joined(separator: "\u{1F}")
    }

    /// The QA errors of every notice translation in `locales`: per locale and notice, `path:line: message [check]`.
    static func errors(_ project: Project, locales: [String], options: ProjectOptions) throws -> QAErrors {
        let key = key(project)
        var cache = Cache.load(project, key: key)
        var messages: [String: [String: [String]]] = [:]
        var stale: [(locale: String, id: String)] = []
        var stamps: [String: (size: Int64, mtime: Double)] = [:]
        for locale in locales {
            // Paths as text: a build looks at every translation file, most of them unchanged.
            let folder = project.localeFolder(locale)
            let (absolute, relative) = (folder.path + "/", project.relativePath(folder) + "/")
            for id in Check.translationFiles(project, locale: locale) where id != CanonicalTranslation.uiDocumentID {
                let path = relative + id + ".xlf"
                let stamp = FileStamp.of(path: absolute + id + ".xlf")
                stamps[path] = stamp
                if let entry = cache.files[path], entry.size == stamp.size, entry.mtime == stamp.mtime {
                    if !entry.errors.isEmpty { messages[locale, default: [:]][id] = entry.errors }
                } else {
                    stale.append((locale, id))
                }
            }
        }
        guard !stale.isEmpty else { return QAErrors(messages) }
        let checking = ProjectChecking(
            project: project, profile: try QAProfile.load(named: "default", projectRoot: project.root),
            termbase: try GlossaryStore(project: project).loadIfAny())
        let progress = options.progress("checking", total: stale.count, unit: "files")
        let checked = try checking.check(stale) { progress.update($0) }
        progress.finish()
        for (file, result) in zip(stale, checked) {
            guard let result, let stamp = stamps[result.path] else { continue }
            let errors = result.result.errors.map {
                "\(result.path):\($0.line): \($0.finding.message) [\($0.finding.checkID)]"
            }
            if !errors.isEmpty { messages[file.locale, default: [:]][file.id] = errors }
            cache.files[result.path] = Cache.Entry(size: stamp.size, mtime: stamp.mtime, errors: errors)
        }
        cache.files = cache.files.filter { path, _ in
            stamps[path] != nil || FileManager.default.fileExists(atPath: project.url(path).path)
        }
        // Only a cache: if it cannot be kept the build goes on, and the next one checks again.
        cache.save(project)
        return QAErrors(messages)
    }
}
