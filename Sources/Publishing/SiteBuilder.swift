import Foundation
import Glossary
import ICU
import JejuSupport
import Notices

/// Builds the localized site and the notice bundles from source notices, UI messages and translations.
///
/// Output (paths relative to the output folder):
/// - `site/index.html` (language chooser), `site/sitemap.xml`, `site/<tag>/index.html`,
///   `site/<tag>/notices/<id>.html`;
/// - `bundles/<tag>/` (the locale's pages, `notices/<id>.json`, `manifest.json`) and `bundles/<tag>.zip`.
///
/// The same inputs always give the same bytes. Locales are built in parallel, each with its own ICU handles.
public struct SiteBuilder: Sendable {
    /// The source locale (its pages show the notices as written).
    public let sourceTag: String
    /// The target locales, in the order pages list them.
    public let targets: [String]
    /// The source notices, segmented.
    public let notices: [SourceNotice]
    /// The source UI messages.
    public let messages: PageMessages
    /// Where translations come from.
    public let translations: any TranslationSource & Sendable
    /// The termbase, for the terms listed in bundles (nil: none listed).
    public let termbase: Termbase?
    /// The templates.
    public let templates: SiteTemplates
    /// Each language's presentation where the project adjusts CLDR's (`locales/<tag>/locale.yml`).
    public let presentations: [String: LocalePresentation]
    /// Options.
    public let options: BuildOptions

    /// A builder; nothing is read or checked until `build`.
    public init(
        sourceTag: String, targets: [String], notices: [SourceNotice], messages: PageMessages,
        translations: any TranslationSource & Sendable, termbase: Termbase?, templates: SiteTemplates,
        options: BuildOptions, presentations: [String: LocalePresentation] = [:]
    ) {
        self.presentations = presentations
        self.sourceTag = sourceTag
        self.targets = targets
        self.notices = notices
        self.messages = messages
        self.translations = translations
        self.termbase = termbase
        self.templates = templates
        self.options = options
    }

