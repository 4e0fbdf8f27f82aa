import ICU
import Testing

@Suite struct UTF8EncodingTests {
    /// Scalars of every UTF-8 length, on both sides of each boundary, and random ones from every plane.
    static func scalars() -> [Unicode.Scalar] {
        let edges: [UInt32] = [0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF]
        var generator = SystemRandomNumberGenerator()
        let random = (0..<300).compactMap { _ in
            Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &generator))
        }
        return edges.compactMap(Unicode.Scalar.init) + random
    }

    @Test func aStringOfScalarsIsTheOneTheirViewMakes() {
        let scalars = Self.scalars()
        #expect(String(scalars: scalars) == String(String.UnicodeScalarView(scalars)))
        #expect(Array(String(scalars: scalars).unicodeScalars) == scalars)
        #expect(String(scalars: scalars[3..<40]).unicodeScalars.elementsEqual(scalars[3..<40]))
        #expect(String(scalars: [Unicode.Scalar]()).isEmpty)
    }

    /// UTF-8 read into UTF-16 gives the standard library's code units: ASCII runs of every length (widened eight
    /// bytes at a time) around characters of two to four bytes, at every offset.
    @Test func utf8IsReadIntoTheUnitsTheStandardLibraryGives() {
        let scalars = Self.scalars()
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text += String(repeating: "Jeju 24.", count: Int.random(in: 0...3, using: &generator))
                text += String(String.UnicodeScalarView(scalars[(round * 7) % 300..<((round * 7) % 300 + 3)]))
                text += String("officials~".prefix(Int.random(in: 0...10, using: &generator)))
            }
            #expect(UTF16Text(text).units == Array(text.utf16), "\(text.debugDescription)")
        }
    }

    @Test func utf16IsWrittenAsTheStandardLibraryDecodesIt() {
        let text = String(scalars: Self.scalars())
        // A lone surrogate at the end and one in the middle: U+FFFD, as `String(decoding:as:)` reads it.
        let units = Array(text.utf16) + [0xD800, 0x41, 0xDC00]
        var out = [UInt8](repeating: 0, count: 3 * units.count)
        let n = units.withUnsafeBufferPointer { u in
            out.withUnsafeMutableBufferPointer { UTF16Text.encodeUTF8(u, to: $0.baseAddress!) }
        }
        #expect(String(decoding: out[..<n], as: UTF8.self) == String(decoding: units, as: UTF16.self))
    }
}
