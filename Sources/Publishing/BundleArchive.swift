import Foundation
import JejuSupport
import ZIPFoundation

/// A deterministic ZIP of a bundle (or of an OmegaT kit): entries sorted by path, one fixed timestamp and mode,
/// deflate. The same files always give the same bytes.
package enum BundleArchive {
    /// The timestamp every entry carries: 1980-01-01 00:00, the earliest a ZIP can store, built in the local
    /// calendar that ZIPFoundation converts back with (so the stored fields never depend on the time zone).
    private static let timestamp: Date = {
        var components = DateComponents()
        components.year = 1980
        components.month = 1
        components.day = 1
        return Calendar.current.date(from: components) ?? Date(timeIntervalSince1970: 315_532_800)
    }()

    /// The ZIP of `files` (paths relative to the bundle) under the folder `root`, with an entry for each of
    /// `folders` (which may be empty); `rule` names the diagnostic when it cannot be made.
    package static func zip(
        _ files: [(path: String, data: Data)], folders: [String] = [], root: String,
        rule: String = "build.archive"
    ) throws(Diagnostic) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for folder in folders.sorted() {
                try archive.addEntry(
                    with: "\(root)/\(folder)/", type: .directory, uncompressedSize: Int64(0),
                    modificationDate: timestamp, permissions: 0o755, compressionMethod: .none
                ) { _, _ in Data() }
            }
            for file in files.sorted(by: { $0.path < $1.path }) {
                let data = file.data
                try archive.addEntry(
                    with: "\(root)/\(file.path)", type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: timestamp, permissions: 0o644, compressionMethod: .deflate
                ) {
                    position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            guard let bytes = archive.data else {
                throw Diagnostic(rule: rule, path: "\(root).zip", message: "the archive is empty")
            }
            return bytes
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(rule: rule, path: "\(root).zip", message: "cannot create the archive: \(error)")
        }
    }
}
