import Foundation
import JejuSupport
import TestSupport
import Testing

/// `jeju build` on a copy of this repository with a second notice nobody has translated yet: it is published
/// in English only, every index points to it, nothing announces a page that does not exist, and once a
/// translator's file for one language comes back through `jeju merge`, that language alone gets the page.
@Suite struct PublicationCommandTests {
    static let id = "2016-06-14-kenya-agreement"
    static let targets = ProjectConfig.defaultTargets
    static let notice = """
        ---
        title: Korea and Kenya sign an e-government agreement
        date: 2016-06-14
        views: 120
        id: \(id)
        ---
        The Ministry of the Interior signed an agreement on e-government cooperation with Kenya.

        Both sides will share their experience.
        """

    /// This repository's project, translations and memories included, with the new notice extracted.
    func project() throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        for item in ["jeju.yml", "glossary", "locales", "qa"] {
            try FileManager.default.copyItem(
                at: SharedData.packageRoot.appendingPathComponent(item), to: dir.appendingPathComponent(item))
        }
        try Self.notice.write(
            to: dir.appendingPathComponent("locales/en/notices/\(Self.id).md"), atomically: true, encoding: .utf8)
        let extract = try JejuBinary.run(["-C", dir.path, "extract"])
        #expect(extract.status == 0, "\(extract.stderr)")
        return dir
    }

    func read(_ dir: URL, _ path: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
    }
    func exists(_ dir: URL, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path)
    }

    struct Report: Decodable {
        struct Locale: Decodable {
            struct Notice: Decodable { var id: String; var published: Bool; var reasons: [Reason] }
            struct Reason: Decodable { var kind: String; var message: String }
            var locale: String
            var notices: [Notice]
        }
        var publication: [Locale]
        var upToDate: Bool
    }

    func build(_ dir: URL) throws -> Report {
        let r = try JejuBinary.run(["-C", dir.path, "build", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try JSONDecoder().decode(Report.self, from: Data(r.stdout.utf8))
    }

    /// The tags whose site has a page for the new notice, by the files, the sitemap and the bundle manifests;
    /// the three must agree.
    func publishedIn(_ dir: URL) throws -> [String] {
        let files = Self.targets.filter { exists(dir, "build/site/\($0)/notices/\(Self.id).html") }
        let sitemap = try read(dir, "build/site/sitemap.xml")
        let inSitemap = Self.targets.filter {
            sitemap.contains("<loc>http://localhost:8000/\($0)/notices/\(Self.id).html</loc>")
        }
        var inManifests: [String] = []
        for tag in Self.targets {
            let manifest =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: dir.appendingPathComponent("build/bundles/\(tag)/manifest.json")))
                as? [String: Any]
            let notices = manifest?["notices"] as? [[String: Any]] ?? []
            let entry = try #require(notices.first { $0["id"] as? String == Self.id }, "\(tag)")
            let listed = (manifest?["files"] as? [[String: Any]] ?? []).contains {
                $0["path"] as? String == "notices/\(Self.id).html"
            }
            #expect(listed == (entry["published"] as? Bool), "\(tag)")
            #expect(
                (entry["withheld"] == nil) == listed, "\(tag): a withheld notice says why, a published one does not")
            if listed { inManifests.append(tag) }
        }
        #expect(
            files == inSitemap && files == inManifests, "files \(files), sitemap \(inSitemap), manifests \(inManifests)"
        )
        return files
    }

    /// Every hreflang link of every page (alternates and language switchers) leads to a page in that language.
    func checkHreflang(_ dir: URL) throws {
        let site = dir.appendingPathComponent("build/site")
        let pattern = try NSRegularExpression(
            pattern:
                #"<(?:link|a) (?:rel="alternate" )?(?:href="([^"]+)" hreflang="([^"]+)"|hreflang="([^"]+)" href="([^"]+)")"#
        )
        var checked = 0
        for case let path as String in FileManager.default.enumerator(atPath: site.path) ?? .init()
        where path.hasSuffix(".html") {
            let page = site.appendingPathComponent(path)
            let html = try String(contentsOf: page, encoding: .utf8)
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let text = { (i: Int) in Range(match.range(at: i), in: html).map { String(html[$0]) } }
                guard let href = text(1) ?? text(4), let lang = text(2) ?? text(3) else { continue }
                // The not-found pages link absolutely, from the site URL.
                let siteURL = "http://localhost:8000/"
                let target =
                    href.hasPrefix(siteURL)
                    ? site.appendingPathComponent(String(href.dropFirst(siteURL.count)))
                    : page.deletingLastPathComponent().appendingPathComponent(href).standardizedFileURL
                let linked = try String(contentsOf: target, encoding: .utf8)
                let expected = lang == "x-default" ? "en" : lang
                #expect(linked.contains("<html lang=\"\(expected)\""), "\(path) → \(href) is not in \(lang)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func anUntranslatedNoticeIsPublishedInEnglishOnlyUntilATranslationIsMerged() throws {
        let dir = try project()
        let report = try build(dir)
        #expect(report.publication.map(\.locale) == Self.targets)
        for locale in report.publication {
            let new = try #require(locale.notices.first { $0.id == Self.id })
            #expect(
                !new.published && new.reasons.map(\.kind) == ["completeness"]
                    && new.reasons.first?.message == "0% translated, needs 100%")
            #expect(
                locale.notices.first { $0.id != Self.id }?.published == true,
                "\(locale.locale): the first notice is translated")
        }
        #expect(try publishedIn(dir) == [])
        #expect(exists(dir, "build/site/en/notices/\(Self.id).html"))
        for tag in Self.targets {
            let index = try read(dir, "build/site/\(tag)/index.html")
            #expect(
                index.contains(
                    "<a href=\"../en/notices/\(Self.id).html\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">Korea and Kenya sign an e-government agreement</a>"
                ), "\(tag)")
            // The label is in the index's own language: the ui.xlf translation, not the English stand-in.
            let label = try #require(index.range(of: "<span class=\"source-only\">"), "\(tag)")
            #expect(!index[label.upperBound...].hasPrefix("<span lang=\"en\""), "\(tag)")
        }
        try checkHreflang(dir)
        // The text report, from the stamp when nothing changed, lists the notice as withheld in 13 locales.
        let again = try JejuBinary.run(["-C", dir.path, "build"])
        #expect(again.status == 0 && again.stdout.hasPrefix("Up to date"))
        #expect(
            again.stdout.components(separatedBy: "\(Self.id): 0% translated, needs 100%").count - 1 == 13,
            "\(again.stdout)")

        // A translator returns the Korean file, as a CAT tool writes it: each segment with its target.
        let korean = [
            "Korea and Kenya sign an e-government agreement": "한국과 케냐, 전자정부 협정 체결",
            "The Ministry of the Interior signed an agreement on e-government cooperation with Kenya.":
                "행정자치부는 케냐와 전자정부 협력에 관한 협정을 체결하였다.",
            "Both sides will share their experience.": "양측은 경험을 공유할 것이다.",
        ]
        var xliff = try read(dir, "locales/ko/\(Self.id).xlf")
        for (source, target) in korean {
            let element = "<source>\(source)</source>"
            let range = try #require(xliff.range(of: element), "\(source)")
            xliff.replaceSubrange(range, with: element + "\n        <target>\(target)</target>")
        }
        xliff = xliff.replacingOccurrences(
            of: #"(<segment id="[^"]+")>"#, with: "$1 state=\"translated\">", options: .regularExpression)
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("returned"), withIntermediateDirectories: true)
        try xliff.write(to: dir.appendingPathComponent("returned/\(Self.id).xlf"), atomically: true, encoding: .utf8)
        let merge = try JejuBinary.run(["-C", dir.path, "merge", "returned/\(Self.id).xlf"])
        #expect(merge.status == 0 && merge.stdout.contains("3 merged"), "\(merge.stdout)\(merge.stderr)")

        let rebuilt = try build(dir)
        #expect(!rebuilt.upToDate)
        #expect(try publishedIn(dir) == ["ko"])
        for locale in rebuilt.publication {
            #expect(locale.notices.first { $0.id == Self.id }?.published == (locale.locale == "ko"), "\(locale.locale)")
        }
        let page = try read(dir, "build/site/ko/notices/\(Self.id).html")
        #expect(page.contains("<h1>한국과 케냐, 전자정부 협정 체결</h1>") && !page.contains("class=\"fallback\""))
        #expect(
            try read(dir, "build/site/ko/index.html").contains(
                "<a href=\"notices/\(Self.id).html\">한국과 케냐, 전자정부 협정 체결</a>"))
        let english = try read(dir, "build/site/en/notices/\(Self.id).html")
        #expect(english.contains("hreflang=\"ko\"") && !english.contains("hreflang=\"vi\""))
        #expect(
            try read(dir, "build/site/vi/index.html").contains(
                "<a href=\"../en/notices/\(Self.id).html\" hreflang=\"en\""))
        try checkHreflang(dir)
    }

    func appendSettings(_ dir: URL, _ text: String) throws {
        let url = dir.appendingPathComponent("jeju.yml")
        try (String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func strictFailsWhenARequiredNoticeIsWithheldInARequiredLocale() throws {
        let dir = try project()
        let lines = try read(dir, "jeju.yml").split(separator: "\n", omittingEmptySubsequences: false).count
        try appendSettings(dir, "publish:\n  required: [\(Self.id)]\n  required-locales: [ko, vi]\n")
        let lenient = try JejuBinary.run(["-C", dir.path, "build"])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(
            lenient.stdout.contains(
                "ko      100% translated        1          1         \(Self.id): 0% translated, needs 100% [required]"),
            "\(lenient.stdout)")
        #expect(
            lenient.stdout.contains(
                "ar      100% translated        1          1         \(Self.id): 0% translated, needs 100%\n"))
        for _ in 0..<2 {  // the second run is up to date and reads the report from the stamp
            let strict = try JejuBinary.run(["-C", dir.path, "build", "--strict"])
            #expect(strict.status == 1)
            let at = "jeju.yml:\(lines + 1):13: error: publish.required: "
            #expect(
                strict.stderr == at
                    + "'\(Self.id)' is required but withheld in ko: 0% translated, needs 100% [build.required-withheld]\n"
                    + at
                    + "'\(Self.id)' is required but withheld in vi: 0% translated, needs 100% [build.required-withheld]\n",
                "\(strict.stderr)")
        }
        let json = try JejuBinary.run(["-C", dir.path, "build", "--strict", "--format", "json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(
            (object?["requiredWithheld"] as? [[String: Any]])?.compactMap { $0["locale"] as? String } == ["ko", "vi"])
    }

    @Test func badPublishSettingsStopTheBuildBeforeAnythingIsWritten() throws {
        let dir = try project()
        let lines = try read(dir, "jeju.yml").split(separator: "\n", omittingEmptySubsequences: false).count
        for (settings, expected) in [
            (
                "publish: { min-completeness: 120% }\n",
                "jeju.yml:\(lines):30: error: publish.min-completeness: expected a percentage from 0% to 100%, e.g. 100% [config.value]\n"
            ),
            (
                "publish: { required: [no-such-notice] }\n",
                "jeju.yml:\(lines):22: error: publish.required: no notice has the id 'no-such-notice' [config.value]\n"
            ),
        ] {
            let url = dir.appendingPathComponent("jeju.yml")
            let original = try read(dir, "jeju.yml")
            try appendSettings(dir, settings)
            let r = try JejuBinary.run(["-C", dir.path, "build"])
            #expect(r.status == 2 && r.stderr == expected, "\(r.stderr)")
            #expect(!exists(dir, "build"))
            try original.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    @Test func aTranslationWithQAErrorsIsWithheldWhereItHasThem() throws {
        let dir = try project()
        let first = "2016-05-26-local-officials-learn-e-government"
        // A hand edit in the Korean file: the date loses its day ("May 24" becomes "May 42").
        let path = "locales/ko/\(first).xlf"
        let xliff = try read(dir, path)
        #expect(xliff.contains("5월 24일 제주도에서"))
        try xliff.replacingOccurrences(of: "5월 24일 제주도에서", with: "5월 42일 제주도에서")
            .write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8)
        // jeju check finds the error; the build withholds the notice in Korean alone, for that error.
        let check = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ko"])
        #expect(check.status == 1)
        let finding = try #require(
            check.stdout.split(separator: "\n").first { $0.contains(": error: ") }.map(String.init))
        let report = try build(dir)
        let ko = try #require(report.publication.first { $0.locale == "ko" }?.notices.first { $0.id == first })
        #expect(!ko.published && ko.reasons.map(\.kind) == ["qa"])
        // The same finding, at the same place: "path:line: error: message [check, segment s…]" in check.
        let message = try #require(ko.reasons.first?.message)
        let place = String(finding.prefix { $0 != " " }.dropLast())  // "locales/ko/….xlf:123"
        #expect(message.hasPrefix("QA error: \(place): "), "\(message) / \(finding)")
        #expect(!exists(dir, "build/site/ko/notices/\(first).html"))
        #expect(exists(dir, "build/site/vi/notices/\(first).html"))
        #expect(
            report.publication.filter { $0.notices.contains { $0.id == first && !$0.published } }.map(\.locale) == [
                "ko"
            ])
        // A project may publish it anyway; the report still says so.
        try appendSettings(dir, "publish: { qa-errors: publish }\n")
        let anyway = try JejuBinary.run(["-C", dir.path, "build"])
        #expect(anyway.status == 0 && exists(dir, "build/site/ko/notices/\(first).html"))
        #expect(
            anyway.stdout.contains("note: ko \(first) is published with 1 QA error(s) (qa-errors: publish)"),
            "\(anyway.stdout)")
    }

    @Test func theBuildChecksAgainWhatChangedSinceItsLastRun() throws {
        let dir = try project()
        let first = "2016-05-26-local-officials-learn-e-government"
        let path = "locales/ko/\(first).xlf"
        func koPublished() throws -> Bool {
            let report = try build(dir)
            return try #require(report.publication.first { $0.locale == "ko" }?.notices.first { $0.id == first })
                .published
        }
        #expect(try koPublished())
        #expect(exists(dir, ".jeju/qa-errors.json"))
        // The file changes: the build checks it again and withholds it, from the cache or not.
        let xliff = try read(dir, path)
        try xliff.replacingOccurrences(of: "5월 24일 제주도에서", with: "5월 42일 제주도에서")
            .write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8)
        #expect(try !koPublished())
        #expect(try !koPublished())
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".jeju/qa-errors.json"))
        #expect(try !koPublished())
        // Put back, it is published again.
        try xliff.write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8)
        #expect(try koPublished())
        // A project profile in place of the built-in default changes what every file is checked with.
        try xliff.replacingOccurrences(of: "5월 24일 제주도에서", with: "5월 42일 제주도에서")
            .write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8)
        #expect(try !koPublished())
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("qa/profiles"), withIntermediateDirectories: true)
        try "description: Dates unchecked.\nextends: default\nchecks:\n  dates: off\n".write(
            to: dir.appendingPathComponent("qa/profiles/default.yml"), atomically: true, encoding: .utf8)
        #expect(try koPublished())
    }
}
