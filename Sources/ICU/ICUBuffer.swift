/// The shim's output-buffer protocol, in one place: a C function writes into a caller buffer and returns the
/// needed length; `U_BUFFER_OVERFLOW_ERROR` means "call again with a buffer that large".
enum ICUBuffer {
    static let overflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR

    /// Runs `body` until the UTF-16 result fits and returns it as a `String`; throws any ICU failure.
    static func string(
        _ operation: @autoclosure () -> String, capacity initial: Int = 64,
        _ body: (_ dest: UnsafeMutablePointer<UInt16>?, _ capacity: Int32, _ status: inout Int32) -> Int32
    ) throws(ICUError) -> String {
        String(decoding: try units(operation(), capacity: initial, body), as: UTF16.self)
    }

    /// Like `string`, returning the code units.
    static func units(
        _ operation: @autoclosure () -> String, capacity initial: Int = 64,
        _ body: (_ dest: UnsafeMutablePointer<UInt16>?, _ capacity: Int32, _ status: inout Int32) -> Int32
    ) throws(ICUError) -> [UInt16] {
        var capacity = max(initial, 1)
        while true {
            var status: Int32 = 0
            var out = [UInt16](repeating: 0, count: capacity)
            let n = out.withUnsafeMutableBufferPointer { body($0.baseAddress, Int32(capacity), &status) }
            if status == overflow && Int(n) >= capacity { capacity = Int(n) + 1; continue }
            try ICUError.check(status, operation())
            out.removeSubrange(min(max(Int(n), 0), capacity)...)
            return out
        }
    }

    /// Runs `body` until the NUL-terminated ASCII result (locale ids, plural keywords) fits and returns it.
    static func ascii(
        _ operation: @autoclosure () -> String, capacity initial: Int = 64,
        _ body: (_ dest: UnsafeMutablePointer<CChar>?, _ capacity: Int32, _ status: inout Int32) -> Int32
    ) throws(ICUError) -> String {
        var capacity = max(initial, 1)
        while true {
            var status: Int32 = 0
            var out = [CChar](repeating: 0, count: capacity)
            let n = out.withUnsafeMutableBufferPointer { body($0.baseAddress, Int32(capacity), &status) }
            // A result that fills the buffer exactly comes back with U_STRING_NOT_TERMINATED_WARNING: retry with
            // room for the NUL, as for an overflow.
            if (status == overflow || status == -124) && Int(n) + 1 > capacity { capacity = Int(n) + 1; continue }
            try ICUError.check(status, operation())
            let length = min(max(Int(n), 0), capacity)
            return String(decoding: out[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}
