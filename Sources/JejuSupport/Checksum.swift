import Crypto
import Foundation

/// Checksums of file contents: SHA-256 (swift-crypto) where others verify them, a fast non-cryptographic hash
/// where Jeju only asks whether its own file changed.
public enum Checksum {
    /// The SHA-256 digest of `data` as 64 lowercase hexadecimal digits (a bundle manifest's checksums).
    public static func sha256(_ data: Data) -> String {
        hex(Array(SHA256.hash(data: data)))
    }

    /// A 64-bit FNV-1a variant over 8-byte words: detects a changed memory file cheaply (not a security hash; the
    /// memory index keeps it to know when to read a file again).
    public static func fast(_ data: some ContiguousBytes) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let count = data.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i + 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
                i += 8
            }
            while i < n {
                h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01B3
                i += 1
            }
            return n
        }
        h ^= UInt64(count)
        return String(h, radix: 16)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        bytes.withUnsafeBytes { appendHex($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the two lowercase hex digits of each of `bytes`, in order.
    public static func appendHex(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        @inline(__always) func digit(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x57 + d }
        for byte in bytes {
            out.append(digit(byte >> 4))
            out.append(digit(byte & 15))
        }
    }
}
