/// The templates Jeju ships: Mustache, one per page kind plus shared partials. A project overrides any of them
/// by placing a file of the same name in `templates/` (e.g. `templates/style.mustache`).
///
/// Values named in the comments as HTML are escaped already (translations can never inject markup) and carry
/// `lang="en"` spans for English fallback: write them with triple braces, `{{{ui.home}}}`. Everything else is
/// plain text: write it with double braces, which escape.
enum DefaultTemplates {
    /// Template names and their text, in a fixed order.
    static let all: [(name: String, text: String)] = [
        ("notice", notice), ("index", index), ("chooser", chooser), ("notfound", notFound),
        ("document", document), ("top", top), ("bottom", bottom), ("head", head), ("header", header),
        ("footer", footer), ("style", style),
    ]

    /// A notice page. HTML: `notice.title`, `notice.body`, `notice.views`, `fallback`, `ui.*`.
    static let notice = """
        {{> top}}
        <p class="section">{{{ui.section}}}</p>
        <article>
        <h1>{{{notice.title}}}</h1>
        <p class="meta"><span><span class="label">{{{ui.date}}}</span> <time datetime="{{notice.isoDate}}">{{notice.date}}</time></span>{{#notice.views}} <span class="views">{{{notice.views}}}</span>{{/notice.views}}</p>
        {{#fallback}}<p class="fallback" role="note">{{{fallback}}}</p>
        {{/fallback}}
        {{{notice.body}}}
        </article>
        {{> bottom}}
        """

    /// A locale's list of notices, newest first, each published one with its first paragraph and a "read more"
    /// link. HTML: `ui.*`, `notices[].title`, `notices[].summary`, `notices[].sourceOnly`. A notice
    /// without a page in the locale links to the source page (`sourceLang`, `sourceDir`) with the `sourceOnly`
    /// label ("Available in English").
    static let index = """
        {{> top}}
        <h1>{{{ui.indexTitle}}}</h1>
        <ul class="notices">
        {{#notices}}
        <li><a href="{{href}}"{{#sourceLang}} hreflang="{{sourceLang}}" lang="{{sourceLang}}" dir="{{sourceDir}}"{{/sourceLang}}>{{{title}}}</a> <time datetime="{{isoDate}}">{{date}}</time>{{#partial}} <span class="completeness">{{percent}}</span>{{/partial}}{{#sourceOnly}} <span class="source-only">{{{sourceOnly}}}</span>{{/sourceOnly}}{{#summary}}
        <p class="summary">{{{summary}}} <a class="read-more" href="{{href}}">{{{ui.readMore}}}</a></p>{{/summary}}</li>
        {{/notices}}
        </ul>
        {{> bottom}}
        """

    /// The page a server shows for a missing address (`site/<tag>/404.html`, and `site/404.html` in the source
    /// language). Its links are absolute (from `siteURL`): the server shows it at any address. HTML: `ui.*`.
    static let notFound = """
        {{> top}}
        <h1>{{{ui.notFoundTitle}}}</h1>
        <p>{{{ui.notFoundText}}}</p>
        <p><a href="{{indexHref}}">{{{ui.indexTitle}}}</a></p>
        {{> bottom}}
        """

    /// The site's front page: every language named in itself. HTML: `ui.*`.
    static let chooser = """
        {{> document}}
        <main id="content">
        <h1>{{{ui.chooserTitle}}}</h1>
        <ul class="chooser">
        {{#languages}}
        <li><a href="{{href}}" hreflang="{{tag}}" lang="{{tag}}" dir="{{dir}}">{{name}}</a>{{#englishName}} <span class="english">{{englishName}}</span>{{/englishName}}</li>
        {{/languages}}
        </ul>
        </main>
        </body>
        </html>

        """

    /// The start of every page: the document type, `<html>` with the page's language, the head, `<body>` opened.
    static let document = """
        <!DOCTYPE html>
        <html lang="{{lang}}" dir="{{dir}}">
        <head>
        {{> head}}
        </head>
        <body id="top">

        """

    /// The start of every page but the chooser: the document, the header, and `<main>` opened.
    static let top = """
        {{> document}}
        {{> header}}
        <main id="content" tabindex="-1">

        """

    /// The end of every page but the chooser: `<main>` closed, the footer, the document.
    static let bottom = """
        </main>
        {{> footer}}
        </body>
        </html>

        """

    /// `<head>` contents shared by all pages. A preview is kept out of search engines.
    static let head = """
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        {{#preview}}<meta name="robots" content="noindex, nofollow">
        {{/preview}}
        <meta name="generator" content="{{generator}}">
        <title>{{pageTitle}}</title>
        {{#alternates}}
        <link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
        {{/alternates}}
        <style>
        {{> style}}
        </style>
        """

