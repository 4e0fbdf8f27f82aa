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
    struct Cache: Codable {
        var key: String
        var files: [String: Entry] = [:]
        struct Entry: Codable {
            var size: Int64
            var mtime: Double
            var errors: [String]
        }
    }

    static func url(_ project: Project) -> URL {
        project.root.appendingPathComponent(".jeju").appendingPathComponent("qa-errors.json")
    }

    /// What the checks read besides the translation file itself.
    static func key(_ project: Project) -> String {
        var parts = [
            JejuVersion.string, project.config.source, project.config.targets.joined(separator: ","),
            project.config.register ?? "",
        ]
        let glossary = project.url(project.config.glossary)
        parts.append((try? Data(contentsOf: glossary)).map { Checksum.fast($0) } ?? "no termbase")
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
        var cache = Cache(key: key)
        if let data = try? Data(contentsOf: url(project)),
            let stored = try? JSONDecoder().decode(Cache.self, from: data),
            stored.key == key
        {
            cache = stored
        }
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
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try AtomicFile.write(try encoder.encode(cache), to: url(project))
        } catch {
            // Only a cache: the build goes on, and the next one checks again.
            Console.error("\(project.relativePath(url(project))): warning: cannot keep the QA results: \(error)")
        }
        return QAErrors(messages)
    }
}
