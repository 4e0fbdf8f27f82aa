import Foundation
import JejuSupport

/// Where a project keeps its memories for one target locale: `locales/<tag>/memory.tmx` (the project's own) and
/// `locales/<tag>/tm/NAME.tmx` (imported memories, each with an optional penalty in the header property
/// `x-jeju-penalty`).
public struct MemoryFiles: Sendable {
    /// The header property holding an imported memory's penalty.
    public static let penaltyProperty = "x-jeju-penalty"

    /// The project.
    public let project: Project
    /// The target locale.
    public let locale: String

    /// The memories of `locale` in `project`.
    public init(project: Project, locale: String) {
        self.project = project
        self.locale = locale
    }

    /// `locales/<tag>/memory.tmx`.
    public var projectMemory: URL { project.localeFolder(locale).appendingPathComponent("memory.tmx") }

    /// `locales/<tag>/tm/NAME.tmx`.
    public func imported(_ name: String) -> URL {
        project.localeFolder(locale).appendingPathComponent("tm").appendingPathComponent("\(name).tmx")
    }

    /// Every memory file that exists: the project memory first, then imported ones by name.
    public var existing: [URL] {
        var out: [URL] = []
        if FileManager.default.fileExists(atPath: projectMemory.path) { out.append(projectMemory) }
        let folder = project.localeFolder(locale).appendingPathComponent("tm")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".tmx") && !name.hasPrefix(".") {
            out.append(folder.appendingPathComponent(name))
        }
        return out
    }

    /// `.jeju/` in the project.
    public var cacheFolder: URL { project.root.appendingPathComponent(".jeju") }
}
