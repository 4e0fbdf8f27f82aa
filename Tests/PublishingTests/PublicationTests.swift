import Foundation
import JejuSupport
import Publishing
import TestSupport
import Testing

/// What the publication threshold, the QA gate and a preview do to pages, indexes, sitemaps and bundles.
@Suite struct PublicationTests {
    let newer = "2016-06-14-kenya-mou", older = "2015-01-02-older"

    /// Two notices; `older` fully translated into ko and vi, `newer` half into vi (by words) and not at all into ko.
    func build(_ policy: PublishPolicy, qaErrors: QAErrors = QAErrors()) throws -> (MemoryOutput, BuildReport) {
        let a = try Fixtures.source(Fixtures.notice), b = try Fixtures.source(Fixtures.older, path: "o.md")
        let full = Fixtures.translation(of: b) { "[t] " + $0 }
        let half = Fixtures.translation(of: a) { $0.hasPrefix("The ") || $0.hasPrefix("Korea") ? "[vi] " + $0 : nil }
        let out = MemoryOutput()
        let report = try Fixtures.builder(
            [a, b], targets: ["ko", "vi"],
            translations: MemoryTranslationSource(
                notices: ["ko": [older: full], "vi": [older: full, newer: half]]),
            options: BuildOptions(publish: policy, qaErrors: qaErrors, generator: "Jeju test")
        ).build(into: out)
        return (out, report)
    }

