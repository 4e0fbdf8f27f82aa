internal import CICU

/// Legacy character sets, decoded by ICU's converters (the charsets old XML and TMX tools still declare).
public enum Charset {
    /// Why bytes could not be decoded.
    public enum Failure: Error, Equatable, Sendable {
        /// ICU has no converter by that name.
        case unknown(String)
        /// The byte at this offset does not start a character of the charset.
        case invalid(offset: Int)
    }

    /// `bytes` decoded from the charset `name` (an ICU name or alias, e.g. "ISO-8859-2", "windows-1251").
    public static func decode(_ bytes: [UInt8], from name: String) -> Result<String, Failure> {
        // A single-byte charset gives one code unit per byte; multi-byte ones no more than that.
        var capacity = bytes.count + 16
        while true {
            var units = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0, errorOffset: Int32 = -1
            let n = bytes.withUnsafeBufferPointer { src in
                units.withUnsafeMutableBufferPointer { dest in
                    src.withMemoryRebound(to: CChar.self) { s in
                        jeju_decode(
                            name, s.baseAddress, Int32(s.count), dest.baseAddress, Int32(capacity), &errorOffset,
                            &status)
                    }
                }
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ { capacity *= 2; continue }
            if errorOffset >= 0 { return .failure(.invalid(offset: Int(errorOffset))) }
            if status > 0 { return .failure(.unknown(name)) }
            return .success(String(decoding: units[..<Int(n)], as: UTF16.self))
        }
    }
}
