import Foundation

/// A Jeju project: the folder holding `jeju.yml`, and its settings.
public struct Project: Sendable {
    /// The settings file's name.
    public static let configFileName = "jeju.yml"

    /// The project root (the folder of `jeju.yml`).
    public let root: URL
    /// The settings.
    public let config: ProjectConfig

    /// A project at `root` with `config` (used by `jeju init` and tests).
    public init(root: URL, config: ProjectConfig) {
        self.root = root.standardizedFileURL
        self.config = config
    }

    /// Finds `jeju.yml` in `folder` or the nearest parent folder and loads it.
    public static func find(from folder: URL) throws(Diagnostic) -> Project {
        guard let project = try locate(from: folder) else {
            throw Diagnostic(
                rule: "project.not-found", path: folder.path,
                message:
                    "not inside a Jeju project (no \(configFileName) here or in any parent folder); run 'jeju init'")
        }
        return project
    }

    /// Finds and loads `jeju.yml` as `find` does; nil when there is none (a broken one is still an error).
    public static func locate(from folder: URL) throws(Diagnostic) -> Project? {
        var dir = folder.standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent(configFileName)
            if FileManager.default.fileExists(atPath: candidate.path) {
                let text = try TextFile.read(candidate.path, allowEmpty: true)
                // Paths in messages are the project's own: `jeju.yml`, wherever the command was started.
                let config = try ProjectConfig.parse(text, path: configFileName)
                let project = Project(root: dir, config: config)
                var isFolder: ObjCBool = false
                if config.positions["notices"] != nil,
                    !(FileManager.default.fileExists(atPath: project.url(config.notices).path, isDirectory: &isFolder)
                        && isFolder.boolValue)
                {
                    throw config.diagnostic(
                        "notices", path: configFileName, "the folder '\(config.notices)' does not exist",
                        rule: "config.missing-file")
                }
                return project
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    /// The termbase, if the project has one. A termbase named in `jeju.yml` that does not exist is an error in
    /// every command (a mistyped path would otherwise switch the glossary checks off silently); without a
    /// `glossary:` line, a project may have none.
    public func termbaseURL() throws(Diagnostic) -> URL? {
        let url = self.url(config.glossary)
        if FileManager.default.fileExists(atPath: url.path) { return url }
        guard config.positions["glossary"] != nil else { return nil }
        throw config.diagnostic(
            "glossary", path: Project.configFileName,
            "'\(config.glossary)' does not exist (fix the path, or create the termbase with 'jeju glossary import')",
            rule: "config.missing-file")
    }

    /// A path inside the project.
    public func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// `locales/<tag>/`.
    public func localeFolder(_ tag: String) -> URL {
        root.appendingPathComponent("locales").appendingPathComponent(tag)
    }

    /// The project's own segmentation rules for `tag`, if the file exists: `locales/<tag>/segmentation.srx`.
    public func segmentationRules(for tag: String) -> URL? {
        let url = localeFolder(tag).appendingPathComponent("segmentation.srx")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The source notice files (`.txt`, `.md`), sorted by name.
    public func noticeFiles() -> [URL] {
        let folder = url(config.notices)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map {
            folder.appendingPathComponent($0)
        }
    }

    /// A path relative to the project root when it lies inside, for messages.
    public func relativePath(_ url: URL) -> String {
        let p = url.standardizedFileURL.path, r = root.path + "/"
        return p.hasPrefix(r) ? String(p.dropFirst(r.count)) : p
    }
}
