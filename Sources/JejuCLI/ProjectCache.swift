import Foundation
import JejuSupport

/// A cache a command keeps in `.jeju/` as JSON (the build's QA results, the extract's state): each records files
/// by size and modification time under a key of everything else its entries depend on. Deleting one loses
/// nothing; one that cannot be read is empty, and one that cannot be kept only costs the next run its shortcut.
protocol ProjectCache: Codable {
    /// Everything the entries depend on besides the files they record.
    var key: String { get }
    /// An empty cache under `key`.
    init(key: String)
    /// The file name in `.jeju/`.
    static var fileName: String { get }
    /// What the cache keeps, for the warning when it cannot be written ("the QA results").
    static var contents: String { get }
}

extension ProjectCache {
    static func url(_ project: Project) -> URL {
        project.root.appendingPathComponent(".jeju").appendingPathComponent(fileName)
    }

    /// The kept cache when its key is `key`, else an empty one.
    static func load(_ project: Project, key: String) -> Self {
        guard let data = try? Data(contentsOf: url(project)),
            let stored = try? JSONDecoder().decode(Self.self, from: data), stored.key == key
        else { return Self(key: key) }
        return stored
    }

    /// Keeps the cache; a failure is a warning.
    func save(_ project: Project) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try AtomicFile.write(try encoder.encode(self), to: Self.url(project))
        } catch {
            Console.error("\(project.relativePath(Self.url(project))): warning: cannot keep \(Self.contents): \(error)")
        }
    }

    /// A file's checksum for a key, or `missing` when it cannot be read.
    static func checksum(_ url: URL, missing: String = "none") -> String {
        (try? Data(contentsOf: url)).map { Checksum.fast($0) } ?? missing
    }
}
