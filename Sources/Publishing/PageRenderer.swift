import Notices

/// Turns localized notices into the HTML a template receives: blocks as elements, sentences escaped, English
/// fallback in `<span lang="en">`.
struct PageRenderer {
    let context: LocaleContext
    let sourceTag: String

    /// One sentence: its translation, or the English source marked as such.
    func segment(_ segment: LocalizedSegment) -> String {
        if let target = segment.target { return InlineHTML.render(target, codes: segment.targetCodes) }
        let title = HTMLEscape.escape(context.messages.text("fallback.lang"))
        return "<span lang=\"\(sourceTag)\" dir=\"ltr\" class=\"untranslated\" title=\"\(title)\">"
            + InlineHTML.render(segment.source, codes: segment.sourceCodes) + "</span>"
    }

    /// A block's sentences joined with the source's spacing.
    func inline(_ block: LocalizedBlock) -> String {
        var out = ""
        for (index, s) in block.segments.enumerated() {
            if index > 0 { out += HTMLEscape.escape(s.leadingSpace) }
            out += segment(s)
        }
        return out
    }

    /// The body blocks as HTML elements; consecutive list items form one list.
    func body(_ blocks: [LocalizedBlock]) -> String {
        var out = ""
        var openList: String?
        for block in blocks {
            if block.kind != .listItem, let list = openList {
                out += "</\(list)>\n"
                openList = nil
            }
            switch block.kind {
            case .title, .paragraph:
                out += "<p>\(inline(block))</p>\n"
            case .heading:
                let level = min(max((block.level ?? 1) + 1, 2), 6)
                out += "<h\(level)>\(inline(block))</h\(level)>\n"
            case .quotation:
                out += "<blockquote><p>\(inline(block))</p></blockquote>\n"
            case .listItem:
                let list = (block.marker?.first?.isNumber ?? false) ? "ol" : "ul"
                if openList != list {
                    if let open = openList { out += "</\(open)>\n" }
                    out += "<\(list)>\n"
                    openList = list
                }
                out += "<li>\(inline(block))</li>\n"
            case .code:
                let text = block.segments.map(\.source).joined()
                out += "<pre><code>\(HTMLEscape.escape(text))</code></pre>\n"
            }
        }
        if let list = openList { out += "</\(list)>\n" }
        return out
    }
}
