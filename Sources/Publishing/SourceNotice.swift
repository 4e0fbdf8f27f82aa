import Notices
import Segmentation

/// A source notice with its sentences: segmented once per build and localized into every locale.
public struct SourceNotice: Sendable {
    /// The notice as read.
    public let notice: Notice
    /// Its blocks, title first, with their sentences.
    public let blocks: [SegmentedBlock]
    /// The path of the notice file relative to the project, for messages.
    public let path: String

    /// Pairs a notice with its segmentation (`Segmenter.segments(of:)`).
    public init(notice: Notice, blocks: [SegmentedBlock], path: String) {
        self.notice = notice
        self.blocks = blocks
        self.path = path
    }

    /// Reads `notice` segmented by `segmenter`.
    public init(notice: Notice, segmenter: Segmenter, path: String) {
        self.init(notice: notice, blocks: segmenter.segments(of: notice), path: path)
    }
}
