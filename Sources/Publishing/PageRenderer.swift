import Notices

/// Turns localized notices into the HTML a template receives: blocks as elements, sentences escaped, English
/// fallback in `<span lang="en">`.
struct PageRenderer {
    let context: LocaleContext
    let sourceTag: String

    /// The attributes that mark English stand-in text.
    private var fallbackAttributes: String {
        "lang=\"\(sourceTag)\" dir=\"ltr\" class=\"untranslated\" title=\"\(HTMLEscape.escape(context.messages.text("fallback.lang")))\""
    }

    /// Whether every sentence of `block` is shown in English: the block element itself is then marked, so the
    /// whole paragraph runs left to right even on a right-to-left page.
    func isWhollyFallback(_ block: LocalizedBlock) -> Bool {
        block.kind != .code && !block.segments.isEmpty && block.segments.allSatisfy(\.isFallback)
    }

    /// A block's sentences joined with the source's spacing. Consecutive English sentences share one
    /// `<span lang="en" dir="ltr">`, so they keep their order inside a right-to-left paragraph. With `marked`
    /// false (the element carries the marking), English sentences are written plain.
    func inline(_ block: LocalizedBlock, marked: Bool = true) -> String {
        var out = ""
        var inFallback = false
        for (index, s) in block.segments.enumerated() {
            let fallback = marked && s.isFallback
            if inFallback && !fallback {
                out += "</span>"
                inFallback = false
            }
            if index > 0 { out += HTMLEscape.escape(s.leadingSpace) }
            if fallback && !inFallback {
                out += "<span \(fallbackAttributes)>"
                inFallback = true
            }
            out +=
                s.target.map { InlineHTML.render($0, codes: s.targetCodes) }
                ?? InlineHTML.render(s.source, codes: s.sourceCodes)
        }
        if inFallback { out += "</span>" }
        return out
    }

    /// The title as it goes inside `<h1>` or a link.
    func title(_ block: LocalizedBlock) -> String { inline(block) }

    /// An element with `content`, marked as English when the whole block is.
    private func element(_ name: String, _ block: LocalizedBlock) -> String {
        if isWhollyFallback(block) { return "<\(name) \(fallbackAttributes)>\(inline(block, marked: false))</\(name)>" }
        return "<\(name)>\(inline(block))</\(name)>"
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
                out += element("p", block) + "\n"
            case .heading:
                let level = min(max((block.level ?? 1) + 1, 2), 6)
                out += element("h\(level)", block) + "\n"
            case .quotation:
                out += "<blockquote>\(element("p", block))</blockquote>\n"
            case .listItem:
                let list = (block.marker?.first?.isNumber ?? false) ? "ol" : "ul"
                if openList != list {
                    if let open = openList { out += "</\(open)>\n" }
                    out += "<\(list)>\n"
                    openList = list
                }
                out += element("li", block) + "\n"
            case .code:
                let text = block.segments.map(\.source).joined()
                out += "<pre><code>\(HTMLEscape.escape(text))</code></pre>\n"
            }
        }
        if let list = openList { out += "</\(list)>\n" }
        return out
    }
}
