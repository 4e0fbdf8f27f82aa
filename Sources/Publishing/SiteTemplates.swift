import Foundation
import JejuSupport
import Mustache

/// The Mustache templates a build renders with: Jeju's own, each replaced by the project's
/// `templates/<name>.mustache` when that file exists.
public struct SiteTemplates: Sendable {
    /// The template names a project may override.
    public static var names: [String] { DefaultTemplates.all.map(\.name) }

    private let library: MustacheLibrary
    /// Which templates came from the project (names, sorted).
    public let overridden: [String]
    /// The text of every template in use, in `names` order: part of the build's input fingerprint.
    public let sourceText: String

    /// Jeju's own templates.
    public static func builtIn() throws(Diagnostic) -> SiteTemplates {
        try SiteTemplates(folder: nil, displayFolder: "")
    }

    /// The templates with overrides from `folder` (nil or missing: none). A template that does not parse
    /// throws a `Diagnostic` with its line and column.
    public init(folder: URL?, displayFolder: String) throws(Diagnostic) {
        var library = MustacheLibrary()
        var overridden: [String] = []
        var source = ""
        for (name, builtIn) in DefaultTemplates.all {
            var text = builtIn, path = "<built-in \(name)>"
            if let folder {
                let file = folder.appendingPathComponent("\(name).mustache")
                if FileManager.default.fileExists(atPath: file.path) {
                    path = displayFolder.isEmpty ? file.path : "\(displayFolder)/\(name).mustache"
                    text = try TextFile.read(file.path, allowEmpty: true)
                    overridden.append(name)
                }
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw Diagnostic(
                    rule: "template.syntax", path: path, line: error.context.lineNumber,
                    column: error.context.columnNumber,
                    message: "not a valid Mustache template: \(error.error)")
            } catch {
                throw Diagnostic(
                    rule: "template.syntax", path: path, message: "not a valid Mustache template: \(error)")
            }
            source += "\(name)\n\(text.utf8.count)\n\(text)"
        }
        self.library = library
        self.overridden = overridden
        self.sourceText = source
    }

    /// Renders template `name` with `context` (dictionaries, arrays, strings, booleans).
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
