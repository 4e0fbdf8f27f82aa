internal import CICU

/// An ICU/CLDR transform such as "Any-Latin; Latin-ASCII" (ICU `utrans`): romanizes Hangul, Cyrillic, Ethiopic…
///
/// Owns its ICU handle. Not thread-safe: use one per thread.
public final class Transliterator {
    /// The compound id it was opened with.
    public let id: String
    private let handle: OpaquePointer

    /// Opens a transform by id ("Hangul-Latin", "Any-Latin; Latin-ASCII", "Cyrillic-Latin"). An unknown id
    /// throws `U_INVALID_ID`; a malformed one carries its column.
    public init(id: String) throws(ICUError) {
        let units = Array(id.utf16)
        var status: Int32 = 0, offset: Int32 = -1
        let raw = units.withUnsafeBufferPointer {
            jeju_translit_open($0.baseAddress, Int32($0.count), &offset, &status)
        }
        guard let raw, status <= 0 else {
            if let raw { jeju_translit_close(raw) }
            let column = offset >= 0 ? UTF16Text(units: units).scalarCount(0..<Int(offset)) + 1 : nil
            throw ICUError(
                status: status > 0 ? status : 1, operation: "opening transliterator '\(id)'",
                line: column == nil ? nil : 1, column: column)
        }
        self.handle = OpaquePointer(raw)
        self.id = id
    }

    deinit { jeju_translit_close(UnsafeMutableRawPointer(handle)) }

    /// `text` transformed: "정부" → "jeongbu" with "Any-Latin; Latin-ASCII".
    public func transliterate(_ text: String) -> String {
        let src = Array(text.utf16)
        let handle = self.handle
        // An open transform over valid UTF-16 has nothing to refuse; on an unexpected failure the text is kept.
        let result = try? src.withUnsafeBufferPointer { s throws(ICUError) in
            try ICUBuffer.string("transliterating", capacity: s.count * 2 + 16) { d, c, status in
                jeju_translit_apply(UnsafeRawPointer(handle), s.baseAddress, Int32(s.count), d, c, &status)
            }
        }
        return result ?? text
    }
}