    /// Skip links, the preview note, site title, language switcher and breadcrumb. HTML: `ui.*`, `preview`.
    static let header = """
        <a class="skip" href="#content">{{{ui.skipContent}}}</a>
        <a class="skip" href="#languages">{{{ui.skipMenu}}}</a>
        {{#preview}}<p class="preview" role="note">{{{preview}}}</p>
        {{/preview}}
        <header class="site">
        <p class="site-title"><a href="{{indexHref}}">{{{ui.siteTitle}}}</a></p>
        <nav id="languages" class="languages" aria-label="{{uiText.languages}}" tabindex="-1">
        <ul>
        {{#languages}}
        <li><a href="{{href}}" hreflang="{{tag}}" lang="{{tag}}" dir="{{dir}}"{{#current}} aria-current="page"{{/current}}>{{name}}</a></li>
        {{/languages}}
        </ul>
        </nav>
        <nav class="breadcrumb">
        <ol>
        <li><a href="{{homeHref}}">{{{ui.home}}}</a></li>
        <li>{{{ui.whatsNew}}}</li>
        <li><a href="{{indexHref}}">{{{ui.section}}}</a></li>
        </ol>
        </nav>
        </header>
        """

    /// Back-to-top link and the generator's note. HTML: `ui.*`.
    static let footer = """
        <footer class="site">
        <p><a href="#top">{{{ui.backToTop}}}</a></p>
        <p class="generated">{{{ui.generated}}}</p>
        </footer>
        """

    /// The style sheet, inlined in every page so a page makes no request at all. Logical properties only
    /// (inline-start, not left), so right-to-left pages mirror by `dir` alone (the breadcrumb's "›" is a
    /// Bidi_Mirrored character and turns by itself); system fonts named per script.
    static let style = """
        :root{--ink:#1b1f24;--muted:#56606b;--accent:#0b57a4;--line:#d8dde4;--note:#fff6dc;--note-line:#b97d00}
        *{box-sizing:border-box}
        html{font-family:"Noto Sans","Noto Sans KR","Noto Sans CJK KR","Noto Sans Ethiopic","Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",sans-serif;line-height:1.6;color:var(--ink);background:#fff;-webkit-text-size-adjust:100%}
        :lang(ko){font-family:"Noto Sans KR","Noto Sans CJK KR","Noto Sans",sans-serif;word-break:keep-all;line-break:strict}
        :lang(ar){font-family:"Noto Naskh Arabic","Noto Sans Arabic","Noto Sans",sans-serif;line-height:1.9}
        :lang(am){font-family:"Noto Sans Ethiopic","Noto Serif Ethiopic","Noto Sans",sans-serif;line-height:1.8}
        :lang(vi),:lang(yo){line-height:1.75}
        body{margin:0 auto;max-inline-size:48rem;padding-block:1rem 2rem;padding-inline:1.25rem}
        main,header{overflow-wrap:anywhere}
        a{color:var(--accent)}
        .skip{position:absolute;inset-inline-start:.5rem;inset-block-start:-4rem;background:#fff;padding:.25rem .5rem;z-index:1}
        .skip:focus{inset-block-start:.5rem;outline:2px solid var(--accent)}
        .site-title{font-weight:700;margin-block:0 .5rem}
        .site-title a{color:inherit;text-decoration:none}
        .languages ul,.breadcrumb ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
        .languages{border-block:1px solid var(--line);padding-block:.4rem;margin-block-end:.5rem;font-size:.95rem}
        .languages [aria-current]{font-weight:700;color:inherit;text-decoration:none}
        .breadcrumb{font-size:.9rem;color:var(--muted)}
        .breadcrumb li+li::before{content:"›";margin-inline-end:.9rem;color:var(--muted)}
        .section{color:var(--muted);font-weight:600;margin-block:1.5rem 0}
        h1{font-size:1.6rem;line-height:1.35;margin-block:.3rem 1rem}
        .meta{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;color:var(--muted);margin-block:0 1.25rem;padding-block-end:.75rem;border-block-end:1px solid var(--line)}
        .meta>span{white-space:nowrap}
        .meta .label{font-weight:600;margin-inline-end:.4rem}
        blockquote{margin-inline:0;padding-inline-start:1rem;border-inline-start:4px solid var(--line)}
        pre{overflow-x:auto;background:#f4f6f8;padding:.75rem;direction:ltr;text-align:start}
        ul,ol{padding-inline-start:1.5rem}
        .fallback{border-inline-start:4px solid var(--note-line);background:var(--note);padding:.5rem .75rem}
        .untranslated{background:var(--note)}
        .notices li{margin-block-end:.6rem}
        .preview{border:2px dashed var(--note-line);background:var(--note);padding:.5rem .75rem;font-weight:600}
        .notices time,.completeness,.english,.source-only{color:var(--muted);font-size:.9rem}
        .chooser{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.75rem}
        .chooser a{font-size:1.2rem}
        footer.site{border-block-start:1px solid var(--line);margin-block-start:2rem;padding-block-start:.75rem;color:var(--muted);font-size:.9rem}
        .visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        """
}
