import Inline

/// Inline content in OmegaT's own tag notation, for the OmegaT kit: a paired code is `<g0>…</g0>`, a placeholder
/// `<x1/>`, the start or end of a code cut by a sentence boundary `<bx2/>` or `<ex3/>`.
///
/// OmegaT recognises tags of this shape (letters, then digits) in any segment, protects them in its editor and
/// validates them, and writes them as this same text into its memories (`project_save.tmx`, level 1), so a
/// memory written in this notation exact-matches the segment. The number is the code's position in the
/// segment's source (first occurrence, from 0), as OmegaT numbers the tags of the files it reads itself; the
/// target uses the source's numbers, so `resolve` maps a returned translation's tags back to the source's codes.
/// Markers are dropped (their text kept).
public enum OmegaTTags {
    /// The number of each code id of `source`: its position among the source's codes (first occurrence).
    public static func numbering(_ source: Segment) -> [String: Int] {
        var out: [String: Int] = [:]
        for c in source.xliffCodes where out[c.id ?? ""] == nil { out[c.id ?? ""] = out.count }
        return out
    }

    /// The OmegaT form of `content`, numbering codes with `numbering` (from the segment's source); a code the
    /// source lacks gets the next free number.
    public static func render(_ content: Segment, numbering: [String: Int]) -> String {
        var numbers = numbering
        func number(_ c: InlineCode) -> Int {
            if let n = numbers[c.id ?? ""] { return n }
            let n = (numbers.values.max() ?? -1) + 1
            numbers[c.id ?? ""] = n
            return n
        }
        return TaggedText.render(content) { kind, code in
            let n = number(code)
            switch kind {
            case .open: return "<g\(n)>"
            case .close: return "</g\(n)>"
            case .placeholder: return "<x\(n)/>"
            case .start: return "<bx\(n)/>"
            case .end: return "<ex\(n)/>"
            }
        }
    }

    /// The OmegaT form of a source segment (numbered by itself).
    public static func render(source: Segment) -> String { render(source, numbering: numbering(source)) }

    /// Parses OmegaT-tagged text: `<gN>…</gN>` pairs become paired codes, `<xN/>` placeholders, `<bxN/>` and
    /// `<exN/>` (and a `<gN>` or `</gN>` without its partner) start and end codes. The code ids are the numbers;
    /// `resolve` turns them into the source's ids. Any other `<` is text.
    public static func parse(_ text: String) -> Segment {
        TaggedText.segment(
            TaggedText.tokens(text) { s, start in
                var j = start + 1
                let closing = j < s.count && s[j] == "/"
                if closing { j += 1 }
                var name = ""
                while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic {
                    name.unicodeScalars.append(s[j]); j += 1
                }
                var digits = ""
                while j < s.count, ("0"..."9").contains(s[j]) { digits.unicodeScalars.append(s[j]); j += 1 }
                guard !digits.isEmpty, digits.count < 6, let n = Int(digits) else { return nil }
                let selfClosing = !closing && j < s.count && s[j] == "/"
                if selfClosing { j += 1 }
                guard j < s.count, s[j] == ">" else { return nil }
                let kind: TaggedText.TagKind
                switch (name, closing, selfClosing) {
                case ("g", false, false): kind = .open
                case ("g", true, false): kind = .close
                case ("x", false, true): kind = .placeholder
                case ("bx", false, true): kind = .start
                case ("ex", false, true): kind = .end
                default: return nil
                }
                return (.tag(kind, String(n)), j + 1)
            })
    }

    /// `content` parsed by `parse`, its numbered codes given the ids of `source`'s codes in that position; a
    /// number the source does not have becomes the id `omegat-N` (which no source has, so a merge refuses it).
    public static func resolve(_ content: Segment, source: Segment) -> Segment {
        var ids: [Int: String] = [:]
        for (id, n) in numbering(source) { ids[n] = id }
        var out = content
        for (i, c) in content.codes.enumerated() where !c.isXLIFFMarker {
            let number = c.id ?? ""
            let real = Int(number).flatMap { ids[$0] } ?? "omegat-\(number)"
            out.codes[i] = InlineCode(
                xliffElement: c.xliffElement, closing: c.role == .closing, id: real, offset: c.offset)
        }
        return out
    }
}
