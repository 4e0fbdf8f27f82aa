/// PostgreSQL's `COPY … FORMAT text` encoding: tab-separated fields, `\N` for NULL, backslash escapes.
enum CopyText {
    /// One field, escaped.
    static func field(_ value: String?, into out: inout [UInt8]) {
        guard let value else { out.append(contentsOf: Array("\\N".utf8)); return }
        for b in value.utf8 {
            switch b {
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            default: out.append(b)
            }
        }
    }

    /// A `text[]` literal (`{"a","b"}`), each element quoted, then escaped as one field.
    static func array(_ values: [String], into out: inout [UInt8]) {
        var literal = "{"
        for (i, v) in values.enumerated() {
            if i > 0 { literal += "," }
            literal += "\""
            for ch in v.unicodeScalars {
                if ch == "\"" || ch == "\\" { literal += "\\" }
                literal.unicodeScalars.append(ch)
            }
            literal += "\""
        }
        literal += "}"
        field(literal, into: &out)
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
