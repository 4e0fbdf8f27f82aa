import Foundation

/// The checked UTF-8 bytes of a text file, as `TextFile.readUTF8` gives them: in an array, or, for a large file
/// that needs nothing changed (no BOM, no CR, valid UTF-8), the file itself mapped into memory, read in place from
/// the kernel's page cache with no copy and no fresh memory to fill (`TextFile.readUTF8Text`).
public struct TextBytes: Sendable {
    @usableFromInline
    enum Storage: Sendable {
        case array([UInt8])
        /// Bytes `range` of a mapped file.
        case mapped(MappedFile, Range<Int>)
    }

    @usableFromInline
    let storage: Storage

    /// Bytes already in an array.
    public init(_ bytes: [UInt8]) { storage = .array(bytes) }

    /// A mapped file's bytes, checked by the caller.
    init(mapped file: MappedFile) { storage = .mapped(file, 0..<file.count) }

    /// Whether the bytes are a file mapped into memory.
    public var isMapped: Bool {
        if case .mapped = storage { return true }
        return false
    }

    /// How many bytes there are.
    @inlinable
    public var count: Int {
        switch storage {
        case .array(let a): a.count
        case .mapped(_, let r): r.count
        }
    }

    /// Whether there are none.
    @inlinable
    public var isEmpty: Bool { count == 0 }

    /// Calls `body` with the bytes where they are.
    @inlinable
    public func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E)
        -> R
    {
        switch storage {
        case .array(let a):
            return try a.withUnsafeBufferPointer { b throws(E) in try body(b) }
        case .mapped(let file, let r):
            return try body(UnsafeBufferPointer(start: file.base + r.lowerBound, count: r.count))
        }
    }

    /// Bytes `r` as their own `TextBytes`: a mapped file's share its pages, an array's are copied.
    public func part(_ r: Range<Int>) -> TextBytes {
        switch storage {
        case .array(let a): TextBytes(Array(a[r]))
        case .mapped(let file, let whole):
            TextBytes(storage: .mapped(file, (whole.lowerBound + r.lowerBound)..<(whole.lowerBound + r.upperBound)))
        }
    }

    private init(storage: Storage) { self.storage = storage }

    /// A copy of bytes `r`.
    public subscript(_ r: Range<Int>) -> [UInt8] {
        withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[r])) }
    }
}

/// A regular file mapped read-only into memory (its pages filled from the page cache up front), unmapped when the
/// last reference goes. Never written, so its bytes stay where they are for as long as it lives.
@usableFromInline
final class MappedFile: @unchecked Sendable {
    @usableFromInline
    let base: UnsafePointer<UInt8>
    @usableFromInline
    let count: Int

    /// The file at `path`, of `size` bytes (more than none); nil when it cannot be mapped, or is no longer a regular
    /// file of that size when opened (the caller then reads it, and sees what it has become).
    init?(_ path: String, size: Int) {
        guard size > 0 else { return nil }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var s = stat()
        guard fstat(fd, &s) == 0, s.st_mode & S_IFMT == S_IFREG, Int(s.st_size) == size else { return nil }
        // MAP_POPULATE (0x8000): every page mapped now, in one call, rather than a fault at a time.
        let p = mmap(nil, size, PROT_READ, MAP_PRIVATE | 0x8000, fd, 0)
        guard let p, p != MAP_FAILED else { return nil }
        base = UnsafePointer(p.assumingMemoryBound(to: UInt8.self))
        count = size
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), count) }
}
