import Foundation
import JejuSupport

/// The termbase formats Jeju reads and writes, each declared once with its name, extensions and media type.
public enum TermbaseFormat: String, CaseIterable, Sendable {
    /// TBX v3 TBX-Basic (written); TBX v3 or TBX 2008 `martif` (read).
    case tbx
    /// TBX 2008 (`martif`, written for tools that read only the older version); read as `tbx` is.
    case tbx2008
    /// CSV (RFC 4180): TICO-19 layouts and Jeju's one-row-per-term layout.
    case csv
    /// OmegaT's tab-separated glossary.
    case tsv

    /// The format's name for `--format`.
    public var name: String { rawValue }
    /// File extensions, without the dot.
    public var extensions: [String] {
        switch self {
        case .tbx: ["tbx", "xml"]
        case .tbx2008: ["tbx"]
        case .csv: ["csv"]
        case .tsv: ["tsv", "tab", "txt", "utf8"]
        }
    }
    /// The IANA media type.
    public var mediaType: String {
        switch self {
        case .tbx, .tbx2008: "application/x-tbx+xml"
        case .csv: "text/csv"
        case .tsv: "text/tab-separated-values"
        }
    }

    /// The format of a termbase file: by its content (`FileFormat.detect`, the one sniffer every command uses:
    /// a TBX root element whatever the name), else by its extension.
    public static func detect(_ data: Data, path: String) -> TermbaseFormat? {
        switch FileFormat.detect(data, path: path) {
        case .tbx?: .tbx
        case .csv?: .csv
        case .tsv?: .tsv
        default: of(path: path).flatMap { $0 == .tbx2008 ? .tbx : $0 }
        }
    }

    /// The format a file's extension names (for files Jeju writes).
    public static func of(path: String) -> TermbaseFormat? {
        let ext = (path as NSString).pathExtension.lowercased()
        return allCases.first { $0.extensions.contains(ext) }
    }

    /// Reads a termbase file's bytes. TBX structure findings (for CSV: term notation kept literally) come back
    /// with it; malformed input throws a `Diagnostic` with its position (including invalid UTF-8 in CSV/TSV).
    public func read(_ data: Data, path: String, options: ImportOptions = ImportOptions()) throws(Diagnostic)
        -> (termbase: Termbase, findings: [GlossaryFinding])
    {
        switch self {
        case .tbx, .tbx2008:
            let result = try TBXReader.read(data, path: path)
            return (result.termbase, result.findings)
        case .csv:
            return try CSVTermbase.readReporting(try TextFile.decode(data, path: path), path: path, options: options)
        case .tsv:
            return (try OmegaTGlossary.read(try TextFile.decode(data, path: path), path: path, options: options), [])
        }
    }

    /// Writes a termbase. TSV needs the source and target locale.
    public func write(_ termbase: Termbase, source: String = "en", target: String? = nil) -> String {
        switch self {
        case .tbx: TBXWriter.write(termbase, language: source)
        case .tbx2008: TBXWriter.write(termbase, language: source, version: .tbx2008)
        case .csv: CSVTermbase.write(termbase)
        case .tsv: OmegaTGlossary.write(termbase, source: source, target: target ?? source)
        }
    }
}
