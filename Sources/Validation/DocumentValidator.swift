import Foundation
import JejuSupport

/// Validates files of every kind `jeju validate` knows: recognises the kind, then runs its validator.
public enum DocumentValidator {
    /// Settings shared by all kinds.
    public struct Options: Sendable {
        /// XLIFF 2 settings.
        public var xliff2: XLIFF2Validator.Options
        /// Forces a kind instead of recognising it.
        public var kind: DocumentKind?

        /// Creates options.
        public init(xliff2: XLIFF2Validator.Options = .init(), kind: DocumentKind? = nil) {
            self.xliff2 = xliff2
            self.kind = kind
        }
    }

    /// Reads and validates the file at `path` (`-` for standard input).
    ///
    /// Throws a `Diagnostic` when the file cannot be read at all (missing, a folder, too large); everything about
    /// its content — invalid UTF-8, broken XML, a kind that cannot be recognised — is a finding in the report.
    public static func validate(path: String, options: Options = .init()) throws(Diagnostic) -> ValidationReport {
        let data = try TextFile.readBytes(path)
        return validate(data, path: path, options: options)
    }

    /// Validates `data`, named `path` in findings.
    public static func validate(_ data: Data, path: String, options: Options = .init()) -> ValidationReport {
        var data = data
        // UTF-16 XML (with its byte-order mark) is read as UTF-8 with the declaration saying so, so every check —
        // the refusal of entity declarations first — sees the same text.
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
            let text = String(data: data, encoding: .utf16)
        {
            var utf8 = text
            if utf8.hasPrefix("<?xml"), let end = utf8.firstIndex(of: ">") {
                let declaration = utf8[..<end].replacingOccurrences(
                    of: #"encoding\s*=\s*["'][^"']*["']"#, with: "encoding=\"UTF-8\"", options: .regularExpression)
                utf8 = declaration + utf8[end...]
            }
            data = Data(utf8.utf8)
        }
        if data.isEmpty {
            return ValidationReport(
                path: path, kind: nil,
                findings: [
                    ValidationFinding(rule: "input", path: path, line: nil, column: nil, message: "the file is empty")
                ])
        }
        // Text must be UTF-8, unless an XML declaration names another encoding (the XML parser decodes it then).
        do throws(Diagnostic) {
            // PO files name their charset in the header; POValidator decodes (and checks) them itself.
            if options.kind != .po && DocumentKind.detect(data, path: path) != .po,
                declaredEncoding(data).map({ ["utf-8", "utf8"].contains($0) }) ?? true
            {
                _ = try TextFile.decode(data, path: path)
            }
        } catch {
            return ValidationReport(
                path: path, kind: options.kind ?? DocumentKind.detect(data, path: path),
                findings: [ValidationFinding(rule: "input.utf8", error)])
        }
        guard let kind = options.kind ?? DocumentKind.detect(data, path: path) else {
            return ValidationReport(
                path: path, kind: nil,
                findings: [
                    ValidationFinding(
                        rule: "input.kind", path: path, line: 1, column: 1,
                        message:
                            "not a file jeju validate knows: expected XLIFF 2 or 1.2, PO, TMX, TBX or SRX (recognised by the root element, or the .po extension)"
                    )
                ])
        }
        let findings: [ValidationFinding]
        switch kind {
        case .xliff2: findings = XLIFF2Validator.validate(data, path: path, options: options.xliff2)
        case .xliff12: findings = XLIFF12Validator.validate(data, path: path)
        case .po: findings = POValidator.validate(data, path: path)
        case .tmx: findings = TMXValidator.validate(data, path: path)
        case .tbx: findings = TBXValidator.validate(data, path: path)
        case .srx: findings = SRXValidator.validate(data, path: path)
        }
        return ValidationReport(path: path, kind: kind, findings: findings)
    }

    /// The encoding an XML declaration names, lowercased, or nil when there is no declaration or no encoding.
    static func declaredEncoding(_ data: Data) -> String? {
        var head = [UInt8](data.prefix(200))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        guard head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")) else {
            return nil
        }
        let decl = String(decoding: head[..<end], as: UTF8.self)
        guard let r = decl.range(of: "encoding") else { return nil }
        let rest = decl[r.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
    }
}
