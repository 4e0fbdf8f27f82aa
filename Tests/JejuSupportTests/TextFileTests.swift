import Foundation
import TestSupport
import Testing

@testable import JejuSupport

@Suite struct TextFileTests {
    func temp(_ bytes: [UInt8]) throws -> String {
        let url = try JejuBinary.temporaryFolder().appendingPathComponent("input.txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
        let path = try temp(Array("line one\nab\u{E9}c".utf8) + [0xFF, 0x41])
        #expect(
            throws: Diagnostic(
                rule: "input.utf8", path: path, line: 2, column: 5,
                message: "invalid UTF-8 (byte 0xFF); save the file as UTF-8")
        ) {
            _ = try TextFile.read(path)
        }
    }

    @Test func bomAndCRLFAreNormalised() throws {
        let path = try temp([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc".utf8))
        #expect(try TextFile.read(path) == "a\nb\nc")
    }

    @Test func missingEmptyFolderAndOversizedInputsAreRefused() throws {
        #expect(throws: Diagnostic(rule: "input.missing", path: "/nonexistent/x", message: "no such file")) {
            _ = try TextFile.read("/nonexistent/x")
        }
        let empty = try temp([])
        #expect(throws: Diagnostic(rule: "input.empty", path: empty, message: "the file is empty")) {
            _ = try TextFile.read(empty)
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: Diagnostic(rule: "input.folder", path: folder, message: "is a folder, not a file")) {
            _ = try TextFile.read(folder)
        }
        let big = try temp(Array(repeating: 0x61, count: 2048))
        #expect(throws: Diagnostic.self) { _ = try TextFile.read(big, limit: 1024) }
    }

    /// The file is read straight into its array at the size it had; what it has beyond (a file that grew, or one
    /// that states no size, as /proc's) is read on, up to the limit.
    @Test func filesAreReadWholeWhateverTheSizeTheyState() throws {
        for n in [1, 2, 4095, 4096, 65_537, 300_001] {
            let bytes = (0..<n).map { i in UInt8(0x61 + i % 26) }
            #expect(try TextFile.readUTF8(try temp(bytes)) == bytes)
        }
        let status = try TextFile.readUTF8("/proc/self/status")
        #expect(status.starts(with: Array("Name:".utf8)) && status.count > 100)
        let maps = "/proc/self/maps"
        do {
            _ = try TextFile.readUTF8(maps, limit: 64)
            Issue.record("\(maps) was read past a limit of 64 bytes")
        } catch {
            #expect(error.rule == "limits.file")
        }
    }

    /// A large file is read, and its UTF-8 checked, in two halves at once: it reads as its bytes, and the first bad
    /// byte found is the one a check from the start finds, wherever it lies around the cut between the halves.
    @Test func aLargeFileReadsAndChecksAsOneReadFromTheStart() throws {
        // ASCII lines, and characters of two to four bytes around the middle, where the check cuts.
        let size = (16 << 20) + 7
        var bytes = [UInt8](repeating: 0, count: size)
        let line = Array("Local officials from 24 countries gather in Jeju.\n".utf8)
        for i in 0..<size { bytes[i] = line[i % line.count] }
        let wide = Array(String(repeating: "제주 ጄጁ 👍 Ǆ é ", count: 8).utf8)
        bytes.replaceSubrange((size / 2 - wide.count / 2)..<(size / 2 - wide.count / 2 + wide.count), with: wide)
        let path = try temp(bytes)
        #expect(try TextFile.readUTF8(path) == bytes)
        #expect(TextFile.firstInvalidUTF8(bytes) == nil)
        // Bad bytes at and around the middle, where the check cuts: a lone continuation byte, a sequence cut short,
        // a surrogate, a byte that is never UTF-8.
        let middle = bytes.count / 2
        var checked = 0
        for bad: [UInt8] in [[0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xFF], [0xF0, 0x9F, 0x91]] {
            for offset in -6...6 {
                var damaged = bytes
                damaged.replaceSubrange((middle + offset)..<(middle + offset + bad.count), with: bad)
                let expected = damaged.withUnsafeBufferPointer { TextFile.firstInvalidUTF8InOrder($0) }
                #expect(TextFile.firstInvalidUTF8(damaged) == expected, "\(bad) at \(offset)")
                if expected != nil { checked += 1 }
            }
        }
        #expect(checked > 40)
        // And the same through the file: its line and column.
        var damaged = bytes
        damaged[middle + 3] = 0xFF
        let first = try #require(damaged.withUnsafeBufferPointer { TextFile.firstInvalidUTF8InOrder($0) })
        let (badLine, badColumn) = TextFile.position(of: first, in: damaged)
        let bad = try temp(damaged)
        #expect(throws: Diagnostic.self) { _ = try TextFile.readUTF8(bad) }
        do {
            _ = try TextFile.readUTF8(bad)
        } catch {
            #expect(error.rule == "input.utf8" && error.line == badLine && error.column == badColumn)
        }
    }

