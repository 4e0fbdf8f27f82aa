import Foundation
import ICU
import Inline
import JejuSupport

/// Reads TMX 1.4b (levels 1 and 2; 1.1–1.4 files too) into `TMXDocument`, streaming units for large files.
///
/// Every problem is a `Diagnostic` with line and column: XML that is not well-formed, a root that is not `<tmx>`,
/// a `<tuv>` without a language or with a malformed one, an element TMX does not allow where it stands (it would
/// otherwise be lost), a segment over `segmentLimit`, invalid UTF-8 or UTF-16, entity declarations and
/// references to undeclared entities. Element order inside `tu`/`tuv` is not enforced (tools write props after
/// the seg); comments are not kept.
public enum TMXReader {
    /// The largest segment accepted, in UTF-8 bytes of markup: 1 MiB.
    public static let segmentLimit = Limits.segmentBytes

    /// Reads a whole document.
    public static func read(_ data: Data, path: String) throws(Diagnostic) -> TMXDocument {
        var units: [TranslationUnit] = []
        var document = try read(data, path: path) { unit, _ throws(Diagnostic) in units.append(unit) }
        document.units = units
        return document
    }

    /// Reads a document, handing each unit to `onUnit` with its byte range in the UTF-8 text instead of keeping
    /// it; returns the document without units. `onUnit` may throw to stop.
    ///
    /// `onHeader` is called once, before the first unit, with the header (an empty one if the file has none), so
    /// that a caller writing as it reads can begin its output.
    public static func read(
        _ data: Data, path: String, onHeader: (TMXHeader) throws(Diagnostic) -> Void = { _ in },
        onUnit: (TranslationUnit, Range<Int>) throws(Diagnostic) -> Void
    ) throws(Diagnostic) -> TMXDocument {
        // Read in place: a mapped memory is not copied.
        try XMLInput.withUTF8(data, path: path) { buffer throws(Diagnostic) -> TMXDocument in
            var parser = TMXParser(scanner: XMLScanner(bytes: buffer, path: path))
            return try parser.document(onHeader: onHeader, onUnit: onUnit)
        }
    }

    /// Reads the single `<tu>` element that `bytes` hold (a slice of a file the index points into).
    public static func unit(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(Diagnostic) -> TranslationUnit {
        var parser = TMXParser(scanner: XMLScanner(bytes: bytes, path: path))
        return try parser.standaloneUnit()
    }

    /// Parses TMX `<seg>` content given as markup (`Text <ph x="1">&lt;br/&gt;</ph>`), e.g. a query with codes.
    public static func segment(markup: String, path: String = "<query>") throws(Diagnostic) -> Segment {
        let wrapped = Array("<seg>\(markup)</seg>".utf8)
        return try wrapped.withUnsafeBufferPointer { buffer throws(Diagnostic) -> Segment in
            var parser = TMXParser(scanner: XMLScanner(bytes: buffer, path: path))
            guard case .start(_, _, let empty, let offset) = try parser.scanner.next() else {
                throw Diagnostic(rule: "tmx.segment", path: path, message: "not a segment")
            }
            return empty ? Segment(text: "") : try parser.segment(startOffset: offset)
        }
    }
}

/// The recursive-descent half of the reader, over scanner events.
struct TMXParser {
    var scanner: XMLScanner
    /// The `xml:lang` values already found well-formed: a memory has a handful, and a million variants.
    var wellFormedLanguages: Set<String> = []

    /// A TMX error at byte `offset`: by default the document's structure (`tmx.structure`), which TMX 1.4b lays
    /// down and XML alone does not.
    private func fail(_ message: String, at offset: Int, rule: String = "tmx.structure") -> Diagnostic {
        scanner.error(message, at: offset, rule: rule)
    }

    private func attributes(_ list: [XMLAttribute]) -> [String: String] {
        var d: [String: String] = [:]
        d.reserveCapacity(list.count)
        for a in list { d[a.name] = a.value }
        return d
    }

