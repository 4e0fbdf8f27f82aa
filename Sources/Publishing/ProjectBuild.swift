import Foundation
import Glossary
import ICU
import JejuSupport
import Notices
import Segmentation

/// `jeju build` for a project: reads the notices, UI messages, templates and termbase, skips the work when
/// nothing changed since the last build, else builds into a staging folder and swaps it in.
public struct ProjectBuild {
    /// What a run did.
    public struct Outcome: Sendable {
        /// The build's report (locales, pages, warnings); nil when the output was already up to date.
        public var report: BuildReport?
        /// Files written anew.
        public var written: Int
        /// Files kept from the previous build because their bytes did not change.
        public var unchanged: Int
        /// What is published and withheld in each target locale (from the stamp when the output was up to date).
        public var publication: [LocalePublication]
    }

    /// The stamp's content: what the build was made from.
    struct Stamp: Codable {
        var generator: String
        var fingerprint: String
        var files: [String: Int]
        var publication: [LocalePublication]?
    }

    /// The project.
    public let project: Project
    /// Options (threshold and site URL come from jeju.yml unless set).
    public let options: BuildOptions
    /// The output folder.
    public let output: URL
    /// Where target-locale translations come from.
    public let translations: any TranslationSource & Sendable

    /// A build of `project` into `output`.
    public init(project: Project, options: BuildOptions, output: URL, translations: any TranslationSource & Sendable) {
        self.project = project
        self.options = options
        self.output = output
        self.translations = translations
    }

    /// Builds, unless the stamp in the output folder shows the same inputs and every file is still there.
    public func run() throws(Diagnostic) -> Outcome {
        let templates = try SiteTemplates(folder: project.url("templates"), displayFolder: "templates")
        let fingerprint = try self.fingerprint(templates: templates)
        if let publication = upToDate(fingerprint) {
            return Outcome(report: nil, written: 0, unchanged: 0, publication: publication)
        }

        let source = project.config.source
        let segmenter = try Segmenter.forProject(project, language: source)
        var notices: [SourceNotice] = []
        for file in project.noticeFiles() {
            let path = project.relativePath(file)
            let notice = try NoticeReader.readProjectNotice(TextFile.read(file.path), path: path)
            notices.append(try SourceNotice(notice: notice, segmenter: segmenter, path: path))
        }
        let ids = Set(notices.map(\.notice.id))
        for id in options.publish.required where !ids.contains(id) {
            throw project.config.diagnostic(
                "publish.required", path: Project.configFileName,
                "no notice has the id '\(id)'")
        }
        let uiURL = project.localeFolder(source).appendingPathComponent("ui.json")
        let messages = try PageMessages.read(
            uiURL, displayPath: project.relativePath(uiURL), locale: LanguageTag(source).icuLocale)
        var presentations: [String: LocalePresentation] = [:]
        for tag in [source] + project.config.targets {
            presentations[tag] = try LocalePresentation.load(project: project, tag: tag)
        }
        let builder = SiteBuilder(
            sourceTag: source, targets: project.config.targets, notices: notices, messages: messages,
            translations: translations, termbase: try termbase(), templates: templates, options: options,
            presentations: presentations)
        try checkNothingForeign()
        let staged = try StagedOutput(destination: output)
        do throws(Diagnostic) {
            let report = try builder.build(into: staged)
            var sizes: [String: Int] = [:]
            for path in report.files {
                var info = stat()
                if stat(staged.staging.appendingPathComponent(path).path, &info) == 0 {
                    sizes[path] = Int(info.st_size)
                }
            }
            let stamp = Stamp(
                generator: options.generator, fingerprint: fingerprint, files: sizes, publication: report.publication)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let data: Data
            do { data = try encoder.encode(stamp) } catch {
                throw Diagnostic(rule: "internal", path: StagedOutput.stampName, message: "cannot encode: \(error)")
            }
            try staged.commit(stamp: data + Data("\n".utf8))
            let counts = staged.counts
            return Outcome(
                report: report, written: counts.written, unchanged: counts.unchanged, publication: report.publication)
        } catch {
            staged.abandon()
            throw error
        }
    }

    /// The termbase, by the rules every command follows; a structurally broken one fails the build, whose
    /// message points to `jeju glossary check` for the list.
    private func termbase() throws(Diagnostic) -> Termbase? {
        try Termbase.load(for: project, errors: { _ in })
    }

    /// SHA-256 over the options, the templates and every input file's path, size and modification time (as
    /// make does): notices, everything under `locales/` but memories, the termbase, `jeju.yml`.
    func fingerprint(templates: SiteTemplates) throws(Diagnostic) -> String {
        var text =
            "\(options.generator)\n\(options.publish.fingerprint)\n\(options.qaErrors.fingerprint)\n\(options.locales?.joined(separator: ",") ?? "*")\n"
        text += "\(options.pseudo)\n\(options.siteURL)\n\(output.path)\n\(templates.sourceText)\n"
        var files: [String] = [project.url(Project.configFileName).path, project.url(project.config.glossary).path]
        files += project.noticeFiles().map(\.path)
        let locales = project.url("locales")
        if let walker = FileManager.default.enumerator(atPath: locales.path) {
            while let relative = walker.nextObject() as? String {
                if relative.hasSuffix(".tmx") || relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    continue
                }
                files.append(locales.path + "/" + relative)
            }
        }
        for file in files.sorted() {
            var info = stat()
            if stat(file, &info) == 0 {
                text += "\(file)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_mode)\n"
            } else {
                text += "\(file)\t-\n"
            }
        }
        return Checksum.sha256(Data(text.utf8))
    }

    /// A build replaces only what a build made: a file in the output folder that the last build's stamp does not
    /// list (a translator's export, a note) stops the build before anything is replaced.
    func checkNothingForeign() throws(Diagnostic) {
        let fm = FileManager.default
        let stampURL = output.appendingPathComponent(StagedOutput.stampName)
        guard fm.fileExists(atPath: stampURL.path) else { return }  // StagedOutput refuses a folder without a stamp
        let listed =
            (fm.contents(atPath: stampURL.path).flatMap { try? JSONDecoder().decode(Stamp.self, from: $0) })?.files
            ?? [:]
        guard let walker = fm.enumerator(atPath: output.path) else { return }
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            guard path != StagedOutput.stampName,
                fm.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isFolder),
                !isFolder.boolValue, listed[path] == nil
            else { continue }
            throw Diagnostic(
                rule: "build.foreign-file", path: project.relativePath(output.appendingPathComponent(path)),
                message:
                    "this file was not made by a build, and the build replaces \(project.relativePath(output)) as a whole: move it out of the folder first"
            )
        }
    }

    /// The publication the last build recorded, when its stamp shows the same inputs and every file is still
    /// there; nil when the build has to run.
    private func upToDate(_ fingerprint: String) -> [LocalePublication]? {
        let stampURL = output.appendingPathComponent(StagedOutput.stampName)
        guard let data = FileManager.default.contents(atPath: stampURL.path),
            let stamp = try? JSONDecoder().decode(Stamp.self, from: data), let publication = stamp.publication,
            stamp.fingerprint == fingerprint, stamp.generator == options.generator, !stamp.files.isEmpty
        else { return nil }
        let folder = output.path + "/"  // paths as text: a site has thousands of files
        for (path, size) in stamp.files {
            var info = stat()
            guard stat(folder + path, &info) == 0, Int(info.st_size) == size else {
                return nil
            }
        }
        return publication
    }
}
