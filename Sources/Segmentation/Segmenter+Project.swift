import Foundation
import JejuSupport
import Notices

extension Segmenter {
    /// The segmenter a project uses for `language`: rules from `extraRuleFiles` (e.g. `--srx`) first, then the
    /// project's `locales/<tag>/segmentation.srx`, then Jeju's defaults; exceptions from
    /// `locales/<tag>/segmentation-exceptions.txt`. Without a project, only `extraRuleFiles` and the defaults.
    public static func forProject(_ project: Project?, language: String, extraRuleFiles: [String] = [])
        throws(Diagnostic) -> Segmenter
    {
        var sets: [SRXRules] = []
        for file in extraRuleFiles { sets.append(try SRXRules.load(file)) }
        var exceptions: [SegmentationException] = []
        if let project {
            if let srx = project.segmentationRules(for: language) {
                sets.append(try SRXRules.load(srx.path, displayPath: project.relativePath(srx)))
            }
            let list = project.localeFolder(language).appendingPathComponent("segmentation-exceptions.txt")
            if FileManager.default.fileExists(atPath: list.path) {
                exceptions = try SegmentationException.parse(
                    TextFile.read(list.path, allowEmpty: true),
                    path: project.relativePath(list))
            }
        }
        sets.append(try SRXRules.jejuDefaults)
        return try Segmenter(language: language, ruleSets: sets, exceptions: exceptions)
    }

    /// The segments of every translatable block of `notice`, title first.
    public func segments(of notice: Notice) -> [SegmentedBlock] {
        notice.blocks.map { block in
            SegmentedBlock(block: block, segments: block.isTranslatable ? segments(of: block.content) : [])
        }
    }
}

/// A block with its sentences.
public struct SegmentedBlock: Sendable, Equatable {
    /// The block.
    public var block: Block
    /// Its sentences (none for code blocks).
    public var segments: [SourceSegment]
}
