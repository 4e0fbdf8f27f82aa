import JejuSupport

/// Inline content as plain text with numbered tags, for formats without inline markup (PO): a paired code is
/// `<1>…</1>`, a placeholder `<2/>`, the start or end of a code cut by a sentence boundary `<3>` or `</3>`
/// alone. The numbers are the codes' ids, so a translation's tags map back to the source's codes. Tags never
/// clash with ICU MessageFormat, whose arguments use braces. Markers are dropped (their text kept).
public enum TaggedText {
    /// The tagged form of `content`.
    public static func render(_ content: [XLIFFInline]) -> String {
        var out = ""
        func walk(_ items: [XLIFFInline]) {
            for item in items {
                switch item {
                case .text(let t): out += t
                case .placeholder(let c): out += "<\(c.id)/>"
                case .paired(let c, let inner):
                    out += "<\(c.id)>"
                    walk(inner)
                    out += "</\(c.id)>"
                case .start(let c): out += "<\(c.id)>"
                case .end(let c): out += "</\(c.id)>"
                case .marker(_, let inner): walk(inner)
                case .markerStart, .markerEnd: break
                }
            }
        }
        walk(content)
        return out
    }

    /// Parses tagged text back into content: `<n>…</n>` pairs become paired codes, lone `<n>`/`</n>` start and
    /// end codes, `<n/>` placeholders. Only tags whose name is a code id (letters, digits, `-`, `_`, `.`, no
    /// spaces) count; any other `<` is text.
    public static func parse(_ text: String) -> [XLIFFInline] {
        enum Token { case text(String), open(String), close(String), empty(String) }
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var buffer = String.UnicodeScalarView()
        func isName(_ u: Unicode.Scalar) -> Bool { (u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u))) || u == "-" || u == "_" || u == "." }
        while i < scalars.count {
            if scalars[i] == "<" {
                var j = i + 1
                let closing = j < scalars.count && scalars[j] == "/"
                if closing { j += 1 }
                let nameStart = j
                while j < scalars.count, isName(scalars[j]) { j += 1 }
                let name = String(String.UnicodeScalarView(scalars[nameStart..<j]))
                let selfClosing = !closing && j < scalars.count && scalars[j] == "/"
                if selfClosing { j += 1 }
                if !name.isEmpty, name.first?.isNumber == true, j < scalars.count, scalars[j] == ">" {
                    if !buffer.isEmpty { tokens.append(.text(String(buffer))); buffer = String.UnicodeScalarView() }
                    tokens.append(closing ? .close(name) : selfClosing ? .empty(name) : .open(name))
                    i = j + 1
                    continue
                }
            }
            buffer.append(scalars[i])
            i += 1
        }
        if !buffer.isEmpty { tokens.append(.text(String(buffer))) }
        // Pair opens with their closes; build the tree.
        var closes = Set<String>()
        var pairs = Set<Int>()
        var openAt: [String: [Int]] = [:]
        var partner: [Int: Int] = [:]
        for (k, t) in tokens.enumerated() {
            switch t {
            case .open(let n): openAt[n, default: []].append(k)
            case .close(let n):
                if let k0 = openAt[n]?.popLast() { pairs.insert(k0); pairs.insert(k); closes.insert("\(k)"); partner[k0] = k }
            default: break
            }
        }
        var stack: [(XLIFFCode, [XLIFFInline])] = [(XLIFFCode(id: ""), [])]
        func append(_ item: XLIFFInline) { stack[stack.count - 1].1.append(item) }
        for (k, t) in tokens.enumerated() {
            switch t {
            case .text(let s): append(.text(s))
            case .empty(let n): append(.placeholder(XLIFFCode(id: n)))
            case .open(let n):
                if pairs.contains(k) && stack.count <= Limits.xmlDepth {
                    stack.append((XLIFFCode(id: n), []))
                } else {
                    // Past the nesting limit a pair stays two lone codes: the tree never grows deeper.
                    if let close = partner[k] { pairs.remove(close) }
                    append(.start(XLIFFCode(id: n)))
                }
            case .close(let n):
                if pairs.contains(k), stack.count > 1, let (code, inner) = stack.popLast() {
                    append(.paired(code, inner))
                } else {
                    append(.end(XLIFFCode(id: n)))
                }
            }
        }
        while stack.count > 1, let (code, inner) = stack.popLast() { append(.start(code)); stack[stack.count - 1].1 += inner }
        return stack[0].1
    }
}
