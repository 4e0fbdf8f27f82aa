import ArgumentParser
import Foundation
import JejuSupport
import MemoryServer
import TranslationMemory

/// `jeju tm export --locale TAG [-o FILE]`.
struct TMExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a locale's project memory as canonical TMX 1.4b (to standard output or FILE).")

    @OptionGroup var options: ProjectOptions

    @Option(help: "The target locale.")
    var locale: String

    @Option(name: .shortAndLong, help: "The output file (default: standard output).")
    var output: String?

    func run() throws {
        try reportingFailures {
            let (project, projectLock) = try options.project(.read, command: "tm export")
            defer { projectLock.release() }
            if SharedMemory.isShared(project) {
                let scope = SharedMemory.scope(project), tag = locale
                let memory = project.relativePath(MemoryFiles(project: project, locale: locale).projectMemory)
                let found = try SharedMemory.run(read: true) { server in
                    try await server.documents(scope: scope, locales: [tag]).first { $0.memory.memory == memory }.map {
                        TMXWriter.data($0.document)
                    }
                }
                guard let data = found else {
                    throw Diagnostic(
                        rule: "tm.no-memory", path: memory,
                        message:
                            "the shared memory has no '\(locale)' memory for '\(scope)' yet; publish one with 'jeju tm push' or 'jeju tm import'"
                    )
                }
                try write(data)
                return
            }
            let files = MemoryFiles(project: project, locale: locale)
            guard FileManager.default.fileExists(atPath: files.projectMemory.path) else {
                throw Diagnostic(
                    rule: "tm.no-memory", path: project.relativePath(files.projectMemory),
                    message: "no memory for '\(locale)' yet; import one with 'jeju tm import'")
            }
            let document = try TMXReader.read(
                try TextFile.mapped(files.projectMemory, shown: project.relativePath(files.projectMemory)),
                path: project.relativePath(files.projectMemory))
            try write(TMXWriter.data(document))
        }
    }

    private func write(_ data: Data) throws(Diagnostic) {
        if let output {
            try AtomicFile.write(data, to: URL(fileURLWithPath: options.resolve(output)))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
