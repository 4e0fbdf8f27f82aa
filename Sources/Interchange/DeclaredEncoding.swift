import Foundation
import JejuSupport

/// The character encoding a file declares (an XML declaration's `encoding`, a PO header's `charset`), so that a
/// file in a legacy encoding is refused with the reason and the fix rather than with a bad byte's position only.
public enum DeclaredEncoding {
    /// The declared encoding, lower-cased, or nil when none is declared.
    public static func of(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
        for pattern in [#"<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']"#, #"charset=([A-Za-z0-9._-]+)"#] {
            if let r = head.range(of: pattern, options: .regularExpression) {
                let match = String(head[r])
                let value = match.split(whereSeparator: { "=\"' ".contains($0) }).last.map(String.init) ?? ""
                return value.lowercased()
            }
        }
        return nil
    }

    /// Decodes `data` as UTF-8 (BOM and CRLF handled by `TextFile.normalize`); a file that declares another
    /// encoding and is not valid UTF-8 is refused naming that encoding and how to convert it.
    public static func decodeUTF8(_ data: Data, path: String) throws(Diagnostic) -> String {
        String(decoding: try utf8(data, path: path), as: UTF8.self)
    }

    /// The bytes `decodeUTF8` decodes: checked UTF-8 without a BOM, line ends as LF (for a reader that parses
    /// bytes, sparing the string).
    public static func utf8(_ data: Data, path: String) throws(Diagnostic) -> [UInt8] {
        var bytes = [UInt8](data)
        do {
            try TextFile.normalize(&bytes, path: path)
            return bytes
        } catch {
            if let declared = of(data), !["utf-8", "utf8"].contains(declared) {
                throw Diagnostic(
                    rule: "input.encoding", path: path, line: error.line, column: error.column,
                    message:
                        "the file declares the encoding \(declared); Jeju reads UTF-8 only (convert it first, e.g. iconv -f \(declared) -t UTF-8, or msgconv -t UTF-8 for PO)"
                )
            }
            throw error
        }
    }
}
