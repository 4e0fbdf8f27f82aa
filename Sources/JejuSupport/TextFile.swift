import CJejuSystem
import Foundation

/// Reads input text the way every Jeju command does: UTF-8 (a BOM is dropped), CRLF and CR turned into LF,
/// size-limited so memory stays bounded, and every problem reported with its position.
public enum TextFile {
    /// The largest input Jeju reads into memory (notices, termbases, translation files): 64 MiB.
    public static let defaultLimit = Limits.inputBytes

    /// Reads `path` (or standard input for `-`) as text.
    ///
    /// Throws a `Diagnostic` for a missing file, a folder, a file over `limit` bytes, invalid UTF-8 (with the line
    /// and column of the first bad byte) or an empty file (when `allowEmpty` is false).
    public static func read(_ path: String, limit: Int = defaultLimit, allowEmpty: Bool = false) throws(Diagnostic)
        -> String
    {
        let data = try readBytes(path, limit: limit)
        if data.isEmpty && !allowEmpty {
            throw Diagnostic(rule: "input.empty", path: path, message: "the file is empty")
        }
        return try decode(data, path: path)
    }

    /// Reads `path` (or standard input for `-`) as UTF-8 bytes, checked and normalised as `read` does (BOM dropped,
    /// CRLF and CR turned into LF), without making a `String`: the one copy of the text a streaming reader works
    /// on. The bytes are read straight into the array, so no other copy is alive at any time.
    public static func readUTF8(_ path: String, limit: Int = defaultLimit, allowEmpty: Bool = false) throws(Diagnostic)
        -> [UInt8]
    {
        var bytes: [UInt8]
        if path == "-" {
            bytes = [UInt8](try readBytes(path, limit: limit))
        } else {
            let size = try checkedSize(path, limit: limit)
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw Diagnostic(
                    rule: "input.unreadable", path: path, message: "cannot read the file (permission denied?)")
            }
            defer { close(fd) }
            // Straight into the array: the size the file had, and one byte more to see whether it grew since.
            var failure: Int32?
            bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
                count = 0
                if size >= twoCoreBytes, let base = buffer.baseAddress {
                    // Both halves at once, each read at its offset: the page faults and the copy on both cores.
                    let half = size / 2
                    hugePages(base, size)
                    let read = inHalves(size, cut: half) { r in
                        readFully(fd, into: base, from: r.lowerBound, to: r.upperBound)
                    }
                    if read.0.1 != 0 || read.1.1 != 0 {
                        failure = read.0.1 != 0 ? read.0.1 : read.1.1
                        return
                    }
                    // A file that shrank since its size was taken is read again from the start, one read at a time.
                    guard read.0.0 == half, read.1.0 == size - half else { _ = lseek(fd, 0, SEEK_SET); return }
                    count = size
                    _ = lseek(fd, off_t(size), SEEK_SET)
                }
                while count < buffer.count, let base = buffer.baseAddress {
                    let n = Foundation.read(fd, base + count, buffer.count - count)
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 { failure = errno }
                    if n <= 0 { return }
                    count += n
                }
            }
            if let failure {
                throw Diagnostic(
                    rule: "input.unreadable", path: path,
                    message: "cannot read the file: \(String(cString: strerror(failure)))")
            }
            // A file that grew after its size was taken: the rest in chunks, up to the limit.
            let overLimit = Diagnostic(
                rule: "limits.file", path: path,
                message: "the file is over \(limit >> 20) MiB; one input may be at most \(limit >> 20) MiB")
            if bytes.count > limit { throw overLimit }
            var chunk = [UInt8](repeating: 0, count: bytes.count > size ? 1 << 16 : 0)
            while !chunk.isEmpty {
                let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Diagnostic(
                        rule: "input.unreadable", path: path,
                        message: "cannot read the file: \(String(cString: strerror(errno)))")
                }
                if n == 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
                if bytes.count > limit { throw overLimit }
            }
        }
        if bytes.isEmpty && !allowEmpty {
            throw Diagnostic(rule: "input.empty", path: path, message: "the file is empty")
        }
        try normalize(&bytes, path: path)
        return bytes
    }

    /// Asks the kernel to back the 2 MiB pages wholly within `size` bytes at `base` with huge pages, where it does
    /// so only when asked (`transparent_hugepage` set to `madvise`, Debian's default): one page fault for 2 MiB
    /// instead of 512. A hint, nothing more: the memory is the same either way.
    static func hugePages(_ base: UnsafeMutableRawPointer, _ size: Int) {
        let huge = 2 << 20
        let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: base) + size) & ~(huge - 1)
        guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(p, end - start, 14)  // MADV_HUGEPAGE
    }

    /// `readUTF8`, with a large regular file (`twoCoreBytes` or more) that needs nothing changed — no BOM, no CR,
    /// valid UTF-8 — mapped into memory instead of read: the kernel's pages of the file are read in place, where
    /// reading them would copy them into fresh memory the kernel must first clear (on this platform most of the
    /// time of reading a large file). Any other file, or one that needs changing, is read as `readUTF8` reads it,
    /// with the same diagnostics. A mapped file cut short by another program while it is being read ends the process
    /// with `input.changed` and exit code 2 (`mapped`).
    public static func readUTF8Text(_ path: String, limit: Int = defaultLimit, allowEmpty: Bool = false)
        throws(Diagnostic) -> TextBytes
    {
        if path != "-", let size = try? checkedSize(path, limit: limit), size >= twoCoreBytes,
            let file = MappedFile(path, size: size)
        {
            guardMappedReads(shown: path)
            let text = TextBytes(mapped: file)
            let unchanged = text.withUnsafeBufferPointer { b in
                !b.starts(with: [0xEF, 0xBB, 0xBF]) && !holdsCR(b) && firstInvalidUTF8(b) == nil
            }
            if unchanged { return text }
        }
        return TextBytes(try readUTF8(path, limit: limit, allowEmpty: allowEmpty))
    }

    /// Whether `b` holds a CR, its two halves looked through at once.
    static func holdsCR(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let found = inHalves(b.count, cut: b.count / 2) { r in memchr(base + r.lowerBound, 13, r.count) != nil }
        return found.0 || found.1
    }

    /// The file at `url` mapped into memory (`Data` with `.alwaysMapped`): its pages are read where they are, from
    /// the kernel's page cache. A file cut short by another program while it is mapped makes reading past its new
    /// end fault (SIGBUS); the fault then ends the process with `input.changed` for `shown` on standard error and
    /// exit code 2, not a crash. Files Jeju writes are replaced whole (`atomicWrite`), so none is left half-written.
    public static func mapped(_ url: URL, shown: String) throws -> Data {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        guardMappedReads(shown: shown)
        return data
    }

    /// Makes a fault reading a mapped file end the process with `input.changed` for `shown` and exit code 2.
    static func guardMappedReads(shown: String) {
        let changed = Diagnostic(
            rule: "input.changed", path: shown,
            message: "the file was cut short by another program while it was being read; run the command again")
        _ = jeju_guard_mapped_reads(changed.description + "\n")
    }

    /// `work` on `0..<cut` and `cut..<count` at once, one on each core: the two halves of a read or a check, each
    /// touching only its own bytes and its own result.
    static func inHalves<T>(_ count: Int, cut: Int, _ work: (Range<Int>) -> T) -> (T, T) {
        let results = UnsafeMutableBufferPointer<T>.allocate(capacity: 2)
        defer { results.deallocate() }
        return withoutActuallyEscaping(work) { work in
            let shared = Halves((work, results))
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                let (work, results) = shared.value
                results.initializeElement(at: k, to: work(k == 0 ? 0..<cut : cut..<count))
            }
            defer { results.deinitialize() }
            return (results[0], results[1])
        }
    }

    /// What the two halves share: each touches only its own bytes and slot.
    private struct Halves<P>: @unchecked Sendable {
        let value: P
        init(_ value: P) { self.value = value }
    }

    /// From this size on, a file is read, and its UTF-8 checked, on two cores.
    static let twoCoreBytes = 16 << 20

    /// Reads `fd` from `from` up to `to` into `base + from`, at those offsets (pread): how much it read, and the
    /// error it ended with (0 for none).
    private static func readFully(_ fd: Int32, into base: UnsafeMutablePointer<UInt8>, from: Int, to: Int) -> (
        Int, Int32
    ) {
        var at = from
        while at < to {
            let n = pread(fd, base + at, to - at, off_t(at))
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return (at - from, errno) }
            if n == 0 { break }
            at += n
        }
        return (at - from, 0)
    }

    /// The size of the file at `path`, refusing missing files, folders and files over `limit` bytes.
    private static func checkedSize(_ path: String, limit: Int) throws(Diagnostic) -> Int {
        // One stat(2): FileManager's attributes would also look up the owner's user and group names, reading
        // /etc/passwd and /etc/group for every file.
        var s = stat()
        guard stat(path, &s) == 0 else {
            throw Diagnostic(rule: "input.missing", path: path, message: "no such file")
        }
        if (s.st_mode & S_IFMT) == S_IFDIR {
            throw Diagnostic(rule: "input.folder", path: path, message: "is a folder, not a file")
        }
        let size = Int(s.st_size)
        if size > limit {
            throw Diagnostic(
                rule: "limits.file", path: path,
                message: "the file is \(size >> 20) MiB; one input may be at most \(limit >> 20) MiB")
        }
        return size
    }

    /// Reads the raw bytes of `path` (or standard input for `-`), refusing folders, missing files and files over
    /// `limit` bytes without reading them whole.
    public static func readBytes(_ path: String, limit: Int = defaultLimit) throws(Diagnostic) -> Data {
        if path == "-" {
            var data = Data()
            let handle = FileHandle.standardInput
            while true {
                let chunk = handle.readData(ofLength: 1 << 20)
                if chunk.isEmpty { break }
                data.append(chunk)
                if data.count > limit {
                    throw Diagnostic(
                        rule: "limits.file", path: path,
                        message: "standard input is larger than \(limit >> 20) MiB, the limit for one input")
                }
            }
            return data
        }
        _ = try checkedSize(path, limit: limit)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(rule: "input.unreadable", path: path, message: "cannot read the file (permission denied?)")
        }
        return data
    }

    /// Decodes UTF-8 `data`, dropping a BOM and normalising line ends to LF. Invalid UTF-8 throws a diagnostic
    /// with the line and column of the first bad byte.
    public static func decode(_ data: Data, path: String) throws(Diagnostic) -> String {
        var bytes = [UInt8](data)
        try normalize(&bytes, path: path)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Drops a BOM, checks the UTF-8 (a diagnostic with the line and column of the first bad byte) and turns CRLF
    /// and CR into LF, in place.
    public static func normalize(_ bytes: inout [UInt8], path: String) throws(Diagnostic) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = position(of: bad, in: bytes)
            throw Diagnostic(
                rule: "input.utf8", path: path, line: line, column: column,
                message:
                    "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save the file as UTF-8")
        }
        let found: Int? = bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, let hit = memchr(base, 13, b.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        guard let firstCR = found else { return }
        var out = firstCR
        var i = firstCR
        let n = bytes.count
        bytes.withUnsafeMutableBufferPointer { b in
            while i < n {
                let c = b[i]
                if c == 13 {
                    b[out] = 10
                    i += i + 1 < n && b[i + 1] == 10 ? 2 : 1
                } else {
                    b[out] = c
                    i += 1
                }
                out += 1
            }
        }
        bytes.removeLast(n - out)
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil. ASCII runs go eight bytes at a time.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }

    /// `firstInvalidUTF8` of bytes in place (a mapped file's, without copying them). From `twoCoreBytes` on, two
    /// halves are checked at once, cut where a character starts (a byte that is no continuation byte): a sequence
    /// that the cut would split is one the whole check finds wrong at its first byte, as the first half's check does.
    public static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count >= twoCoreBytes else { return firstInvalidUTF8InOrder(b) }
        var cut = b.count / 2
        while cut < b.count, cut - b.count / 2 < 4, b[cut] & 0xC0 == 0x80 { cut += 1 }
        guard cut < b.count, b[cut] & 0xC0 != 0x80 else { return firstInvalidUTF8InOrder(b) }
        let found = inHalves(b.count, cut: cut) { r in
            firstInvalidUTF8InOrder(UnsafeBufferPointer(rebasing: b[r])).map { $0 + r.lowerBound }
        }
        return found.0 ?? found.1
    }

    /// `firstInvalidUTF8` read from the first byte to the last, on the calling thread.
    static func firstInvalidUTF8InOrder(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = p.baseAddress else { return nil }
        let n = p.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            let width: Int
            var cp: UInt32
            let lowest: UInt32
            switch b {
            case 0xC2...0xDF: width = 2; cp = UInt32(b & 0x1F); lowest = 0x80
            case 0xE0...0xEF: width = 3; cp = UInt32(b & 0x0F); lowest = 0x800
            case 0xF0...0xF4: width = 4; cp = UInt32(b & 0x07); lowest = 0x10000
            default: return i
            }
            guard i + width <= n else { return i }
            for k in 1..<width {
                let c = p[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                cp = cp << 6 | UInt32(c & 0x3F)
            }
            if cp < lowest || cp > 0x10FFFF || (0xD800...0xDFFF).contains(cp) { return i }
            i += width
        }
        return nil
    }

    /// 1-based line and column (in Unicode scalars) of byte `offset`.
    public static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes[0..<min(offset, bytes.count)] {
            if b == 10 { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
