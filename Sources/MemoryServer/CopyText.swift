/// PostgreSQL's `COPY … FORMAT text` encoding: tab-separated fields, `\N` for NULL, backslash escapes.
enum CopyText {
    /// One field, escaped.
    static func field(_ value: String?, into out: inout [UInt8]) {
        guard var value else { out.append(contentsOf: [0x5C, 0x4E]); return }  // \N
        value.withUTF8 { escape($0, into: &out) }
    }

    /// A tab, then the field `value`.
    static func next(_ value: String?, into out: inout [UInt8]) {
        out.append(0x09)
        field(value, into: &out)
    }

    /// The escape of byte `b` after a backslash, or 0 when `b` stands for itself.
    @inline(__always) private static func code(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x5C: 0x5C
        case 0x09: 0x74
        case 0x0A: 0x6E
        case 0x0D: 0x72
        default: 0
        }
    }

    /// `bytes` with backslash, tab, newline and carriage return escaped; runs without them copied whole.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var run = 0
        for i in bytes.indices where bytes[i] <= 0x5C {
            let c = code(bytes[i])
            if c == 0 { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
            out.append(0x5C)
            out.append(c)
            run = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    /// A `text[]` literal (`{"a","b"}`), each element quoted (`"` and `\` escaped inside), escaped as one field.
    static func array(_ values: [String], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, v) in values.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            for b in v.utf8 {
                switch b {
                case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x5C, b])  // \" in the literal, its \ escaped
                case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C, 0x5C, 0x5C])  // \\, each escaped
                default:
                    let c = code(b)
                    if c == 0 { out.append(b) } else { out.append(contentsOf: [0x5C, c]) }
                }
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: "}"))
    }

    /// An `integer[]` literal (`{1,-2}`).
    static func integers(_ values: [Int32], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, v) in values.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            if v < 0 { out.append(UInt8(ascii: "-")) }
            // The digits of |v|, most significant first (Int32.min's magnitude fits a UInt32).
            var magnitude = v.magnitude, divisor: UInt32 = 1
            while magnitude / divisor >= 10 { divisor *= 10 }
            while divisor > 0 {
                out.append(0x30 + UInt8(magnitude / divisor))
                magnitude %= divisor
                divisor /= 10
            }
        }
        out.append(UInt8(ascii: "}"))
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
