import Foundation
import ICU
import Inline
import JejuSupport

/// `jeju tm clean`: tidies a memory without losing a translation. Segment text becomes NFC, leading and trailing
/// white space is trimmed and inner runs of white space become one space (codes keep their places), units whose
/// source or target is empty are dropped, and exact duplicates (same source, context and target) merge.
public enum MemoryCleaner {
    /// What cleaning changed.
    public struct Report: Sendable, Codable, Equatable {
        /// Segments put into NFC.
        public var normalized = 0
        /// Segments whose white space was tidied.
        public var whitespace = 0
        /// Units dropped for an empty source or target.
        public var empty = 0
        /// Duplicate units merged.
        public var duplicates = 0
        /// Whether anything changed.
        public var changed: Bool { normalized + whitespace + empty + duplicates > 0 }
    }

    /// Cleans `document` for the pair source → locale.
    public static func clean(_ document: inout TMXDocument, source: String, locale: String) -> Report {
        var report = Report()
        var kept: [TranslationUnit] = []
        var seen: [String: Int] = [:]
        for var unit in document.units {
            for v in unit.variants.indices {
                let before = unit.variants[v].segment
                let nfc = normalize(before)
                if !nfc.text.unicodeScalars.elementsEqual(before.text.unicodeScalars) { report.normalized += 1 }
                let tidy = tidyWhitespace(nfc)
                if !tidy.text.unicodeScalars.elementsEqual(nfc.text.unicodeScalars) || tidy.codes != nfc.codes {
                    report.whitespace += 1
                }
                unit.variants[v].segment = tidy
            }
            guard let s = unit.variant(in: source), let t = unit.variant(in: locale), !s.segment.isEmpty,
                !t.segment.isEmpty
            else {
                report.empty += 1
                continue
            }
            let key = MemoryImporter.key(s.segment, context: unit.context) + "\u{0}" + TMXWriter.markup(t.segment)
            if let first = seen[key] {
                for note in unit.notes where !kept[first].notes.contains(note) { kept[first].notes.append(note) }
                for prop in unit.properties where !kept[first].properties.contains(prop) {
                    kept[first].properties.append(prop)
                }
                report.duplicates += 1
                continue
            }
            seen[key] = kept.count
            kept.append(unit)
        }
        document.units = kept
        return report
    }

    /// The segment with each text piece between codes in NFC (offsets follow).
    static func normalize(_ segment: Segment) -> Segment {
        transform(segment) { piece in Array(Normalizer.nfc(String(scalars: piece)).unicodeScalars) }
    }

    /// The segment trimmed, with inner white-space runs collapsed to one space (offsets follow).
    static func tidyWhitespace(_ segment: Segment) -> Segment {
        var out = transform(segment) { piece in
            var result: [Unicode.Scalar] = []
            var inSpace = false
            for u in piece {
                if u.properties.isWhitespace {
                    if !inSpace { result.append(" ") }
                    inSpace = true
                } else {
                    result.append(u)
                    inSpace = false
                }
            }
            return result
        }
        // Collapse across piece boundaries and trim both ends.
        var scalars = Array(out.text.unicodeScalars)
        var codes = out.codes
        var i = 0
        while i < scalars.count {
            let atStart = i == 0, atEnd = i == scalars.count - 1
            let doubled = i > 0 && scalars[i] == " " && scalars[i - 1] == " " && !codes.contains { $0.offset == i }
            if scalars[i] == " " && (atStart || atEnd || doubled) {
                scalars.remove(at: i)
                for k in codes.indices where codes[k].offset > i { codes[k].offset -= 1 }
                continue
            }
            i += 1
        }
        out.text = String(scalars: scalars)
        out.codes = codes
        return out
    }

    /// Applies `body` to each text piece between code positions.
    static func transform(_ segment: Segment, _ body: ([Unicode.Scalar]) -> [Unicode.Scalar]) -> Segment {
        let scalars = Array(segment.text.unicodeScalars)
        var cuts = Array(Set(segment.codes.map(\.offset).filter { $0 > 0 && $0 < scalars.count })).sorted()
        cuts.append(scalars.count)
        var text: [Unicode.Scalar] = []
        var newOffset: [Int: Int] = [0: 0]
        var start = 0
        for cut in cuts {
            text.append(contentsOf: body(Array(scalars[start..<cut])))
            newOffset[cut] = text.count
            start = cut
        }
        var out = segment
        out.text = String(scalars: text)
        for k in out.codes.indices {
            out.codes[k].offset = newOffset[out.codes[k].offset] ?? min(out.codes[k].offset, text.count)
        }
        return out
    }
}
