internal import CJejuSystem
import Foundation
import JejuSupport

/// The output folder, replaced as a whole: files go to a staging folder beside it, which then takes the old
/// folder's place by rename, so readers see the old build or the new one, never a mix.
///
/// A file whose bytes equal the previous build's is hard-linked from it, not rewritten (its modification time
/// and inode stay). Refuses to replace a folder that is not a Jeju build (no stamp file), so a mistyped
/// `--output` can never delete a project.
public final class StagedOutput: OutputSink, @unchecked Sendable {
    /// The stamp file a build leaves in its output folder.
    public static let stampName = ".jeju-build.json"

    /// The output folder.
    public let destination: URL
    /// The staging folder beside it.
    public let staging: URL
    private let lock = NSLock()
    private var folders = Set<String>()
    private var writtenCount = 0
    private var linkedCount = 0

    /// Prepares a staging folder for `destination`. Throws if `destination` exists, is not empty and is not a
    /// previous Jeju build.
    public init(destination: URL) throws(Diagnostic) {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).jeju-staging-\(getpid())")
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: self.destination.path, isDirectory: &isFolder) {
            let contents = (try? fm.contentsOfDirectory(atPath: self.destination.path)) ?? []
            guard isFolder.boolValue, contents.isEmpty || contents.contains(Self.stampName) else {
                throw Diagnostic(
                    rule: "build.not-output", path: self.destination.path,
                    message:
                        "refusing to replace this folder: it is not the output of a Jeju build (no \(Self.stampName)); choose another --output"
                )
            }
        }
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(
                rule: "io.create-folder", path: staging.path,
                message: "cannot create the staging folder: \(error.localizedDescription)")
        }
    }

    /// Files written anew and files linked unchanged from the previous build.
    public var counts: (written: Int, unchanged: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (writtenCount, linkedCount)
    }

    /// Whether `path` is a plain relative path that stays inside the folder.
    public static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    /// Stages `data` at `path`: hard-linked from the previous build when identical, else written.
    public func write(_ data: Data, to path: String) throws(Diagnostic) {
        guard Self.isContained(path) else {
            throw Diagnostic(rule: "build.outside", path: path, message: "refusing to write outside the output folder")
        }
        let target = staging.appendingPathComponent(path)
        try makeFolder(for: target)
        let previous = destination.appendingPathComponent(path).path
        var info = stat()
        if stat(previous, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count,
            let old = FileManager.default.contents(atPath: previous), old == data, link(previous, target.path) == 0
        {
            count(linked: true)
            return
        }
        let fd = open(target.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw Diagnostic(
                rule: "io.write", path: target.path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        let ok = AtomicFile.writeAll(data, to: fd)
        let reason = String(cString: strerror(errno))
        close(fd)
        guard ok else { throw Diagnostic(rule: "io.write", path: target.path, message: "cannot write: \(reason)") }
        count(linked: false)
    }

    /// Links `path` to the staged file `existing` (the same bytes), falling back to writing them.
    public func write(_ data: Data, to path: String, sameAs existing: String) throws(Diagnostic) {
        guard Self.isContained(path), Self.isContained(existing) else {
            throw Diagnostic(rule: "build.outside", path: path, message: "refusing to write outside the output folder")
        }
        let target = staging.appendingPathComponent(path)
        try makeFolder(for: target)
        if link(staging.appendingPathComponent(existing).path, target.path) == 0 { return }
        try write(data, to: path)
    }

    private func count(linked: Bool) {
        lock.lock()
        if linked { linkedCount += 1 } else { writtenCount += 1 }
        lock.unlock()
    }

    private func makeFolder(for target: URL) throws(Diagnostic) {
        let folder = target.deletingLastPathComponent().path
        lock.lock()
        let known = folders.contains(folder)
        lock.unlock()
        guard !known else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(
                rule: "io.create-folder", path: folder, message: "cannot create folder: \(error.localizedDescription)")
        }
        lock.lock()
        folders.insert(folder)
        lock.unlock()
    }

    /// Writes the stamp and puts the staging folder in place of the destination. Where the kernel can, the two
    /// folders are exchanged in one step (`renameat2` with `RENAME_EXCHANGE`) and the old one removed; elsewhere
    /// the old folder is renamed aside, the new one renamed in, the old one removed (if the second rename fails,
    /// the old folder comes back).
    public func commit(stamp: Data) throws(Diagnostic) {
        try write(stamp, to: Self.stampName)
        let fm = FileManager.default
        if fm.fileExists(atPath: destination.path), jeju_rename_exchange(staging.path, destination.path) == 0 {
            try? fm.removeItem(at: staging)
            return
        }
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).jeju-old-\(getpid())")
        try? fm.removeItem(at: old)
        let hadOld = fm.fileExists(atPath: destination.path)
        if hadOld && rename(destination.path, old.path) != 0 {
            throw Diagnostic(
                rule: "build.swap", path: destination.path,
                message: "cannot move the previous build aside: \(String(cString: strerror(errno)))")
        }
        if rename(staging.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOld { _ = rename(old.path, destination.path) }
            throw Diagnostic(
                rule: "build.swap", path: destination.path, message: "cannot put the new build in place: \(reason)")
        }
        if hadOld { try? fm.removeItem(at: old) }
    }

    /// Removes the staging folder after a failed build; the destination is untouched.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }
}
