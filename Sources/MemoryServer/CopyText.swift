/// PostgreSQL's `COPY … FORMAT text` encoding: tab-separated fields, `\N` for NULL, backslash escapes.
enum CopyText {
    /// One field, escaped.
    static func field(_ value: String?, into out: inout [UInt8]) {
        guard var value else { out.append(contentsOf: [0x5C, 0x4E]); return }  // \N
        value.withUTF8 { escape($0, into: &out) }
    }

    /// `bytes` with backslash, tab, newline and carriage return escaped; runs without them copied whole.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var run = 0
        for (i, b) in bytes.enumerated() {
            let code: UInt8
            switch b {
            case 0x5C: code = 0x5C
            case 0x09: code = 0x74
            case 0x0A: code = 0x6E
            case 0x0D: code = 0x72
            default: continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
            out.append(0x5C)
            out.append(code)
            run = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    /// A `text[]` literal (`{"a","b"}`), each element quoted (`"` and `\` escaped inside), then escaped as one field.
    static func array(_ values: [String], into out: inout [UInt8]) {
        var literal: [UInt8] = [UInt8(ascii: "{")]
        for (i, v) in values.enumerated() {
            if i > 0 { literal.append(UInt8(ascii: ",")) }
            literal.append(UInt8(ascii: "\""))
            for b in v.utf8 {
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { literal.append(UInt8(ascii: "\\")) }
                literal.append(b)
            }
            literal.append(UInt8(ascii: "\""))
        }
        literal.append(UInt8(ascii: "}"))
        literal.withUnsafeBufferPointer { escape($0, into: &out) }
    }

    /// A row: fields joined by tabs, ended by a newline.
    static func row(_ fields: [Field], into out: inout [UInt8]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(0x09) }
            switch f {
            case .text(let s): field(s, into: &out)
            case .array(let a): array(a, into: &out)
            }
        }
        out.append(0x0A)
    }

    /// A field of a row.
    enum Field {
        case text(String?)
        case array([String])
    }
}