    /// Skips white space; anything else between elements is an error.
    private func requireSpace(_ text: String, offset: Int, in element: String) throws(Diagnostic) {
        if text.utf8.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D) }) {
            throw fail(
                "text directly inside <\(element)> (TMX allows it only in seg, note, prop and codes)", at: offset)
        }
    }

    mutating func document(
        onHeader: (TMXHeader) throws(Diagnostic) -> Void,
        onUnit: (TranslationUnit, Range<Int>) throws(Diagnostic) -> Void
    ) throws(Diagnostic) -> TMXDocument {
        guard case .start(let name, let attrs, let empty, let offset) = try scanner.next() else {
            throw fail("not a TMX document: no root element", at: scanner.offset)
        }
        guard name == "tmx" else {
            throw fail("not a TMX document: the root element is <\(name)>, not <tmx>", at: offset)
        }
        let a = attributes(attrs)
        var document = TMXDocument(version: a["version"] ?? "1.4")
        var sawHeader = false, sawBody = false
        if empty { throw fail("the <tmx> element has no header and no body", at: offset) }
        loop: while true {
            switch try scanner.next() {
            case .start(let child, let childAttrs, let childEmpty, let childOffset):
                switch child {
                case "header":
                    if sawHeader { throw fail("a second <header>", at: childOffset) }
                    sawHeader = true
                    document.header = try header(attributes(childAttrs), empty: childEmpty)
                case "body":
                    if sawBody { throw fail("a second <body>", at: childOffset) }
                    sawBody = true
                    try onHeader(document.header)
                    if !childEmpty { try body(onUnit: onUnit) }
                default:
                    throw fail(
                        "unexpected element <\(child)> in <tmx> (expected header and body)", at: childOffset)
                }
            case .end: break loop
            case .text(let t, let o): try requireSpace(t, offset: o, in: "tmx")
            case .endOfDocument: break loop
            }
        }
        guard sawBody else { throw fail("the <tmx> element has no <body>", at: offset) }
        guard case .endOfDocument = try scanner.next() else {
            throw fail(
                "not well-formed XML: extra content after the end of the document", at: scanner.offset,
                rule: XMLScanner.Rule.wellFormed)
        }
        return document
    }

    mutating func header(_ attrs: [String: String], empty: Bool) throws(Diagnostic) -> TMXHeader {
        var header = TMXHeader(attributes: attrs)
        if empty { return header }
        while true {
            switch try scanner.next() {
            case .start(let name, let a, let e, let o):
                switch name {
                case "note": header.notes.append(try note(attributes(a), empty: e))
                case "prop": header.properties.append(try prop(attributes(a), empty: e))
                case "ude":
                    var ude = TMXHeader.UserEncoding(attributes: attributes(a), maps: [])
                    if !e {
                        while true {
                            let event = try scanner.next()
                            if case .start(let n, let ma, let me, let mo) = event {
                                guard n == "map" else {
                                    throw fail("unexpected element <\(n)> in <ude>", at: mo)
                                }
                                ude.maps.append(attributes(ma))
                                if !me { try skipToEnd(of: "map") }
                            } else if case .end = event {
                                break
                            } else if case .text(let t, let to) = event {
                                try requireSpace(t, offset: to, in: "ude")
                            }
                        }
                    }
                    header.userEncodings.append(ude)
                default:
                    throw fail("unexpected element <\(name)> in <header> (expected note, prop, ude)", at: o)
                }
            case .end: return header
            case .text(let t, let o): try requireSpace(t, offset: o, in: "header")
            case .endOfDocument: throw fail("unexpected end of the document", at: scanner.offset)
            }
        }
    }

    private mutating func skipToEnd(of name: String) throws(Diagnostic) {
        while true {
            switch try scanner.next() {
            case .end: return
            case .text(let t, let o): try requireSpace(t, offset: o, in: name)
            case .start(let n, _, _, let o): throw fail("unexpected element <\(n)> in <\(name)>", at: o)
            case .endOfDocument: throw fail("unexpected end of the document", at: scanner.offset)
            }
        }
    }

    mutating func body(onUnit: (TranslationUnit, Range<Int>) throws(Diagnostic) -> Void) throws(Diagnostic) {
        while true {
            switch try scanner.next() {
            case .start(let name, let a, let e, let o):
                guard name == "tu" else {
                    throw fail("unexpected element <\(name)> in <body> (expected tu)", at: o)
                }
                let u = try unit(attributes(a), empty: e, offset: o)
                try onUnit(u, o..<scanner.offset)
            case .end: return
            case .text(let t, let o): try requireSpace(t, offset: o, in: "body")
            case .endOfDocument: throw fail("unexpected end of the document", at: scanner.offset)
            }
        }
    }

    mutating func standaloneUnit() throws(Diagnostic) -> TranslationUnit {
        guard case .start(let name, let a, let e, let o) = try scanner.next(), name == "tu" else {
            throw fail("expected a <tu> element (the index is out of date)", at: 0)
        }
        return try unit(attributes(a), empty: e, offset: o)
    }

    mutating func unit(_ attrs: [String: String], empty: Bool, offset: Int) throws(Diagnostic) -> TranslationUnit {
        var attrs = attrs
        let id = attrs.removeValue(forKey: "tuid")
        var unit = TranslationUnit(id: id, attributes: attrs)
        if empty { return unit }
        while true {
            switch try scanner.next() {
            case .start(let name, let a, let e, let o):
                switch name {
                case "note": unit.notes.append(try note(attributes(a), empty: e))
                case "prop": unit.properties.append(try prop(attributes(a), empty: e))
                case "tuv": unit.variants.append(try variant(attributes(a), empty: e, offset: o))
                default: throw fail("unexpected element <\(name)> in <tu> (expected note, prop, tuv)", at: o)
                }
            case .end: return unit
            case .text(let t, let o): try requireSpace(t, offset: o, in: "tu")
            case .endOfDocument: throw fail("unexpected end of the document", at: scanner.offset)
            }
        }
    }

    mutating func variant(_ attrs: [String: String], empty: Bool, offset: Int) throws(Diagnostic) -> TranslationVariant
    {
        var attrs = attrs
        guard let language = attrs.removeValue(forKey: "xml:lang") ?? attrs.removeValue(forKey: "lang") else {
            throw fail("a <tuv> without a language (xml:lang)", at: offset, rule: "tmx.language")
        }
        if !wellFormedLanguages.contains(language) {
            guard LanguageTag.isWellFormed(language.replacingOccurrences(of: "_", with: "-")) else {
                throw fail(
                    "the <tuv> language '\(language)' is not a well-formed BCP 47 tag", at: offset,
                    rule: "tmx.language")
            }
            wellFormedLanguages.insert(language)
        }
        var variant = TranslationVariant(language: language, segment: Segment(text: ""), attributes: attrs)
        var sawSeg = false
        if empty { throw fail("a <tuv> without a <seg>", at: offset) }
        while true {
            switch try scanner.next() {
            case .start(let name, let a, let e, let o):
                switch name {
                case "note": variant.notes.append(try note(attributes(a), empty: e))
                case "prop": variant.properties.append(try prop(attributes(a), empty: e))
                case "seg":
                    if sawSeg { throw fail("a second <seg> in one <tuv>", at: o) }
                    if !a.isEmpty { throw fail("<seg> takes no attributes", at: o) }
                    sawSeg = true
                    variant.segment = e ? Segment(text: "") : try segment(startOffset: o)
                default: throw fail("unexpected element <\(name)> in <tuv> (expected note, prop, seg)", at: o)
                }
            case .end:
                guard sawSeg else { throw fail("a <tuv> without a <seg>", at: offset) }
                return variant
            case .text(let t, let o): try requireSpace(t, offset: o, in: "tuv")
            case .endOfDocument: throw fail("unexpected end of the document", at: scanner.offset)
            }
        }
    }

    private mutating func textContent(of element: String) throws(Diagnostic) -> String {
        var text = ""
        while true {
            switch try scanner.next() {
            case .text(let t, _): text += t
            case .end: return text
            case .start(let n, _, _, let o):
                throw fail("unexpected element <\(n)> in <\(element)> (text only)", at: o)
            case .endOfDocument: throw fail("unexpected end of the document", at: scanner.offset)
            }
        }
    }

    mutating func note(_ attrs: [String: String], empty: Bool) throws(Diagnostic) -> TMXNote {
        TMXNote(empty ? "" : try textContent(of: "note"), attributes: attrs)
    }

    mutating func prop(_ attrs: [String: String], empty: Bool) throws(Diagnostic) -> TMXProperty {
        var attrs = attrs
        let type = attrs.removeValue(forKey: "type")
        return TMXProperty(type: type, value: empty ? "" : try textContent(of: "prop"), attributes: attrs)
    }

    /// Mixed content of `<seg>` or `<sub>` up to its end tag.
    mutating func segment(startOffset: Int, inSub: Bool = false) throws(Diagnostic) -> Segment {
        var text = ""
        var scalars = 0
        var codes: [InlineCode] = []
        var highlights: [Int] = []  // open <hi> depth
        while true {
            switch try scanner.next() {
            case .text(let t, _):
                text += t
                scalars += t.unicodeScalars.count
            case .start(let name, let a, let e, let o):
                let attrs = attributes(a)
                switch name {
                case "bpt", "ept", "it", "ph", "ut":
                    codes.append(
                        InlineCode(
                            tmxElement: name, attributes: attrs, native: e ? [] : try codeContent(name),
                            offset: scalars))
                case "hi":
                    codes.append(.highlight(closing: false, attributes: attrs, offset: scalars))
                    if e {
                        codes.append(.highlight(closing: true, offset: scalars))
                    } else {
                        highlights.append(codes.count)
                    }
                default:
                    throw fail(
                        "unexpected element <\(name)> in a segment (TMX allows bpt, ept, it, ph, hi, ut)", at: o)
                }
            case .end(let name, let o):
                if name == "hi" {
                    _ = highlights.popLast()
                    codes.append(.highlight(closing: true, offset: scalars))
                    continue
                }
                if o - startOffset > TMXReader.segmentLimit {
                    throw fail(
                        "a segment of \((o - startOffset) >> 10) KiB; segments may be at most \(TMXReader.segmentLimit >> 10) KiB",
                        at: startOffset, rule: "limits.segment")
                }
                return Segment(text: text, codes: codes)
            case .endOfDocument: throw fail("unexpected end of the document", at: scanner.offset)
            }
        }
    }

    /// The native data of a code: text and `<sub>` sub-flows.
    private mutating func codeContent(_ element: String) throws(Diagnostic) -> [InlineCode.Native] {
        var parts: [InlineCode.Native] = []
        while true {
            switch try scanner.next() {
            case .text(let t, _):
                if case .text(let previous)? = parts.last {
                    parts[parts.count - 1] = .text(previous + t)
                } else {
                    parts.append(.text(t))
                }
            case .start(let name, let a, let e, let o):
                guard name == "sub" else {
                    throw fail("unexpected element <\(name)> in <\(element)> (only sub)", at: o)
                }
                parts.append(
                    .sub(attributes: attributes(a), e ? Segment(text: "") : try segment(startOffset: o, inSub: true)))
            case .end: return parts
            case .endOfDocument: throw fail("unexpected end of the document", at: scanner.offset)
            }
        }
    }
}
