import Foundation
import ICU

/// Standard output written as it is made, in writes of about 64 KiB: for commands whose output grows with their
/// input, so that none of it is held whole.
final class BufferedOutput {
    private static let chunk = 1 << 16
    private let fd: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init(fd: Int32 = 1) {
        self.fd = fd
        capacity = 2 * Self.chunk
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        flush()
        buffer.deallocate()
    }

    /// Room for `n` more bytes.
    private func reserve(_ n: Int) {
        if count + n <= capacity { return }
        flush()
        if n > capacity {
            buffer.deallocate()
            capacity = n
            buffer = .allocate(capacity: capacity)
        }
    }

    /// Appends `text` as UTF-8.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            reserve(bytes.count)
            if let base = bytes.baseAddress { (buffer + count).update(from: base, count: bytes.count) }
            count += bytes.count
        }
        if count >= Self.chunk { flush() }
    }

    /// Appends UTF-16 code units as UTF-8.
    func append(utf16 units: UnsafeBufferPointer<UInt16>) {
        reserve(3 * units.count)
        count += UTF16Text.encodeUTF8(units, to: buffer + count)
        if count >= Self.chunk { flush() }
    }

    /// Appends bytes as they are; a run of a chunk or more is written from where it stands, after what is buffered.
    func append(bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= Self.chunk, let base = bytes.baseAddress {
            flush()
            write(base, bytes.count)
            return
        }
        reserve(bytes.count)
        if let base = bytes.baseAddress { (buffer + count).update(from: base, count: bytes.count) }
        count += bytes.count
        if count >= Self.chunk { flush() }
    }

    /// Appends one byte (an ASCII character).
    func append(byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    /// Appends a non-negative integer in decimal.
    func append(decimal value: Int) {
        reserve(20)
        var digits = 1
        var v = value / 10
        while v > 0 { digits += 1; v /= 10 }
        v = value
        for k in stride(from: digits - 1, through: 0, by: -1) {
            buffer[count + k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
        }
        count += digits
    }

    /// Writes what is buffered.
    func flush() {
        write(buffer, count)
        count = 0
    }

    /// Writes `count` bytes from `bytes`, all of them unless the output fails.
    private func write(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        var offset = 0
        while offset < count {
            let n = Foundation.write(fd, bytes + offset, count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            offset += n
        }
    }
}
