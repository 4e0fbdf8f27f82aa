import Foundation
import JejuSupport
import Testing

@Suite struct ChecksumTests {
    /// FIPS 180-4 / NIST CAVP example vectors, through swift-crypto.
    @Test func nistVectors() {
        #expect(Checksum.sha256(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Checksum.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            Checksum.sha256(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            Checksum.sha256(Data(repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

extension ChecksumTests {
    /// The memory index stores the fast hash: it must stay the same function, and tell one byte's change.
    @Test func fastHashIsStableAndSeesOneByte() {
        #expect(Checksum.fast(Data("abc".utf8)) == Checksum.fast(Data("abc".utf8)))
        #expect(Checksum.fast(Data()) == "cbf29ce484222325")
        var data = Data(repeating: 0x61, count: 4097)
        let before = Checksum.fast(data)
        data[2048] = 0x62
        #expect(Checksum.fast(data) != before)
    }
}
