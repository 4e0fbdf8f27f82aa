import Foundation
import Glossary
import ICU
import JejuSupport
import Notices
import Publishing
import TestSupport
import Testing

@Suite struct SiteBuilderTests {
    let id = "2016-06-14-kenya-mou"

    @Test func everyTranslatedStringIsEscaped() throws {
        let source = try Fixtures.source(Fixtures.notice)
        let hostile = Fixtures.translation(of: source) { _ in "<script>alert(1)</script>\" onerror=\"alert(2)" }
        let ui = NoticeTranslation(units: [
            TranslatedUnit(
                id: "breadcrumb.home",
                segments: [
                    TranslatedSegment(source: "Home", target: "<img src=x onerror=alert(3)>", state: .translated)
                ])
        ])
        let out = MemoryOutput()
        _ = try Fixtures.builder(
            [source], targets: ["ko"],
            translations: MemoryTranslationSource(
                notices: ["ko": [id: hostile]], uiMessages: ["ko": ui])
        ).build(into: out)
        for (path, data) in out.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<img"), "\(path)")
            #expect(!html.contains("\" onerror="), "\(path)")
        }
        let page = try #require(out.text("site/ko/notices/\(id).html"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(2)"))
        #expect(page.contains("&lt;img src=x onerror=alert(3)&gt;"))
        // Markup comes only from the source's codes: the link survives in the English page.
        #expect(
            try #require(out.text("site/en/notices/\(id).html")).contains(
                "<a href=\"https://icta.go.ke\">ICT Authority</a>"))
    }

    @Test func missingTranslationsFallBackToEnglishWithCompleteness() throws {
        let source = try Fixtures.source(Fixtures.notice)
        let partial = Fixtures.translation(of: source) { text in
            text.hasPrefix("Both sides") ? "양측은 전자정부 경험을 공유할 것이다." : (text == "First item" ? "첫째 항목" : nil)
        }
        let out = MemoryOutput()
        let report = try Fixtures.builder(
            [source], targets: ["ko"], translations: MemoryTranslationSource(notices: ["ko": [id: partial]])
        )
        .build(into: out)
        let page = try #require(out.text("site/ko/notices/\(id).html"))
        #expect(page.contains("양측은 전자정부 경험을 공유할 것이다."))
        #expect(page.contains("<span lang=\"en\" dir=\"ltr\" class=\"untranslated\""))
        #expect(
            page.contains(
                "<li lang=\"en\" dir=\"ltr\" class=\"untranslated\" title=\"This passage has not been translated yet.\">Second item</li>"
            ))
        // Completeness weighs sentences by their source words (ICU word tokens; "e-government" is two): the
        // title 8, "The Ministry … signed it." 10, "Both sides will share e-government practice." 7, and the
        // list items 2 each; translated are 7 + 2 of 29.
        #expect(report.completeness["ko"]?[id] == 9.0 / 29.0)
        // The fallback note is itself untranslated here, so it reads in English with the English name.
        #expect(
            page.contains(
                "Parts of this notice are not yet translated into Korean and are shown in English. 31% of it is translated."
            ))
        #expect(page.contains("<pre><code>not translated</code></pre>"))
    }

    @Test func translatedUIMessagesFormatWithTheLocalesDigitsAndPlurals() throws {
        let source = try Fixtures.source(Fixtures.notice)
        let views =
            "{count, plural, zero {# مشاهدة} one {مشاهدة واحدة} two {مشاهدتان} few {# مشاهدات} many {# مشاهدة} other {# مشاهدة}}"
        let ui = NoticeTranslation(units: [
            TranslatedUnit(
                id: "notice.views",
                segments: [
                    TranslatedSegment(
                        source: "{count, plural, one {# view} other {# views}}", target: views, state: .reviewed)
                ]),
            TranslatedUnit(
                id: "notice.date", segments: [TranslatedSegment(source: "Date", target: "التاريخ", state: .reviewed)]),
            TranslatedUnit(
                id: "fallback.partial",
                segments: [
                    TranslatedSegment(
                        source:
                            "Parts of this notice are not yet translated into {language} and are shown in English. {percent} of it is translated.",
                        target: "لم تترجم بعد أجزاء من هذا الإشعار إلى {language}. نسبة المترجم {percent}.",
                        state: .reviewed)
                ]),
        ])
        let out = MemoryOutput()
        _ = try Fixtures.builder(
            [source], targets: ["ar"], translations: MemoryTranslationSource(uiMessages: ["ar": ui])
        ).build(into: out)
        let page = try #require(out.text("site/ar/notices/\(id).html"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
        #expect(page.contains("١٢٬٤٨٠ مشاهدة"))
        #expect(page.contains("<span class=\"label\">التاريخ</span>"))
        let date = try DateFormat(locale: "ar", style: .long).format(CalendarDate(year: 2016, month: 6, day: 14))
        #expect(page.contains("<time datetime=\"2016-06-14\">\(date)</time>"))
        #expect(date.unicodeScalars.contains { (0x0660...0x0669).contains($0.value) })
        #expect(page.contains("إلى العربية. نسبة المترجم ٠٪؜."))
        // Untranslated UI messages stay English, marked as such.
        #expect(page.contains("<span lang=\"en\" dir=\"ltr\">Back to top</span>"))
    }

    @Test func minimumStateDecidesWhatIsPublished() throws {
        let source = try Fixtures.source(Fixtures.older)
        let translated = Fixtures.translation(of: source, state: .translated) { "[ko] " + $0 }
        let sources = MemoryTranslationSource(notices: ["ko": ["2015-01-02-older": translated]])
        let out = MemoryOutput()
        let lenient = try Fixtures.builder([source], targets: ["ko"], translations: sources).build(into: out)
        #expect(lenient.completeness["ko"]?["2015-01-02-older"] == 1)
        #expect(out.text("site/ko/notices/2015-01-02-older.html")?.contains("class=\"fallback\"") == false)
        let strict = try Fixtures.builder(
            [source], targets: ["ko"], translations: sources,
            options: BuildOptions(publish: PublishPolicy(threshold: .init(minCompleteness: 0, minState: .reviewed)))
        ).build(into: MemoryOutput())
        #expect(strict.completeness["ko"]?["2015-01-02-older"] == 0)
    }

    @Test func pagesBelowTheThresholdAreLeftOutWithAWarning() throws {
        let a = try Fixtures.source(Fixtures.notice), b = try Fixtures.source(Fixtures.older, path: "o.md")
        let full = Fixtures.translation(of: b) { "[vi] " + $0 }
        let out = MemoryOutput()
        let report = try Fixtures.builder(
            [a, b], targets: ["vi", "ko"],
            translations: MemoryTranslationSource(
                notices: ["vi": ["2015-01-02-older": full]]),
            options: BuildOptions(publish: PublishPolicy(threshold: .init(minCompleteness: 0.5)))
        ).build(into: out)
        #expect(out.files["site/vi/notices/2015-01-02-older.html"] != nil)
        #expect(out.files["site/vi/notices/\(id).html"] == nil)
        #expect(out.files["site/ko/index.html"] == nil)
        #expect(report.locales == ["en", "vi"])
        let vi = try #require(report.publication.first { $0.locale == "vi" })
        #expect(
            vi.notices.first { $0.id == id }?.reasons == [
                .init(kind: .completeness, message: "0% translated, needs 50%")
            ])
        #expect(report.publication.first { $0.locale == "ko" }?.published == false)
        #expect(report.warnings.contains { $0.message.contains("locale 'ko' is not published") })
        // The vi page links only to the locales where it exists.
        let page = try #require(out.text("site/vi/notices/2015-01-02-older.html"))
        #expect(page.contains("hreflang=\"en\"") && !page.contains("hreflang=\"ko\""))
    }

    @Test func chooserNamesEachLanguageInItselfAndSitemapHasAlternates() throws {
        let source = try Fixtures.source(Fixtures.notice)
        let out = MemoryOutput()
        _ = try Fixtures.builder([source], targets: ["ko", "ar", "am", "yo"], translations: MemoryTranslationSource())
            .build(into: out)
        let chooser = try #require(out.text("site/index.html"))
        for tag in ["ko", "ar", "am", "yo"] {
            let name = try LocaleInfo.displayName(of: tag, in: tag)
            #expect(chooser.contains("lang=\"\(tag)\" dir=\"\(tag == "ar" ? "rtl" : "ltr")\">\(name)</a>"))
        }
        #expect(chooser.contains(">한국어</a>") && chooser.contains(">አማርኛ</a>") && chooser.contains(">العربية</a>"))
        let sitemap = try #require(out.text("site/sitemap.xml"))
        #expect(sitemap.contains("<loc>http://localhost:8000/ar/notices/\(id).html</loc>"))
        #expect(
            sitemap.contains(
                "<xhtml:link rel=\"alternate\" hreflang=\"am\" href=\"http://localhost:8000/am/notices/\(id).html\"/>"))
        #expect(sitemap.contains("hreflang=\"x-default\" href=\"http://localhost:8000/en/notices/\(id).html\""))
        let parsed = try XMLReader.parse(Data(sitemap.utf8), path: "sitemap.xml")
        #expect(parsed.elements(named: "url").count == 1 + 5 + 5)
        // Newest first in the index.
        let older = try Fixtures.source(Fixtures.older, path: "o.md")
        let two = MemoryOutput()
        _ = try Fixtures.builder([older, source], targets: [], translations: MemoryTranslationSource()).build(into: two)
        let index = try #require(two.text("site/en/index.html"))
        let newer = try #require(index.range(of: id)), old = try #require(index.range(of: "2015-01-02-older"))
        #expect(newer.lowerBound < old.lowerBound)
    }

    /// Each locale has a not-found page with absolute links (a server shows it at any address), the root one in the
    /// source language; the index gives each published notice its first paragraph and a "read more" link, in the
    /// locale's words where they are translated and marked English where not. Neither page is in the sitemap.
    @Test func notFoundPagesAndReadMoreLinks() throws {
        let source = try Fixtures.source(Fixtures.notice)
        let ko = Fixtures.translation(of: source) { text in text.hasPrefix("Both sides") ? "양측은 전자정부 경험을 공유할 것이다." : nil
        }
        let ui = NoticeTranslation(units: [
            TranslatedUnit(
                id: "index.readMore",
                segments: [TranslatedSegment(source: "Read more", target: "자세히 보기", state: .translated)]),
            TranslatedUnit(
                id: "notFound.title",
                segments: [TranslatedSegment(source: "Page not found", target: "페이지를 찾을 수 없습니다", state: .translated)]),
        ])
        let out = MemoryOutput()
        _ = try Fixtures.builder(
            [source], targets: ["ko", "ar"],
            translations: MemoryTranslationSource(notices: ["ko": [id: ko]], uiMessages: ["ko": ui])
        )
        .build(into: out)
        let missing = try #require(out.text("site/ko/404.html"))
        #expect(missing.contains("<h1>페이지를 찾을 수 없습니다</h1>"), "\(missing)")
        #expect(missing.contains("<title>페이지를 찾을 수 없습니다"))
        // The text is not translated: English, marked as such.
        #expect(
            missing.contains(
                "<p><span lang=\"en\" dir=\"ltr\">The page you asked for does not exist or has been moved.</span></p>"))
        #expect(
            missing.contains("href=\"http://localhost:8000/ko/index.html\"")
                && missing.contains("href=\"http://localhost:8000/ar/index.html\""))
        #expect(!missing.contains("href=\"../") && !missing.contains("rel=\"alternate\""))
        let root = try #require(out.text("site/404.html"))
        #expect(root.contains("<html lang=\"en\"") && root.contains("<h1>Page not found</h1>"))
        #expect(out.text("bundles/ko/404.html") == nil)
        #expect(!(try #require(out.text("site/sitemap.xml"))).contains("404"))
        let index = try #require(out.text("site/ko/index.html"))
        #expect(index.contains("<a class=\"read-more\" href=\"notices/\(id).html\">자세히 보기</a></p>"), "\(index)")
        let arabic = try #require(out.text("site/ar/index.html"))
        #expect(
            arabic.contains(
                "<a class=\"read-more\" href=\"notices/\(id).html\"><span lang=\"en\" dir=\"ltr\">Read more</span></a>")
        )
        #expect(arabic.contains("<p class=\"summary\">"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let source = try Fixtures.source(Fixtures.notice)
        let ko = Fixtures.translation(of: source) { $0.hasPrefix("First") ? "첫째" : nil }
        let sources = MemoryTranslationSource(notices: ["ko": [id: ko]])
        let a = MemoryOutput(), b = MemoryOutput()
        _ = try Fixtures.builder(
            [source], targets: ["ko", "ar"], translations: sources,
            options: BuildOptions(publish: Fixtures.everyPage.publish, pseudo: true)
        ).build(into: a)
        _ = try Fixtures.builder(
            [source], targets: ["ko", "ar"], translations: sources,
            options: BuildOptions(publish: Fixtures.everyPage.publish, pseudo: true)
        ).build(into: b)
        #expect(a.files.keys.sorted() == b.files.keys.sorted())
        for (path, data) in a.files { #expect(b.files[path] == data, "\(path)") }
        #expect(a.files["bundles/ko.zip"] != nil)
    }

    @Test func bundlesHoldStructuredNoticesAndChecksums() throws {
        let source = try Fixtures.source(Fixtures.notice)
        let ko = Fixtures.translation(of: source, state: .reviewed) {
            $0.hasPrefix("Both") ? "양측은 전자정부 경험을 공유한다." : nil
        }
        let out = MemoryOutput()
        let tbx = SharedData.packageRoot.appendingPathComponent("glossary/egov.tbx")
        let termbase = try TBXReader.read(Data(contentsOf: tbx), path: "egov.tbx").termbase
        let builder = SiteBuilder(
            sourceTag: "en", targets: ["ko"], notices: [source], messages: try Fixtures.messages(),
            translations: MemoryTranslationSource(notices: ["ko": [id: ko]]), termbase: termbase,
            templates: try SiteTemplates.builtIn(), options: Fixtures.everyPage)
        _ = try builder.build(into: out)
        let json = try #require(out.files["bundles/ko/notices/\(id).json"])
        let document = try JSONDecoder().decode(NoticeDocument.self, from: json)
        #expect(document.locale == "ko" && document.direction == "ltr")
        #expect(document.date?.iso == "2016-06-14")
        #expect(document.views?.count == 12480)
        #expect(document.blocks.first?.kind == "title")
        let both = try #require(document.blocks.flatMap(\.segments).first { $0.source.hasPrefix("Both") })
        #expect(both.text == "양측은 전자정부 경험을 공유한다." && both.state == .reviewed && !both.fallback)
        #expect(document.blocks.flatMap(\.segments).contains { $0.fallback && $0.state == .initial })
        #expect(document.terms.contains { $0.term == "전자정부" })
        let manifest = try JSONDecoder().decode(
            BundleManifest.self, from: try #require(out.files["bundles/ko/manifest.json"]))
        #expect(manifest.generator == "Jeju test" && manifest.locale == "ko" && manifest.name == "한국어")
        #expect(manifest.notices.first?.completeness == 0.2414)  // 7 of 29 words, to four places
        for file in manifest.files {
            let data = try #require(out.files["bundles/ko/\(file.path)"])
            #expect(Checksum.sha256(data) == file.sha256 && data.count == file.size)
        }
        #expect(Set(manifest.files.map(\.path)) == ["index.html", "notices/\(id).html", "notices/\(id).json"])
        let zip = try #require(out.files["bundles/ko.zip"])
        #expect(zip.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func noticeIDsThatCouldLeaveTheOutputAreRefused() throws {
        for bad in ["../../etc/passwd", "a/b", ".hidden", "with space", "x\u{0}y"] {
            #expect(!SiteBuilder.isSafeFileName(bad), "\(bad)")
            let text = Fixtures.older.replacingOccurrences(of: "id: 2015-01-02-older", with: "id: \"\(bad)\"")
            guard let source = try? Fixtures.source(text) else { continue }
            #expect(throws: Diagnostic.self) {
                _ = try Fixtures.builder([source], targets: [], translations: MemoryTranslationSource()).build(
                    into: MemoryOutput())
            }
        }
        #expect(SiteBuilder.isSafeFileName("2016-05-26-local-officials-learn-e-government"))
        #expect(
            !StagedOutput.isContained("../x") && !StagedOutput.isContained("/etc/x")
                && !StagedOutput.isContained("a//b"))
        #expect(StagedOutput.isContained("site/ko/index.html"))
    }
}
