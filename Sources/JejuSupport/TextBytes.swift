import Foundation

/// The checked UTF-8 bytes of a text file, as `TextFile.readUTF8` gives them: in an array, or, for a large file
/// that needs nothing changed (no BOM, no CR, valid UTF-8), the file itself mapped into memory, read in place from
/// the kernel's page cache with no copy and no fresh memory to fill (`TextFile.readUTF8Text`).
public struct TextBytes: Sendable {
    @usableFromInline
    enum Storage: Sendable {
        case array([UInt8])
        case mapped(Data)
    }

    @usableFromInline
    let storage: Storage

    /// Bytes already in an array.
    public init(_ bytes: [UInt8]) { storage = .array(bytes) }

    /// A mapped file's bytes, checked by the caller.
    init(mapped data: Data) { storage = .mapped(data) }

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
        case .mapped(let d): d.count
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
        case .mapped(let d):
            let result = d.withUnsafeBytes { raw in
                Result { () throws(E) -> R in try body(raw.assumingMemoryBound(to: UInt8.self)) }
            }
            return try result.get()
        }
    }

    /// A copy of bytes `r`.
    public subscript(_ r: Range<Int>) -> [UInt8] {
        withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[r])) }
    }

    /// The bytes in an array (a copy of a mapped file's).
    public var array: [UInt8] {
        switch storage {
        case .array(let a): a
        case .mapped: self[0..<count]
        }
    }
}
