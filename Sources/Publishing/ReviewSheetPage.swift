import Glossary
import ICU

/// A review sheet as a page an editor reads in a browser: the same rows and columns as the CSV sheet, every
/// text escaped, every cell marked with its language and direction (`lang`, `dir`), so English and Arabic sit
/// side by side correctly.
public enum ReviewSheetPage {
    /// The page for `sheet`, whose English cells are in `sourceLocale`.
    public static func html(_ sheet: ReviewSheet, sourceLocale: String, title: String) -> String {
        let target = attributes(sheet.locale), source = attributes(sourceLocale)
        func cell(_ lines: [String], _ lang: String) -> String {
            "<td \(lang)>" + lines.map(HTMLEscape.escape).joined(separator: "<br>") + "</td>"
        }
        var out = """
            <!DOCTYPE html>
            <html lang="\(HTMLEscape.escape(sourceLocale))" dir="ltr">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLEscape.escape(title))</title>
            <style>
            body { font-family: sans-serif; margin: 1rem; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #999; padding: .3rem .5rem; vertical-align: top; text-align: start; }
            .evidence p { margin: 0 0 .4rem; }
            </style>
            </head>
            <body>
            <h1>\(HTMLEscape.escape(title))</h1>
            <table>
            <thead><tr>
            """
        out += ReviewSheet.columns.map { "<th>\(HTMLEscape.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for r in sheet.rows {
            out += "<tr id=\"\(HTMLEscape.escape(r.conceptID))\">"
            out += cell([sheet.locale], source) + cell([r.conceptID], source) + cell([r.englishTerm], source)
            out += cell([r.definition], source) + cell([r.subject], source) + cell(r.proposedTerms, target)
            out += cell([r.status.rawValue], source) + cell(r.usageNotes, source)
            out +=
                "<td class=\"evidence\">"
                + r.evidence.map { e in
                    "<p><span \(source)>\(HTMLEscape.escape(e.source))</span><br>"
                        + (e.translation.map { "<span \(target)>\(HTMLEscape.escape($0))</span>" }
                            ?? "<span \(source)>(not translated yet)</span>")
                        + "<br><small \(source)>\(HTMLEscape.escape(e.place))</small></p>"
                }.joined() + "</td>"
            out += cell(r.otherTermbases, target)
            out += cell([], source) + cell([], target) + cell([], source) + cell([], target)
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</body>\n</html>\n"
        return out
    }

    /// `lang="…" dir="…"` for a locale (direction from ICU's character orientation).
    static func attributes(_ locale: String) -> String {
        let rtl = (try? LocaleInfo.isRightToLeft(locale)) ?? false
        return "lang=\"\(HTMLEscape.escape(locale))\" dir=\"\(rtl ? "rtl" : "ltr")\""
    }
}
