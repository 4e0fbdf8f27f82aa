/// Every size Jeju accepts, in one place, and checked both ways: where input enters (notices, returned files,
/// imports, `ui.json`, termbases) and where Jeju reads its own files back — so no input can make Jeju write a file
/// it then refuses. Each limit is far above real content (a notice's longest sentence is under 1 KiB) and low
/// enough that no input exhausts memory or the stack.
public enum Limits {
    /// One input file read whole (notices, returned files, termbases, settings): 64 MiB.
    public static let inputBytes = 64 << 20
    /// A translation memory file (streamed): 1 GiB.
    public static let memoryBytes = 1 << 30
    /// One segment, source or target, with its inline codes written out (XLIFF, PO, CSV, TMX): 1 MiB.
    public static let segmentBytes = 1 << 20
    /// One page message (`ui.json`) or one term or definition in the termbase: 64 KiB.
    public static let messageBytes = 64 << 10
    /// How deeply XML elements (and so inline codes) may nest: 256 levels.
    public static let xmlDepth = 256
    /// Attributes on one XML element: 256.
    public static let xmlAttributes = 256

    /// "1 MiB", "64 KiB": a limit in words.
    public static func describe(bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
    }
}
