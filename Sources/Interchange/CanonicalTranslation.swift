import Foundation
import JejuSupport
import Notices

/// The canonical translation of one source document (a notice, or the UI messages) into one locale:
/// `locales/<tag>/<document-id>.xlf`, one XLIFF 2.1 file that `jeju extract` writes and `jeju merge` updates.
public enum CanonicalTranslation {
    /// The file id and name of the UI messages' translation (`locales/<tag>/ui.xlf`).
    public static let uiDocumentID = "ui"

    /// `locales/<tag>/<document-id>.xlf`.
    public static func url(project: Project, locale: String, documentID: String) -> URL {
        project.localeFolder(locale).appendingPathComponent("\(documentID).xlf")
    }

    /// Loads the translation of the notice (or `ui`) `documentID` into `locale`; nil when the file does not
    /// exist yet. Throws a positioned `Diagnostic` when it is unreadable, not XLIFF 2, for another language,
    /// or does not hold a `<file>` with that id. `without` leaves the units' memory candidates or glossary entries
    /// out, for a reader that does not use them.
    public static func load(
        project: Project, locale: String, documentID: String, without parts: Set<XLIFFReader.Part> = []
    ) throws(Diagnostic) -> XLIFFDocument? {
        let url = url(project: project, locale: locale, documentID: documentID)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let path = project.relativePath(url)
        let document = try XLIFFReader.read(try TextFile.readBytes(url.path), path: path, without: parts)
        guard let target = document.targetLanguage, target.lowercased() == locale.lowercased() else {
            throw Diagnostic(
                rule: "translation.language", path: path, line: 2,
                message: "trgLang is '\(document.targetLanguage ?? "")', expected '\(locale)'")
        }
        guard document.sourceLanguage.lowercased() == project.config.source.lowercased() else {
            throw Diagnostic(
                rule: "translation.language", path: path, line: 2,
                message: "srcLang is '\(document.sourceLanguage)', expected '\(project.config.source)'")
        }
        guard document.file(id: documentID) != nil else {
            throw Diagnostic(
                rule: "translation.file", path: path, line: 2, message: "no <file id=\"\(documentID)\"> in this file")
        }
        return document
    }
}