    @Test func belowTheThresholdTheIndexLinksToTheSourcePage() throws {
        let (out, report) = try build(PublishPolicy())
        for tag in ["ko", "vi"] {
            #expect(out.files["site/\(tag)/notices/\(newer).html"] == nil, "\(tag)")
            #expect(out.files["bundles/\(tag)/notices/\(newer).json"] == nil, "\(tag)")
            let index = try #require(out.text("site/\(tag)/index.html"))
            // The title as written, in English, marked as English, and the "available in" label.
            #expect(
                index.contains(
                    "<a href=\"../en/notices/\(newer).html\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">Korea and Kenya sign an <em>e-government</em> MOU</a>"
                ), "\(tag)")
            #expect(
                index.contains(
                    "<span class=\"source-only\"><span lang=\"en\" dir=\"ltr\">Available in English</span></span>"),
                "\(tag)")
            #expect(index.contains("<a href=\"notices/\(older).html\">[t] An older notice</a>"), "\(tag)")
            // No page announces one that does not exist.
            for (path, data) in out.files where path.hasPrefix("site/") && path.hasSuffix(".html") {
                #expect(!String(decoding: data, as: UTF8.self).contains("\(tag)/notices/\(newer).html"), "\(path)")
            }
        }
        let sitemap = try #require(out.text("site/sitemap.xml"))
        #expect(!sitemap.contains("ko/notices/\(newer)") && !sitemap.contains("vi/notices/\(newer)"))
        #expect(sitemap.contains("<loc>http://localhost:8000/en/notices/\(newer).html</loc>"))
        #expect(sitemap.contains("<loc>http://localhost:8000/vi/notices/\(older).html</loc>"))
        // The manifest says what was withheld and why; the report agrees.
        let manifest = try JSONDecoder().decode(
            BundleManifest.self, from: try #require(out.files["bundles/vi/manifest.json"]))
        let entry = try #require(manifest.notices.first { $0.id == newer })
        #expect(!entry.published && entry.withheld?.first?.kind == .completeness)
        #expect(manifest.notices.first { $0.id == older }?.withheld == nil)
        #expect(!manifest.files.contains { $0.path.contains(newer) })
        let vi = try #require(report.publication.first { $0.locale == "vi" })
        #expect(vi.notices.map(\.id) == [newer, older] && vi.notices.map(\.published) == [false, true])
        let percent = try #require(vi.notices.first?.completeness)
        #expect(percent > 0.2 && percent < 0.8)
        #expect(vi.notices.first?.reasons.first?.message == "\(Int(percent * 100))% translated, needs 100%")
    }

    @Test func aLowerThresholdPublishesPartialPagesWithTheirFigure() throws {
        let policy = PublishPolicy(locales: ["vi": .init(minCompleteness: 0.3)])
        let (out, report) = try build(policy)
        let page = try #require(out.text("site/vi/notices/\(newer).html"))
        let share = try #require(report.completeness["vi"]?[newer])
        #expect(page.contains("\(Int(share * 100))% of it is translated"))
        #expect(page.contains("<span lang=\"en\" dir=\"ltr\" class=\"untranslated\""))
        // hreflang only where the notice is published: vi and en, not ko (still at 100%).
        #expect(
            page.contains("hreflang=\"vi\"") && page.contains("hreflang=\"en\"") && !page.contains("hreflang=\"ko\""))
        #expect(out.files["site/ko/notices/\(newer).html"] == nil)
        #expect(
            try #require(out.text("site/sitemap.xml")).contains(
                "<loc>http://localhost:8000/vi/notices/\(newer).html</loc>"))
        #expect(report.publication.first { $0.locale == "vi" }?.threshold.minCompleteness == 0.3)
    }

    @Test func translationsBelowTheStateAreWithheldForTheirState() throws {
        let (out, report) = try build(PublishPolicy(threshold: .init(minCompleteness: 1, minState: .reviewed)))
        #expect(out.files["site/ko/notices/\(older).html"] == nil)
        let reason = try #require(
            report.publication.first { $0.locale == "ko" }?.notices.first { $0.id == older }?.reasons.first)
        #expect(reason == .init(kind: .state, message: "0% reviewed or better (100% translated), needs 100%"))
    }

    @Test func qaErrorsWithholdUnlessThePolicyPublishesThem() throws {
        let errors = QAErrors(["ko": [older: ["locales/ko/o.xlf:12: the number 9,252 is missing [numbers]"]]])
        let (out, report) = try build(PublishPolicy(), qaErrors: errors)
        #expect(out.files["site/ko/notices/\(older).html"] == nil)
        #expect(out.files["site/vi/notices/\(older).html"] != nil)
        let ko = try #require(report.publication.first { $0.locale == "ko" })
        #expect(
            ko.notices.first { $0.id == older }?.reasons == [
                .init(kind: .qa, message: "QA error: locales/ko/o.xlf:12: the number 9,252 is missing [numbers]")
            ])
        #expect(!ko.published)  // nothing left in ko: no ko site
        #expect(
            LocalePublication.table(report.publication, policy: PublishPolicy()).contains(
                "2015-01-02-older: QA error: locales/ko/o.xlf:12"))
        let (lenient, allowed) = try build(PublishPolicy(publishWithQAErrors: true), qaErrors: errors)
        #expect(lenient.files["site/ko/notices/\(older).html"] != nil)
        let notice = try #require(allowed.publication.first { $0.locale == "ko" }?.notices.first { $0.id == older })
        #expect(notice.published && notice.reasons.isEmpty && notice.qaErrors == 1)
        #expect(
            LocalePublication.table(allowed.publication, policy: PublishPolicy(publishWithQAErrors: true))
                .contains("note: ko 2015-01-02-older is published with 1 QA error(s)"))
    }

    @Test func aPreviewBuildsEveryPageMarkedAndStillReportsWhatIsWithheld() throws {
        let (out, report) = try build(PublishPolicy(preview: true))
        let page = try #require(out.text("site/ko/notices/\(newer).html"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        #expect(
            page.contains(
                "<p class=\"preview\" role=\"note\"><span lang=\"en\" dir=\"ltr\">Preview for reviewers: this page is not published.</span></p>"
            ))
        let notice = try #require(report.publication.first { $0.locale == "ko" }?.notices.first { $0.id == newer })
        #expect(notice.published && notice.isWithheld)
        let (real, _) = try build(PublishPolicy())
        #expect(real.text("site/en/index.html")?.contains("robots") == false)
    }

    @Test func requiredNoticesAreFlaggedOnlyInRequiredLocales() throws {
        let (_, report) = try build(PublishPolicy(required: [newer], requiredLocales: ["vi"]))
        #expect(report.publication.first { $0.locale == "vi" }?.requiredWithheld.map(\.id) == [newer])
        #expect(report.publication.first { $0.locale == "ko" }?.requiredWithheld.isEmpty == true)
    }
}