    /// A large file that needs nothing changed is mapped, and reads as `readUTF8` reads it; one with a BOM or a CR
    /// is read and normalised instead, and one with a bad byte gets `readUTF8`'s diagnostic. A small file is read.
    @Test func aLargeFileNeedingNoChangeIsMappedAndReadsAsRead() throws {
        let line = Array("Local officials from 24 countries gather in Jeju. 제주\n".utf8)
        let size = (16 << 20) + 11
        let bytes = (0..<size).map { line[$0 % line.count] }
        let mapped = try TextFile.readUTF8Text(try temp(bytes))
        #expect(mapped.isMapped && mapped.count == bytes.count)
        #expect(mapped[0..<mapped.count] == bytes && mapped[5..<40] == Array(bytes[5..<40]))
        for change: (Int, [UInt8]) in [(0, [0xEF, 0xBB, 0xBF]), (size - 3, [13]), (size / 2, [0x0D, 0x0A])] {
            var changed = bytes
            changed.replaceSubrange(change.0..<(change.0 + change.1.count), with: change.1)
            let path = try temp(changed)
            let text = try TextFile.readUTF8Text(path)
            let read = try TextFile.readUTF8(path)
            #expect(!text.isMapped && text[0..<text.count] == read, "\(change)")
        }
        var damaged = bytes
        damaged[size / 3] = 0xFF
        let bad = try temp(damaged)
        let expected = try #require(throws: Diagnostic.self) { try TextFile.readUTF8(bad) }
        #expect(throws: expected) { _ = try TextFile.readUTF8Text(bad) }
        let small = try TextFile.readUTF8Text(try temp(Array(bytes[0..<1_000])))
        #expect(!small.isMapped && small[0..<small.count] == Array(bytes[0..<1_000]))
    }

    /// A mapped file cut short by another program while it is read: reading past its new end ends the process
    /// with `input.changed` on standard error and exit code 2, not a crash (SIGBUS).
    @Test func aMappedFileCutShortEndsTheProcessWithExitTwo() async throws {
        let result = try await #require(processExitsWith: .exitCode(2), observing: [\.standardErrorContent]) {
            let url = try JejuBinary.temporaryFolder().appendingPathComponent("cut.txt")
            try Data(repeating: 0x61, count: (16 << 20) + 5).write(to: url)
            let text = try TextFile.readUTF8Text(url.path)
            guard text.isMapped, truncate(url.path, 0) == 0 else { return }
            print(text.withUnsafeBufferPointer { $0[$0.count - 1] })
        }
        let message = String(decoding: result.standardErrorContent, as: UTF8.self)
        #expect(
            message.hasSuffix(
                "cut.txt: error: the file was cut short by another program while it was being read; run the command again [input.changed]\n"
            ), "\(message)")
    }

    @Test func carriageReturnsAreFoundAnywhere() throws {
        for at in [0, 1, 7, 8, 4_000] {
            var bytes = Array(repeating: UInt8(0x78), count: 4_100)
            bytes[at] = 13
            let read = try TextFile.readUTF8(try temp(bytes))
            #expect(read.count == 4_100 && read[at] == 10 && !read.contains(13))
        }
    }

    @Test func atomicWriteReplacesWholeFile() throws {
        let url = try JejuBinary.temporaryFolder().appendingPathComponent("sub/out.txt")
        try AtomicFile.write("first", to: url)
        try AtomicFile.write("second", to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "second")
        #expect(try AtomicFile.writeIfChanged(Data("second".utf8), to: url) == false)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(leftovers == ["out.txt"])
    }

    @Test func projectSettingsRejectBadTags() {
        #expect(throws: Diagnostic.self) {
            _ = try ProjectConfig.parse("source: en\ntargets: [ko, 'not a tag']\n", path: "jeju.yml")
        }
        #expect(throws: Diagnostic.self) {
            _ = try ProjectConfig.parse("source: en\ntargets: [en]\n", path: "jeju.yml")
        }
        let c = try? ProjectConfig.parse(ProjectConfig().yaml, path: "jeju.yml")
        #expect(c == ProjectConfig())
    }

    @Test func theProjectsRegister() throws {
        #expect(
            try ProjectConfig.parse("source: en\ntargets: [ko]\nregister: news\n", path: "jeju.yml").register == "news")
        #expect(try ProjectConfig.parse("source: en\ntargets: [ko]\n", path: "jeju.yml").register == nil)
        do {
            _ = try ProjectConfig.parse("source: en\ntargets: [ko]\nregister: News Items\n", path: "jeju.yml")
            Issue.record("a register that is not a lower-case word was accepted")
        } catch {
            #expect((error.rule, error.line, error.column) == ("config.value", 3, 11))
        }
    }
}
