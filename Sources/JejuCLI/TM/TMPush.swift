import ArgumentParser
import Foundation
import JejuSupport
import MemoryServer
import TranslationMemory

/// `jeju tm push [--locale TAG]`: publishes the project's memories to the shared server.
struct TMPush: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract:
            "Publish the project's memory.tmx and external memories (locales/<tag>/tm/*.tmx) to the shared server.",
        discussion: """
            All files are read under the project's lock and sent in one server transaction: the server has all of \
            them or none. Units it has already are not added twice.
            """)

    @OptionGroup var options: ProjectOptions

    @Option(help: "Only this locale (default: every target).")
    var locale: String?

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "tm push")
            defer { projectLock.release() }
            let tags = try SharedMemory.locales(locale, in: project)
            var uploads: [MemoryUpload] = []
            for tag in tags {
                for url in MemoryFiles(project: project, locale: tag).existing {
                    let path = project.relativePath(url)
                    let data: Data
                    do { data = try TextFile.mapped(url, shown: path) } catch {
                        throw Diagnostic(
                            rule: "io.read", path: path, message: "cannot read: \(error.localizedDescription)")
                    }
                    uploads.append(MemoryUpload(locale: tag, memory: path, path: path, data: data))
                }
            }
            if uploads.isEmpty { Console.write("no memories to push\n"); return }
            let scope = SharedMemory.scope(project), source = project.config.source
            let sending = uploads
            let reports = try SharedMemory.run { server in
                try await server.upload(sending, scope: scope, sourceLanguage: source, command: "jeju tm push")
            }
            Console.write(UploadLines.text(reports, scope: scope))
        }
    }
}

/// How `push` and `import` report what they sent.
enum UploadLines {
    static func text(_ reports: [UploadReport], scope: String) -> String {
        var out = ""
        for r in reports {
            out += "\(r.memory) → \(scope): \(r.added) units added, \(r.present) already there"
            out += r.skipped > 0 ? ", \(r.skipped) without both languages skipped\n" : "\n"
        }
        return out
    }
}
