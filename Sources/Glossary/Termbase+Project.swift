import Foundation
import JejuSupport

extension Termbase {
    /// The project's termbase (`jeju.yml` `glossary:`), read by the one set of rules every command follows: a
    /// `glossary:` path that does not exist is an error (`Project.termbaseURL`), a project without one has none
    /// (nil; with `required`, an error), and a termbase with structural errors fails the command — each error is
    /// handed to `errors` (for the command to print) before the summary is thrown.
    public static func load(
        for project: Project, required: Bool = false,
        errors: (GlossaryFinding) -> Void
    ) throws(Diagnostic) -> Termbase? {
        let path = project.config.glossary
        if required && !FileManager.default.fileExists(atPath: project.url(path).path) {
            throw Diagnostic(
                rule: "glossary.missing", path: path,
                message: "no termbase here (jeju.yml glossary: \(path)); import one with 'jeju glossary import'")
        }
        guard let url = try project.termbaseURL() else { return nil }
        let result = try TBXReader.read(TextFile.readBytes(url.path), path: path)
        let structural = result.findings.filter { $0.severity == .error }
        guard structural.isEmpty else {
            structural.forEach(errors)
            throw Diagnostic(
                rule: "glossary.structure", path: path,
                message: "the termbase has \(structural.count) structural error(s); run 'jeju glossary check'")
        }
        return result.termbase
    }
}
