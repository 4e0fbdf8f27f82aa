import Foundation
import JejuSupport
import ZIPFoundation

/// The returned files read out of an OmegaT kit's ZIP archive (`jeju merge KIT.zip`); `BundleArchive` writes it.
enum KitArchive {
    /// The files of an archive whose path (inside it) satisfies `wanted`, each at most `Limits.inputBytes`, with
    /// the archive's path and the entry's as the name a diagnostic shows (`kit.zip:ko-omegat/target/x.po`).
    static func files(_ url: URL, shownAs path: String, where wanted: (String) -> Bool) throws(Diagnostic) -> [(
        path: String, name: String, data: Data
    )] {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw Diagnostic(
                rule: "omegat.archive", path: path, line: 1, column: 1, message: "not a readable ZIP archive: \(error)")
        }
        var out: [(path: String, name: String, data: Data)] = []
        for entry in archive where entry.type == .file && wanted(entry.path) {
            guard entry.uncompressedSize <= Int64(Limits.inputBytes) else {
                throw Diagnostic(
                    rule: "limits.input", path: "\(path):\(entry.path)", line: 1, column: 1,
                    message:
                        "the file holds \(entry.uncompressedSize >> 20) MiB; a returned file may be at most \(Limits.describe(bytes: Limits.inputBytes))"
                )
            }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    data.append(chunk)
                    if data.count > Limits.inputBytes { throw CocoaError(.fileReadTooLarge) }
                }
            } catch {
                throw Diagnostic(
                    rule: "omegat.archive", path: "\(path):\(entry.path)", line: 1, column: 1,
                    message: "cannot read the entry: \(error)")
            }
            out.append((entry.path, "\(path):\(entry.path)", data))
        }
        return out.sorted { $0.path < $1.path }
    }
}
