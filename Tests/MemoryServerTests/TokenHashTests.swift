import Testing

@testable import MemoryServer

/// The token index's hash is PostgreSQL's `hashtext`: the values below are what PostgreSQL 15 gave for these texts
/// (`SELECT hashtext(s)`), every length from 0 to 13 bytes across the 12-byte blocks, the numbered occurrence's
/// U+0001 and text outside ASCII. The server tests hold every unit's hashes to the server's own.
@Suite struct TokenHashTests {
    @Test func hashesAreWhatPostgreSQLGives() {
        let expected: [(String, Int32)] = [
            ("", -1_477_818_771), ("a", 1_075_015_857), ("ab", 1_718_550_461), ("abc", -785_388_649),
            ("abcd", -393_934_804), ("meeting", -1_327_245_629), ("the\u{1}2", 2_060_137_082),
            ("\u{1}#", 24_274_775), ("0123456789ab", -1_437_215_093), ("0123456789abc", -1_125_236_995),
            ("berkas sebelum rapat 2024", 1_173_861_993), ("사무소", -1_762_216_575), ("é", -983_094_517),
        ]
        for (text, value) in expected {
            #expect(TokenOccurrences.hashes([text]) == [value], "\(text)")
        }
    }
}
