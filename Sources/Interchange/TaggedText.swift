import Inline
import JejuSupport
import ICU

/// Inline content as plain text with numbered tags, for formats without inline markup (PO): a paired code is
/// `<1>…</1>`, a placeholder `<2/>`, the start or end of a code cut by a sentence boundary `<3>` or `</3>`
/// alone. The numbers are the codes' ids, so a translation's tags map back to the source's codes. Tags never
/// clash with ICU MessageFormat, whose arguments use braces. Markers are dropped (their text kept).
public enum TaggedText {
    /// What a tag in tagged text marks.
    enum TagKind { case open, close, placeholder, start, end }

    /// One piece of tagged text: text, or a tag with its code id.
    enum Token { case text(String), tag(TagKind, String) }

    /// The tagged form of `content`.
    public static func render(_ content: Segment) -> String {
        render(content) { kind, code in
            switch kind {
            case .open, .start: "<\(code.id ?? "")>"
            case .close, .end: "</\(code.id ?? "")>"
            case .placeholder: "<\(code.id ?? "")/>"
            }
        }
    }

    /// `content` as text with each code written by `tag` (a paired code as its `.open` and `.close` around its
    /// content).
    static func render(_ content: Segment, tag: (TagKind, InlineCode) -> String) -> String {
        var out = ""
        for piece in content.xliffPieces() {
            switch piece {
            case .text(let t): out += t
            case .code("ph", let c): out += tag(.placeholder, c)
            case .code("pc", let c): out += tag(c.role == .closing ? .close : .open, c)
            case .code("sc", let c): out += tag(.start, c)
            case .code("ec", let c): out += tag(.end, c)
            case .code: break
            }
        }
        return out
    }

    /// Parses tagged text back into content: `<n>…</n>` pairs become paired codes, lone `<n>`/`</n>` start and
    /// end codes, `<n/>` placeholders. Only tags whose name is a code id (letters, digits, `-`, `_`, `.`, no
    /// spaces) count; any other `<` is text.
    public static func parse(_ text: String) -> Segment {
        func isName(_ u: Unicode.Scalar) -> Bool {
            (u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u))) || u == "-" || u == "_" || u == "."
        }
        return segment(
            tokens(text) { scalars, i in
                var j = i + 1
                let closing = j < scalars.count && scalars[j] == "/"
                if closing { j += 1 }
                let nameStart = j
                while j < scalars.count, isName(scalars[j]) { j += 1 }
                let name = String(scalars: scalars[nameStart..<j])
                let selfClosing = !closing && j < scalars.count && scalars[j] == "/"
                if selfClosing { j += 1 }
                guard !name.isEmpty, name.first?.isNumber == true, j < scalars.count, scalars[j] == ">" else {
                    return nil
                }
                return (.tag(closing ? .close : selfClosing ? .placeholder : .open, name), j + 1)
            })
    }

    /// `text` cut into text and tags: at each `<`, `tag` says whether a tag starts there (and where it ends).
    static func tokens(_ text: String, tag: ([Unicode.Scalar], Int) -> (Token, Int)?) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var buffer = String.UnicodeScalarView()
        while i < scalars.count {
            if scalars[i] == "<", let (token, next) = tag(scalars, i) {
                if !buffer.isEmpty { tokens.append(.text(String(buffer))); buffer = String.UnicodeScalarView() }
                tokens.append(token)
                i = next
                continue
            }
            buffer.append(scalars[i])
            i += 1
        }
        if !buffer.isEmpty { tokens.append(.text(String(buffer))) }
        return tokens
    }

    /// The content `tokens` describe: each `.open` paired with the next `.close` of its id becomes a paired
    /// code; an open or close without its partner is a start or end code.
    static func segment(_ tokens: [Token]) -> Segment {
        var partner: [Int: Int] = [:]
        var openAt: [String: [Int]] = [:]
        for (k, t) in tokens.enumerated() {
            guard case .tag(let kind, let n) = t else { continue }
            if kind == .open { openAt[n, default: []].append(k) }
            if kind == .close, let k0 = openAt[n]?.popLast() { partner[k0] = k; partner[k] = k0 }
        }
        var out = Segment(text: "")
        var offset = 0
        // The open paired codes, innermost last: their places in `out.codes`.
        var stack: [Int] = []
        func code(_ element: String, closing: Bool = false, _ id: String) {
            out.codes.append(InlineCode(xliffElement: element, closing: closing, id: id, offset: offset))
        }
        for (k, t) in tokens.enumerated() {
            switch t {
            case .text(let s):
                out.text += s
                offset += s.unicodeScalars.count
            case .tag(.placeholder, let n): code("ph", n)
            case .tag(.start, let n): code("sc", n)
            case .tag(.end, let n): code("ec", n)
            case .tag(.open, let n):
                if partner[k] != nil && stack.count < Limits.xmlDepth {
                    stack.append(out.codes.count)
                    code("pc", n)
                } else {
                    // Past the nesting limit a pair stays two lone codes: the markup never grows deeper.
                    if let close = partner[k] { partner[close] = nil }
                    code("sc", n)
                }
            case .tag(.close, let n):
                if partner[k] != nil, let i = stack.popLast() {
                    code("pc", closing: true, out.codes[i].id ?? n)
                } else {
                    code("ec", n)
                }
            }
        }
        // A pair left open is a start code; what it held stays where it is.
        for i in stack {
            out.codes[i] = InlineCode(xliffElement: "sc", id: out.codes[i].id ?? "", offset: out.codes[i].offset)
        }
        return out
    }
}
