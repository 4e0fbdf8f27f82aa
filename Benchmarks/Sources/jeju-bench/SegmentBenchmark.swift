import Foundation

/// Segmenter versus a bare ICU sentence-break loop (filled in with the Segmentation module).
enum SegmentBenchmark {
    static func run(_ args: ArraySlice<String>) throws {
        print("segment benchmark: not yet written")
    }
}
