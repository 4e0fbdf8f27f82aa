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
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
