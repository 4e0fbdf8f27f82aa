import ICU
import JejuSupport
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
    /// The words of each sentence, by block (ICU word-break tokens of the source), which weigh completeness.
    public let words: [[Int]]

    /// Reads `notice` segmented by `segmenter`, counting its words in the segmenter's language.
    public init(notice: Notice, segmenter: Segmenter, path: String) throws(Diagnostic) {
        self.notice = notice
        self.path = path
        blocks = segmenter.segments(of: notice)
        let counter: WordCounter
        do throws(ICUError) {
            counter = try WordCounter(locale: LanguageTag(segmenter.language).icuLocale)
        } catch {
            throw Diagnostic(
                rule: "icu.word-break", path: path,
                message: "cannot open ICU word breaks for '\(segmenter.language)': \(error)")
        }
        words = blocks.map { $0.segments.map { counter.count($0.text) } }
    }
}
