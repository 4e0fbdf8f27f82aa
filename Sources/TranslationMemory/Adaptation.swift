import ICU
import Inline

/// Auto-adaptation: when the query's numbers or inline codes differ from those of the unit's source, the
/// suggested target gets the query's instead, wherever the target shows the source's value.
enum Adaptation {
    static func adapt(
        target: Segment, source: Segment, sourceNumbers: [String], query: Segment, queryNumbers: [String],
        tokenizer: SegmentTokenizer
    ) -> (Segment, [Match.Adaptation]) {
        var result = target
        var done: [Match.Adaptation] = []
        if sourceNumbers.count == queryNumbers.count && sourceNumbers != queryNumbers {
            var used = Set<Int>()
            for (from, to) in zip(sourceNumbers, queryNumbers) where from != to {
                let spans = numberSpans(result.text, tokenizer: tokenizer)
                guard let span = spans.first(where: { $0.value == from && !used.contains($0.start) }) else { continue }
                result = replace(result, scalarRange: span.start..<span.end, with: to)
                used.insert(span.start)
                done.append(Match.Adaptation(kind: "number", from: from, to: to))
            }
        }
        if source.codes.count == query.codes.count && !source.codes.isEmpty
            && source.codes
                != query.codes.map({ c in
                    var c = c
                    c.offset = 0
                    return c
                })
        {
            for (s, q) in zip(source.codes, query.codes)
            where s.tmxKind == q.tmxKind && (s.attributes != q.attributes || s.native != q.native) {
                if let k = result.codes.firstIndex(where: {
                    $0.tmxKind == s.tmxKind && $0.attributes == s.attributes && $0.native == s.native
                }) {
                    // The query's code in the target's place: its attributes, native data and what they say.
                    let offset = result.codes[k].offset
                    result.codes[k] = q
                    result.codes[k].offset = offset
                    done.append(
                        Match.Adaptation(
                            kind: "code", from: TMXWriter.markup(Segment(text: "", codes: [s])),
                            to: TMXWriter.markup(Segment(text: "", codes: [q]))))
                }
            }
        }
        return (result, done)
    }

    struct NumberSpan {
        var start: Int
        var end: Int
        var value: String
    }

    /// The numbers of `text` by ICU word breaks (as the tokenizer sees them), with scalar offsets.
    static func numberSpans(_ text: String, tokenizer: SegmentTokenizer) -> [NumberSpan] {
        tokenizer.numberSpans(text).map { NumberSpan(start: $0.0.lowerBound, end: $0.0.upperBound, value: $0.1) }
    }

    /// `segment` with the text in `range` (scalars) replaced; codes after it move with the text.
    static func replace(_ segment: Segment, scalarRange range: Range<Int>, with replacement: String) -> Segment {
        var scalars = Array(segment.text.unicodeScalars)
        let new = Array(replacement.unicodeScalars)
        scalars.replaceSubrange(range, with: new)
        var out = segment
        out.text = String(scalars: scalars)
        let delta = new.count - range.count
        for k in out.codes.indices where out.codes[k].offset >= range.upperBound { out.codes[k].offset += delta }
        return out
    }
}
