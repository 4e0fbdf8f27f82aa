import Foundation
import ICU

/// Turns the bytes of an XML file into UTF-8 the scanner can read: a BOM is dropped, UTF-16 (either order) is
/// transcoded, and any other declared encoding (ISO-8859-1, windows-1252: what old TMX tools still write) is converted
/// by ICU.
/// Invalid input is refused with the position of the first bad byte.
public enum XMLInput {
    /// UTF-8 bytes of `data`, the file at `path`.
    public static func utf8(_ data: Data, path: String) throws(Diagnostic) -> [UInt8] {
        try utf8(bytes: [UInt8](data), path: path)
    }

    /// Calls `body` with the UTF-8 bytes `utf8` gives for `data`, read in place where the file is UTF-8 (or ASCII)
    /// already, as most are: a memory-mapped file of any size is then checked and read without a copy of its
    /// bytes. Other encodings are converted into an array first, as `utf8` does.
    public static func withUTF8<R>(
        _ data: Data, path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> R
    ) throws(Diagnostic) -> R {
        guard case .utf8(let bom, let asciiOnly) = form([UInt8](data.prefix(515))) else {
            let bytes = try utf8(data, path: path)
            return try bytes.withUnsafeBufferPointer { b throws(Diagnostic) in try body(b) }
        }
        let result = data.withUnsafeBytes { raw in
            let b = UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[bom...])
            return Result { () throws(Diagnostic) -> R in
                try check(b, asciiOnly: asciiOnly, path: path)
                return try body(b)
            }
        }
        return try result.get()
    }

    /// `utf8` of bytes already in an array (not copied again when they are UTF-8 without a BOM).
    public static func utf8(bytes: [UInt8], path: String) throws(Diagnostic) -> [UInt8] {
        switch form(Array(bytes.prefix(515))) {
        case .utf16(let bigEndian):
            return try utf16(bytes, bigEndian: bigEndian, path: path)
        case .utf8(let bom, let asciiOnly):
            var bytes = bytes
            if bom > 0 { bytes.removeFirst(bom) }
            try bytes.withUnsafeBufferPointer { b throws(Diagnostic) in try check(b, asciiOnly: asciiOnly, path: path) }
            return bytes
        case .declared("utf-16", _), .declared("utf16", _):
            throw Diagnostic(
                rule: "xml.encoding", path: path, line: 1, column: 1,
                message: "declares UTF-16 but has no byte order mark")
        case .declared(let other, let bom):
            // Any other charset ICU has a converter for (ISO-8859-1…16, windows-1250…1258, KOI8-R, Shift_JIS…).
            let bytes = bom == 0 ? bytes : Array(bytes.dropFirst(bom))
            switch Charset.decode(bytes, from: other) {
            case .success(let text): return Array(text.utf8)
            case .failure(.invalid(let offset)):
                throw positioned(
                    bytes, offset, path, "a byte that is not a character in the declared encoding '\(other)'")
            case .failure(.unknown):
                throw Diagnostic(
                    rule: "xml.encoding", path: path, line: 1, column: 1,
                    message: "the encoding '\(other)' is not one ICU knows; save the file as UTF-8 or UTF-16")
            }
        }
    }

    /// How a file holds its text, as its first bytes say.
    private enum Form {
        /// UTF-8 (or ASCII, `asciiOnly`) after a BOM of `bom` bytes: read as it is.
        case utf8(bom: Int, asciiOnly: Bool)
        /// UTF-16 with a BOM, or an XML declaration written in it.
        case utf16(bigEndian: Bool)
        /// Another encoding the XML declaration names (after a UTF-8 BOM of `bom` bytes, which contradicts it).
        case declared(String, bom: Int)
    }

    /// The form of a file whose first bytes (at least 515, or all of them) are `head`.
    private static func form(_ head: [UInt8]) -> Form {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            return form(declaredEncoding(Array(head.dropFirst(3))), bom: 3)
        } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
            return .utf16(bigEndian: false)
        } else if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
            return .utf16(bigEndian: true)
        }
        return form(declaredEncoding(head), bom: 0)
    }

    private static func form(_ declared: String?, bom: Int) -> Form {
        switch declared {
        case nil, "utf-8", "utf8": .utf8(bom: bom, asciiOnly: false)
        case "us-ascii", "ascii": .utf8(bom: bom, asciiOnly: true)
        case let other?: .declared(other, bom: bom)
        }
    }

    /// Refuses bytes read as they are that are not UTF-8 (or, `asciiOnly`, not ASCII), at the first bad one.
    private static func check(_ b: UnsafeBufferPointer<UInt8>, asciiOnly: Bool, path: String) throws(Diagnostic) {
        if asciiOnly {
            if let bad = b.firstIndex(where: { $0 >= 0x80 }) {
                throw positioned(b, bad, path, "a byte above 0x7F in a file that declares encoding=\"us-ascii\"")
            }
        } else if let bad = TextFile.firstInvalidUTF8(b) {
            throw positioned(
                b, bad, path, rule: "input.utf8",
                "invalid UTF-8 (byte 0x\(String(b[bad], radix: 16, uppercase: true))); save the file as UTF-8")
        }
    }

    private static func positioned(
        _ bytes: [UInt8], _ offset: Int, _ path: String, rule: String = "xml.encoding",
        _ message: String
    ) -> Diagnostic {
        bytes.withUnsafeBufferPointer { positioned($0, offset, path, rule: rule, message) }
    }

    private static func positioned(
        _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ path: String, rule: String = "xml.encoding",
        _ message: String
    ) -> Diagnostic {
        let (line, column) = XMLScanner.position(of: offset, in: bytes)
        return Diagnostic(rule: rule, path: path, line: line, column: column, message: message)
    }

    /// Whether the bytes are not UTF-8 as they stand (UTF-16, or a legacy encoding), so byte offsets of the
    /// converted text do not match the file's.
    public static func needsTranscoding(_ data: Data) -> Bool {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0x3C, 0x00])
            || data.starts(with: [0x00, 0x3C])
        {
            return true
        }
        switch declaredEncoding([UInt8](data.prefix(512))) {
        case nil, "utf-8", "utf8", "us-ascii", "ascii": return false
        default: return true
        }
    }

    /// The `encoding` of the XML declaration, lower-cased, if any.
    public static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let end = bytes.prefix(512).firstIndex(of: UInt8(ascii: ">")) ?? min(bytes.count, 512)
        let decl = String(decoding: bytes[0..<end], as: UTF8.self)
        guard let range = decl.range(of: "encoding") else { return nil }
        let rest = decl[range.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
    }

    private static func utf16(_ bytes: [UInt8], bigEndian: Bool, path: String) throws(Diagnostic) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            units.append(
                bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        if units.first == 0xFEFF { units.removeFirst() }
        var out: [UInt8] = []
        out.reserveCapacity(units.count + units.count / 4)
        var line = 1, column = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
                UTF8.encode(s) { out.append($0) }
            case .emptyInput: break loop
            case .error:
                throw Diagnostic(
                    rule: "xml.encoding", path: path, line: line, column: column,
                    message: "invalid UTF-16 (an unpaired surrogate)")
            }
        }
        if bytes.count % 2 == 1 {
            throw Diagnostic(
                rule: "xml.encoding", path: path, line: line, column: column,
                message: "invalid UTF-16 (an odd number of bytes)")
        }
        return out
    }
}
