import Foundation
import JejuSupport
import Notices
import Publishing
import Segmentation
import TestSupport

/// Notices, messages and translations built in the tests.
enum Fixtures {
    static let notice = """
        ---
        title: Korea and Kenya sign an *e-government* MOU
        date: 2016-06-14
        views: 12480
        id: 2016-06-14-kenya-mou
        ---
        The **Ministry of the Interior** and [ICT Authority](https://icta.go.ke) signed it. Both sides will share e-government practice.

        - First item
        - Second item

        ```
        not translated
        ```
        """

    static let older = """
        ---
        title: An older notice
        date: 2015-01-02
        views: 1
        id: 2015-01-02-older
        ---
        Only one sentence here.
        """

    /// The project's own UI messages (the real source document).
    static func messages() throws -> PageMessages {
        try PageMessages.read(
            SharedData.packageRoot.appendingPathComponent("locales/en/ui.json"), displayPath: "ui.json")
    }

    static func source(_ text: String, path: String = "n.md") throws -> SourceNotice {
        let notice = try NoticeReader.read(text, path: path)
        return try SourceNotice(notice: notice, segmenter: try Segmenter(language: "en"), path: path)
    }

    /// A translation of every sentence of `source` made by `translate` (nil = leave untranslated).
    static func translation(
        of source: SourceNotice, state: TranslationState = .translated,
        _ translate: (String) -> String?
    ) -> NoticeTranslation {
        NoticeTranslation(
            units: source.blocks.enumerated().map { index, block in
                TranslatedUnit(
                    id: "u\(index)",
                    segments: block.segments.map { s in
                        let target = translate(s.text)
                        return TranslatedSegment(
                            source: s.text, target: target, targetCodes: target == s.text ? s.content.codes : [],
                            state: target == nil ? .initial : state)
                    })
            })
    }

    /// Options that publish every page, however little of it is translated.
    static let everyPage = BuildOptions(
        publish: PublishPolicy(threshold: .init(minCompleteness: 0)), generator: "Jeju test")

    static func builder(
        _ notices: [SourceNotice], targets: [String], translations: MemoryTranslationSource,
        options: BuildOptions = Fixtures.everyPage
    ) throws -> SiteBuilder {
        SiteBuilder(
            sourceTag: "en", targets: targets, notices: notices, messages: try messages(),
            translations: translations, termbase: nil, templates: try SiteTemplates.builtIn(), options: options)
    }
}