    /// Whether `id` can name a page file: letters, digits, `.`, `_`, `-`, not starting with a dot, at most 200
    /// characters. Anything else (`/`, `..`, spaces) could leave the output folder or break a URL.
    public static func isSafeFileName(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 200, first != ".", first != "-" else {
            return false
        }
        return id.unicodeScalars.allSatisfy { s in
            (0x30...0x39).contains(s.value) || (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
                || s == "." || s == "_" || s == "-"
        }
    }

    /// The locales this build makes, source first.
    public var locales: [String] {
        var list = [sourceTag]
        for tag in targets where options.locales.map({ $0.contains(tag) }) ?? true { list.append(tag) }
        if options.pseudo { list.append(contentsOf: PseudoLocalizer.locales) }
        var seen = Set<String>()
        return list.filter { seen.insert($0).inserted }
    }

    /// Renders everything into `sink` and reports what was published.
    public func build(into sink: any OutputSink) throws(Diagnostic) -> BuildReport {
        var seenIDs: [String: String] = [:]
        for source in notices {
            guard Self.isSafeFileName(source.notice.id) else {
                throw Diagnostic(
                    rule: "notice.id", path: source.path,
                    message:
                        "notice id '\(source.notice.id)' cannot name a page: use letters, digits, '.', '_' and '-' only (no '/', no leading '.')"
                )
            }
            if let other = seenIDs[source.notice.id] {
                throw Diagnostic(
                    rule: "notice.duplicate-id", path: source.path,
                    message: "notice id '\(source.notice.id)' is also the id of \(other)")
            }
            seenIDs[source.notice.id] = source.path
        }
        let tags = locales
        let pseudo = PseudoTranslationSource(notices: notices, messages: messages)
        // 1. Localize every notice in every locale and decide what is published.
        func localizeOne(_ index: Int) throws(Diagnostic) -> LocaleBuild {
            let tag = tags[index]
            if PseudoLocalizer.locales.contains(tag) { return try localize(tag, from: pseudo) }
            return try localize(tag, from: translations)
        }
        let localized = try Parallel.map(
            tags.count, completed: { options.progress?("localizing", $0, tags.count) }, localizeOne)
        var report = BuildReport()
        var publishedIn: [String: [String]] = [:]
        var live: [LocaleBuild] = []
        for build in localized {
            report.warnings.append(contentsOf: build.warnings)
            report.completeness[build.tag] = Dictionary(
                uniqueKeysWithValues: build.notices.map { ($0.id, $0.completeness) })
            let isLive = build.isSource || build.published.contains(true)
            if !build.isSource {
                report.publication.append(
                    LocalePublication(
                        locale: build.tag, threshold: options.publish.threshold(for: build.tag),
                        published: isLive, notices: build.publication))
            }
            guard isLive else {
                report.warnings.append(
                    Diagnostic(
                        .warning, rule: "build.threshold", path: "locales/\(build.tag)",
                        message: "no notice reaches the publication threshold: locale '\(build.tag)' is not published"))
                continue
            }
            live.append(build)
            for (notice, published) in zip(build.notices, build.published) where published {
                publishedIn[notice.id, default: []].append(build.tag)
            }
        }
        let liveTags = live.map(\.tag)
        guard let sourceBuild = live.first, sourceBuild.isSource else {
            throw Diagnostic(rule: "build.nothing", path: "jeju.yml", message: "nothing to build")
        }
        // A withheld notice is listed by its source page: its title as written, once for every locale.
        let sourceRenderer = PageRenderer(context: sourceBuild.context, sourceTag: sourceTag)
        let sourceTitles = Dictionary(
            uniqueKeysWithValues: sourceBuild.notices.map { notice in
                (notice.id, notice.title.map(sourceRenderer.title) ?? HTMLEscape.escape(notice.id))
            })
        // 2. Pages and bundles, per locale.
        func renderOne(_ index: Int) throws(Diagnostic) -> [String] {
            try render(
                live[index], liveTags: liveTags, publishedIn: publishedIn, sourceTitles: sourceTitles, sink: sink)
        }
        let files = try Parallel.map(
            live.count, completed: { options.progress?("writing pages", $0, live.count) }, renderOne)
        // 3. The chooser and the sitemap.
        var siteFiles = ["site/index.html", "site/sitemap.xml"]
        try sink.write(Data(chooser(live, source: sourceBuild).utf8), to: siteFiles[0])
        try sink.write(Data(sitemap(liveTags, publishedIn: publishedIn).utf8), to: siteFiles[1])
        for (build, written) in zip(live, files) {
            report.pages[build.tag] = written.count(where: { $0.hasPrefix("site/") })
            siteFiles.append(contentsOf: written)
        }
        report.locales = liveTags
        report.files = siteFiles.sorted()
        return report
    }

    // MARK: - localizing

    /// One locale's localized notices, messages and formatters.
    final class LocaleBuild: @unchecked Sendable {
        let tag: String
        let isSource: Bool
        let context: LocaleContext
        let notices: [LocalizedNotice]
        let publication: [LocalePublication.Notice]
        let warnings: [Diagnostic]

        init(
            tag: String, isSource: Bool, context: LocaleContext, notices: [LocalizedNotice],
            publication: [LocalePublication.Notice], warnings: [Diagnostic]
        ) {
            self.tag = tag
            self.isSource = isSource
            self.context = context
            self.notices = notices
            self.publication = publication
            self.warnings = warnings
        }

        /// Whether each notice has a page here.
        var published: [Bool] { publication.map(\.published) }
    }

    private func localize(_ tag: String, from source: any TranslationSource) throws(Diagnostic) -> LocaleBuild {
        let isSource = tag == sourceTag
        var warnings: [Diagnostic] = []
        let threshold = options.publish.threshold(for: tag)
        let uiTranslation = isSource ? nil : try source.messages(into: tag)
        let localeMessages = try LocaleMessages(
            source: messages, sourceTag: sourceTag, tag: tag, translation: uiTranslation,
            minimumState: threshold.minState, isSource: isSource, warnings: &warnings)
        let context = try LocaleContext(
            tag: tag, sourceTag: sourceTag, messages: localeMessages,
            presentation: presentations[tag] ?? LocalePresentation())
        let localizer = NoticeLocalizer(minimumState: threshold.minState)
        var localized: [LocalizedNotice] = []
        var publication: [LocalePublication.Notice] = []
        for notice in notices {
            let translation = isSource ? nil : try source.translation(ofNotice: notice.notice.id, into: tag)
            let page = localizer.localize(notice, locale: tag, translation: translation, isSource: isSource)
            let qaErrors = isSource ? [] : options.qaErrors.errors(locale: tag, notice: page.id)
            let reasons =
                isSource
                ? []
                : Self.reasons(
                    page, threshold: threshold, qaErrors: qaErrors,
                    publishWithQAErrors: options.publish.publishWithQAErrors)
            localized.append(page)
            publication.append(
                LocalePublication.Notice(
                    id: page.id, published: reasons.isEmpty || options.publish.preview,
                    completeness: Self.rounded(page.completeness),
                    qaErrors: qaErrors.count,
                    required: options.publish.required.contains(page.id) && options.publish.isRequired(tag),
                    reasons: reasons))
        }
        return LocaleBuild(
            tag: tag, isSource: isSource, context: context, notices: localized, publication: publication,
            warnings: warnings)
    }

    /// Why `page` does not meet the policy: too little translated, translated but below the least state, QA errors.
    static func reasons(
        _ page: LocalizedNotice, threshold: PublishPolicy.Threshold, qaErrors: [String],
        publishWithQAErrors: Bool
    ) -> [LocalePublication.Reason] {
        var reasons: [LocalePublication.Reason] = []
        let needed = LocalePublication.percent(threshold.minCompleteness)
        if page.completeness + 1e-9 < threshold.minCompleteness {
            let drafted = page.draftCompleteness
            if threshold.minState > .translated && drafted + 1e-9 >= threshold.minCompleteness {
                reasons.append(
                    .init(
                        kind: .state,
                        message:
                            "\(LocalePublication.percent(page.completeness)) \(threshold.minState.rawValue) or better "
                            + "(\(LocalePublication.percent(drafted)) translated), needs \(needed)"))
            } else {
                reasons.append(
                    .init(
                        kind: .completeness,
                        message: "\(LocalePublication.percent(page.completeness)) translated, needs \(needed)"))
            }
        }
        if let first = qaErrors.first, !publishWithQAErrors {
            let more = qaErrors.count > 1 ? " (and \(qaErrors.count - 1) more)" : ""
            reasons.append(.init(kind: .qa, message: "QA error: \(first)\(more)"))
        }
        return reasons
    }

    // MARK: - rendering

    private static func json<T: Encodable>(_ value: T) throws(Diagnostic) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(value)
            data.append(0x0A)
            return data
        } catch {
            throw Diagnostic(rule: "internal", path: "jeju build", message: "cannot encode JSON: \(error)")
        }
    }

    /// Renders one locale's pages and bundle; returns the paths written.
    private func render(
        _ build: LocaleBuild, liveTags: [String], publishedIn: [String: [String]], sourceTitles: [String: String],
        sink: any OutputSink
    ) throws(Diagnostic) -> [String] {
        let tag = build.tag, context = build.context, ui = context.messages
        let renderer = PageRenderer(context: context, sourceTag: sourceTag)
        let sourceContext = try englishContext(for: build)
        let names = try languageNames(liveTags)
        var bundle: [(path: String, data: Data)] = []
        var written: [String] = []
        func emit(_ path: String, _ data: Data, inBundle: Bool = true) throws(Diagnostic) {
            try sink.write(data, to: "site/\(tag)/\(path)")
            written.append("site/\(tag)/\(path)")
            if inBundle { bundle.append((path, data)) }
        }
        let uiHTML: [String: String] = [
            "siteTitle": ui.html("site.title"), "skipContent": ui.html("skip.content"),
            "skipMenu": ui.html("skip.menu"),
            "home": ui.html("breadcrumb.home"), "whatsNew": ui.html("breadcrumb.whatsNew"),
            "section": ui.html("section.news"),
            "date": ui.html("notice.date"), "backToTop": ui.html("nav.backToTop"),
            "languages": ui.html("nav.languages"),
            "generated": ui.html("footer.generated"),
            "indexTitle": ui.html("index.title", ["language": .string(context.nativeName)]),
            "readMore": ui.html("index.readMore"), "notFoundTitle": ui.html("notFound.title"),
            "notFoundText": ui.html("notFound.text"),
        ]
        let uiText = ["languages": ui.text("nav.languages")]
        let preview = options.publish.preview ? ui.html("preview.note") : nil
        // "Available in English", with the source language named in the label's own language.
        let sourceLabel = ui.html(
            "index.sourceOnly",
            [
                "language": .string(
                    ui.isFallback("index.sourceOnly") ? sourceContext.nativeName : context.sourceLanguageName)
            ])
        // The glossary terms of each page's bundle: a matcher ICU cannot build stops the build, never drops them.
        var matcher: TermMatcher?
        if let termbase {
            do {
                matcher = try TermMatcher(termbase: termbase, locale: tag)
            } catch {
                throw Diagnostic(
                    rule: "icu.word-break", path: "locales/\(tag)",
                    message: "cannot match the glossary's terms: \(error)")
            }
        }

        // Notice pages, newest first in the index.
        var entries: [(date: String, id: String, item: [String: Any])] = []
        var manifestNotices: [BundleManifest.NoticeEntry] = []
        for (notice, status) in zip(build.notices, build.publication) {
            manifestNotices.append(
                .init(
                    id: notice.id, completeness: status.completeness, published: status.published,
                    withheld: status.published ? nil : status.reasons))
            guard status.published else {
                // No page here: the index lists the source page, in its language and marked as such.
                entries.append(
                    (
                        notice.date?.iso ?? "", notice.id,
                        [
                            "href": "../\(sourceTag)/notices/\(notice.id).html",
                            "title": sourceTitles[notice.id] ?? HTMLEscape.escape(notice.id),
                            "isoDate": notice.date?.iso ?? "", "date": notice.date.map(context.format) ?? "",
                            "sourceLang": sourceTag, "sourceDir": sourceContext.direction, "sourceOnly": sourceLabel,
                        ]
                    ))
                continue
            }
            let others = publishedIn[notice.id] ?? [tag]
            let titleHTML = notice.title.map(renderer.title) ?? HTMLEscape.escape(notice.id)
            let titleText = notice.title?.displayText ?? notice.id
            let dateText = notice.date.map(context.format) ?? ""
            var noticeValues: [String: Any] = [
                "title": titleHTML, "isoDate": notice.date?.iso ?? "", "date": dateText,
                "body": renderer.body(notice.body),
            ]
            if let views = notice.views { noticeValues["views"] = ui.html("notice.views", ["count": .int(views)]) }
            var page: [String: Any] = [
                "lang": tag, "dir": context.direction, "generator": options.generator, "pageTitle": titleText,
                "ui": uiHTML, "uiText": uiText, "homeHref": "../../index.html", "indexHref": "../index.html",
                "notice": noticeValues,
                "languages": others.map { other -> [String: Any] in
                    [
                        "tag": other, "name": names[other]?.native ?? other, "dir": names[other]?.dir ?? "ltr",
                        "href": "../../\(other)/notices/\(notice.id).html", "current": other == tag,
                    ]
                },
                "alternates": alternates(others, path: { "../../\($0)/notices/\(notice.id).html" }),
            ]
            if let preview { page["preview"] = preview }
            if notice.hasFallback {
                // An English stand-in message names the language and the share in English too.
                let english = ui.isFallback("fallback.partial")
                page["fallback"] = ui.html(
                    "fallback.partial",
                    [
                        "language": .string(english ? context.sourceName : context.nativeName),
                        "percent": .string(
                            english ? sourceContext.percent(notice.completeness) : context.percent(notice.completeness)),
                    ])
            }
            try emit("notices/\(notice.id).html", Data(templates.render("notice", page).utf8))
            let document = self.document(notice, context: context, matcher: matcher)
            bundle.append(("notices/\(notice.id).json", try Self.json(document)))
            var item: [String: Any] = [
                "href": "notices/\(notice.id).html", "title": titleHTML, "isoDate": notice.date?.iso ?? "",
                "date": dateText,
            ]
            if let lead = notice.body.first(where: { $0.kind == .paragraph && !$0.segments.isEmpty }) {
                item["summary"] = renderer.inline(lead)
            }
            if notice.hasFallback { item["partial"] = true; item["percent"] = context.percent(notice.completeness) }
            entries.append((notice.date?.iso ?? "", notice.id, item))
        }
        entries.sort { $0.date != $1.date ? $0.date > $1.date : $0.id < $1.id }
        var index: [String: Any] = [
            "lang": tag, "dir": context.direction, "generator": options.generator,
            "pageTitle": ui.text("index.title", ["language": .string(context.nativeName)]),
            "ui": uiHTML, "uiText": uiText, "homeHref": "../index.html", "indexHref": "index.html",
            "notices": entries.map(\.item),
            "languages": liveTags.map { other -> [String: Any] in
                [
                    "tag": other, "name": names[other]?.native ?? other, "dir": names[other]?.dir ?? "ltr",
                    "href": "../\(other)/index.html", "current": other == tag,
                ]
            },
            "alternates": alternates(liveTags, path: { "../\($0)/index.html" }),
        ]
        if let preview { index["preview"] = preview }
        try emit("index.html", Data(templates.render("index", index).utf8))

        // The not-found page, with absolute links (a server shows it at any address); not in the bundle.
        let site = options.siteURL
        var notFound = index
        notFound["pageTitle"] = ui.text("notFound.title")
        notFound["homeHref"] = site + "index.html"
        notFound["indexHref"] = site + "\(tag)/index.html"
        notFound["languages"] = liveTags.map { other -> [String: Any] in
            [
                "tag": other, "name": names[other]?.native ?? other, "dir": names[other]?.dir ?? "ltr",
                "href": site + "\(other)/index.html", "current": other == tag,
            ]
        }
        notFound["alternates"] = [[String: String]]()
        let notFoundPage = Data(templates.render("notfound", notFound).utf8)
        try emit("404.html", notFoundPage, inBundle: false)
        if build.isSource {
            try sink.write(notFoundPage, to: "site/404.html")
            written.append("site/404.html")
        }

        // The bundle: checksums of everything, then the manifest, then the archive.
        let files = bundle.sorted { $0.path < $1.path }.map {
            BundleManifest.FileEntry(path: $0.path, size: $0.data.count, sha256: Checksum.sha256($0.data))
        }
        let threshold = options.publish.threshold(for: tag)
        let manifest = BundleManifest(
            locale: tag, name: context.nativeName, direction: context.direction,
            minimumState: threshold.minState, minimumCompleteness: build.isSource ? 0 : threshold.minCompleteness,
            notices: manifestNotices.sorted { $0.id < $1.id },
            files: files, generator: options.generator)
        bundle.append(("manifest.json", try Self.json(manifest)))
        for file in bundle {
            if file.path.hasSuffix(".html") {
                try sink.write(file.data, to: "bundles/\(tag)/\(file.path)", sameAs: "site/\(tag)/\(file.path)")
            } else {
                try sink.write(file.data, to: "bundles/\(tag)/\(file.path)")
            }
            written.append("bundles/\(tag)/\(file.path)")
        }
        try sink.write(try BundleArchive.zip(bundle, root: tag), to: "bundles/\(tag).zip")
        written.append("bundles/\(tag).zip")
        return written
    }

    /// A context for the source locale's formats, for English stand-in messages on a target page.
    private func englishContext(for build: LocaleBuild) throws(Diagnostic) -> LocaleContext {
        if build.isSource { return build.context }
        var ignored: [Diagnostic] = []
        let messages = try LocaleMessages(
            source: self.messages, sourceTag: sourceTag, tag: sourceTag, translation: nil,
            minimumState: options.minimumState, isSource: true, warnings: &ignored)
        return try LocaleContext(
            tag: sourceTag, sourceTag: sourceTag, messages: messages,
            presentation: presentations[sourceTag] ?? LocalePresentation())
    }

    private func alternates(_ tags: [String], path: (String) -> String) -> [[String: String]] {
        var links = tags.map { ["hreflang": $0, "href": path($0)] }
        if tags.contains(sourceTag) { links.append(["hreflang": "x-default", "href": path(sourceTag)]) }
        return links
    }

    /// Each tag's name in itself and in the source language, and its direction.
    private func languageNames(_ tags: [String]) throws(Diagnostic) -> [String: (
        native: String, source: String, dir: String
    )] {
        var names: [String: (native: String, source: String, dir: String)] = [:]
        for tag in tags {
            let icu = LanguageTag(tag).icuLocale
            do {
                // The language menu: the project's name for it, else CLDR's, capitalised as a menu entry.
                names[tag] = (
                    try presentations[tag]?.name ?? LocaleInfo.menuName(of: icu, in: icu),
                    try LocaleInfo.displayName(of: icu, in: LanguageTag(sourceTag).icuLocale),
                    try LocaleInfo.isRightToLeft(icu) ? "rtl" : "ltr"
                )
            } catch {
                throw Diagnostic(rule: "icu.locale-data", path: "jeju.yml", message: "locale '\(tag)': \(error)")
            }
        }
        return names
    }

    private static func rounded(_ share: Double) -> Double { (share * 10_000).rounded() / 10_000 }

    /// The structured notice of a bundle.
    private func document(_ notice: LocalizedNotice, context: LocaleContext, matcher: TermMatcher?) -> NoticeDocument {
        var terms: [String: NoticeDocument.TermUse] = [:]
        var order: [String] = []
        let blocks = notice.blocks.map { block in
            NoticeDocument.Block(
                kind: block.kind.rawValue, level: block.level, marker: block.marker,
                segments: block.segments.map { s in
                    if let matcher, block.kind != .code, let target = s.target {
                        for match in matcher.matches(in: target) {
                            if terms[match.conceptID] == nil {
                                order.append(match.conceptID)
                                terms[match.conceptID] = .init(
                                    concept: match.conceptID, term: match.term,
                                    status: match.status?.shortName, occurrences: 0)
                            }
                            terms[match.conceptID]?.occurrences += 1
                        }
                    }
                    return NoticeDocument.Segment(
                        id: s.id, source: s.source, text: s.displayText,
                        state: s.isFallback ? .initial : s.state, fallback: s.isFallback)
                })
        }
        return NoticeDocument(
            id: notice.id, locale: notice.locale, direction: context.direction,
            title: notice.title?.displayText ?? notice.id,
            date: notice.date.map { .init(iso: $0.iso, localized: context.format($0)) },
            views: notice.views.map {
                .init(count: $0, localized: context.messages.text("notice.views", ["count": .int($0)]))
            },
            completeness: Self.rounded(notice.completeness), blocks: blocks, terms: order.compactMap { terms[$0] })
    }

    // MARK: - site pages

    private func chooser(_ live: [LocaleBuild], source: LocaleBuild) throws(Diagnostic) -> String {
        let names = try languageNames(live.map(\.tag))
        let ui = source.context.messages
        var page: [String: Any] = [
            "lang": sourceTag, "dir": source.context.direction, "generator": options.generator,
            "pageTitle": ui.text("chooser.title"),
            "ui": ["chooserTitle": ui.html("chooser.title")],
            "languages": live.map { build -> [String: Any] in
                var item: [String: Any] = [
                    "tag": build.tag, "name": names[build.tag]?.native ?? build.tag,
                    "dir": names[build.tag]?.dir ?? "ltr", "href": "\(build.tag)/index.html",
                ]
                if build.tag != sourceTag, let english = names[build.tag]?.source { item["englishName"] = english }
                return item
            },
            "alternates": alternates(live.map(\.tag), path: { "\($0)/index.html" }),
        ]
        if options.publish.preview { page["preview"] = ui.html("preview.note") }
        return templates.render("chooser", page)
    }

    /// `sitemap.xml` (sitemaps.org 0.9) with `xhtml:link` hreflang alternates for every page.
    private func sitemap(_ tags: [String], publishedIn: [String: [String]]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        func url(_ path: String, alternates: [(String, String)]) {
            out += "  <url>\n    <loc>\(XMLEscape.text(options.siteURL + path))</loc>\n"
            for (lang, alternate) in alternates {
                out +=
                    "    <xhtml:link rel=\"alternate\" hreflang=\"\(XMLEscape.attribute(lang))\" href=\"\(XMLEscape.attribute(options.siteURL + alternate))\"/>\n"
            }
            out += "  </url>\n"
        }
        func links(_ tags: [String], _ path: (String) -> String) -> [(String, String)] {
            var list = tags.map { ($0, path($0)) }
            if tags.contains(sourceTag) { list.append(("x-default", path(sourceTag))) }
            return list
        }
        url("index.html", alternates: [])
        let indexLinks = links(tags, { "\($0)/index.html" })
        for tag in tags { url("\(tag)/index.html", alternates: indexLinks) }
        for source in notices {
            let id = source.notice.id
            let published = tags.filter { (publishedIn[id] ?? []).contains($0) }
            let noticeLinks = links(published, { "\($0)/notices/\(id).html" })
            for tag in published { url("\(tag)/notices/\(id).html", alternates: noticeLinks) }
        }
        return out + "</urlset>\n"
    }
}
