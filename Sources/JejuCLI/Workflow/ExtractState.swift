import Foundation
import JejuSupport
import TranslationMemory
import Workflow

/// What `jeju extract` knows of the translation files it left as they were: kept in `.jeju/extract-state.json`
/// so that the next extract skips a file none of whose inputs changed, without reading it.
///
/// A file is recorded only after an extract read it and found nothing to change (it is a fixed point of the
/// extraction), with its size and modification time, the digest of its source document, and the state of its
/// locale's memories (each file's path, size and time) when it was looked up. It is skipped while all of those
/// and the key (the Jeju build, `jeju.yml`, the termbase) are the same. A locale whose memory the extract
/// itself changed records nothing: its next lookups may find more. With a memory server nothing is skipped
/// (the server changes without the project knowing). The file is a cache: deleting it loses nothing.
struct ExtractState: ProjectCache {
    static let fileName = "extract-state.json"
    static let contents = "the extract state"
    var key: String
    var locales: [String: Locale] = [:]

    init(key: String) { self.key = key }

    struct Locale: Codable {
        /// The locale's memory files when the files below were looked up in them.
        var memory: String
        var files: [String: File] = [:]
    }

    struct File: Codable {
        var size: Int64
        var mtime: Double
        /// `SourceDocument.digest`.
        var source: String
        /// The segments it holds (for the report).
        var segments: Int
    }

    /// Everything an extract reads besides the source document, the translation file and the memories: this
    /// build of Jeju, the project's settings and its termbase.
    static func key(_ project: Project) -> String {
        let executable = FileStamp.of(path: "/proc/self/exe")
        var parts = [JejuVersion.string, "\(executable.size):\(executable.mtime)"]
        for url in [project.url(Project.configFileName), project.url(project.config.glossary)] {
            parts.append(checksum(url))
        }
        return parts.joined(separator: "\u{1F}")
    }

    /// The state of the memories a lookup in `locale` reads.
    static func memory(_ project: Project, locale: String) -> String {
        MemoryFiles(project: project, locale: locale).existing.map { url in
            let stamp = FileStamp.of(url)
            return "\(project.relativePath(url))=\(stamp.size):\(stamp.mtime)"
        }.joined(separator: "\u{1F}")
    }

    /// The segment count of `path` when it can be skipped: recorded for this source and memory, and not
    /// changed since.
    func unchanged(locale: String, memory: String, path: String, absolute: String, source: String) -> Int? {
        guard let l = locales[locale], l.memory == memory, let f = l.files[path], f.source == source else {
            return nil
        }
        let stamp = FileStamp.of(path: absolute)
        return stamp.size == f.size && stamp.mtime == f.mtime ? f.segments : nil
    }
}
