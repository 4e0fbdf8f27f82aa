import Foundation
import JejuSupport
import Testing

/// `XMLInput.withUTF8` reads UTF-8 and ASCII files in place and converts the others: either way it hands over
/// the bytes `XMLInput.utf8` gives, or refuses the file as `utf8` does (the same rule, line, column and message).
@Suite struct XMLInputTests {
    /// What each reading gives: the bytes, or the refusal.
    static func outcome(_ read: () throws(Diagnostic) -> [UInt8]) -> String {
        do { return "bytes \(try read())" } catch {
            return "refused \(error.rule) \(error.line ?? 0):\(error.column ?? 0) \(error.message)"
        }
    }

    static func both(_ data: Data) -> (inPlace: String, copied: String) {
        (
            outcome { () throws(Diagnostic) in try XMLInput.withUTF8(data, path: "m.tmx") { Array($0) } },
            outcome { () throws(Diagnostic) in try XMLInput.utf8(data, path: "m.tmx") }
        )
    }

    static let document =
        "<?xml version=\"1.0\" encoding=\"ENC\"?>\n<tmx version=\"1.4\"><body>\n<tu><seg>Réunion à Jeju</seg></tu>\n</body></tmx>\n"

    @Test func everyEncodingGivesWhatTheCopyGives() {
        let utf8 = Array(Self.document.replacingOccurrences(of: "ENC", with: "UTF-8").utf8)
        let undeclared = Array(Self.document.replacingOccurrences(of: " encoding=\"ENC\"", with: "").utf8)
        let ascii = Array(Self.document.replacingOccurrences(of: "ENC", with: "us-ascii").utf8)
        let latin1Text = Self.document.replacingOccurrences(of: "ENC", with: "ISO-8859-1")
        let latin1: [UInt8] = latin1Text.unicodeScalars.map { UInt8($0.value) }
        let utf16Text = Self.document.replacingOccurrences(of: "ENC", with: "UTF-16")
        let le: [UInt8] = [0xFF, 0xFE] + utf16Text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + utf16Text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        var invalid = utf8
        invalid[utf8.firstIndex(of: 0xC3)!] = 0xFF  // line 3
        let inputs: [[UInt8]] = [
            utf8, undeclared, [0xEF, 0xBB, 0xBF] + utf8, ascii, [0xEF, 0xBB, 0xBF] + ascii,
            Array(ascii.filter { $0 < 0x80 }), latin1, [0xEF, 0xBB, 0xBF] + latin1, le, be, Array(utf16Text.utf8),
            invalid, [0xEF, 0xBB, 0xBF] + invalid, [], [0xEF, 0xBB, 0xBF], [0xC3],
        ]
        var refused = Set<String>()
        for bytes in inputs {
            let (inPlace, copied) = Self.both(Data(bytes))
            #expect(inPlace == copied, "\(bytes.prefix(8))")
            if copied.hasPrefix("refused") { refused.insert(String(copied.split(separator: " ")[1])) }
        }
        // The inputs reach both kinds of refusal.
        #expect(refused == ["xml.encoding", "input.utf8"])
    }

    /// Random damage to a UTF-8 document (bytes replaced, cut short, a BOM added) and a memory-mapped file:
    /// always what the copy gives.
    @Test func damagedAndMappedFilesGiveWhatTheCopyGives() throws {
        let base = Array(Self.document.replacingOccurrences(of: "ENC", with: "utf-8").utf8)
        var generator = SystemRandomNumberGenerator()
        var refusals = 0
        for _ in 0..<2_000 {
            var bytes = base
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            if Bool.random(using: &generator) { bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count))) }
            if Int.random(in: 0..<4, using: &generator) == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
            let (inPlace, copied) = Self.both(Data(bytes))
            #expect(inPlace == copied)
            if copied.hasPrefix("refused") { refusals += 1 }
        }
        #expect(refusals > 100)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xmlinput-\(getpid()).tmx")
        try Data([0xEF, 0xBB, 0xBF] + base).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let mapped = try Data(contentsOf: url, options: .alwaysMapped)
        let (inPlace, copied) = Self.both(mapped)
        #expect(inPlace == copied && inPlace == "bytes \(base)")
    }
}
