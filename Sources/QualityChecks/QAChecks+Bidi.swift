import ICU

extension QAChecks {
    private enum Bidi {
        static let l: Int32 = 0, r: Int32 = 1, en: Int32 = 2, es: Int32 = 3, al: Int32 = 13, ws: Int32 = 9
    }

    /// Bidi controls balanced: every embedding or override closed by PDF, every isolate by PDI, nothing closed
    /// that was not opened; and in a left-to-right target no bidi control the source does not have.
    public static let bidiControls = QACheck(
        id: "bidi-controls", title: "stray or unbalanced bidi controls", severity: .error
    ) { input, context in
        let t = Array(input.targetText.unicodeScalars)
        var out: [String] = []
        var stack: [(Unicode.Scalar, isolate: Bool)] = []
        func name(_ s: Unicode.Scalar) -> String {
            "U+\(String(s.value, radix: 16, uppercase: true)) \(CharacterProperties.name(s))"
        }
        for s in t where CharacterProperties.isBidiControl(s) {
            switch s.value {
            case 0x202A, 0x202B, 0x202D, 0x202E: stack.append((s, false))
            case 0x2066, 0x2067, 0x2068: stack.append((s, true))
            case 0x202C:
                if let last = stack.last, !last.isolate {
                    stack.removeLast()
                } else {
                    out.append("\(name(s)) closes nothing; remove it")
                }
            case 0x2069:
                if let k = stack.lastIndex(where: { $0.isolate }) {
                    stack.removeSubrange(k...)
                } else {
                    out.append("\(name(s)) closes no isolate; remove it")
                }
            default: break
            }
        }
        for (s, isolate) in stack {
            out.append(
                "\(name(s)) is never closed; add \(isolate ? "U+2069 POP DIRECTIONAL ISOLATE" : "U+202C POP DIRECTIONAL FORMATTING") where it should end"
            )
        }
        if !context.facts(input.targetLocale).isRightToLeft {
            let source = Set(input.sourceText.unicodeScalars.filter(CharacterProperties.isBidiControl))
            let stray = Set(t.filter { CharacterProperties.isBidiControl($0) && !source.contains($0) })
            if !stray.isEmpty {
                out.append(
                    "bidi control \(stray.sorted { $0.value < $1.value }.map(name).joined(separator: ", ")) in a left-to-right target; remove it"
                )
            }
        }
        return out
    }

    /// In a right-to-left target, what the page must isolate (`<bdi>` or `dir="ltr"`) to display in the right
    /// order: URLs and e-mail addresses; a left-to-right name followed by a number, which the bidi algorithm
    /// draws into the name (UBA rule W7); a number with a leading + or − after a space, whose sign lands on the wrong side (a hyphen joining a number to an
    /// Arabic word, كوفيد-19, resolves right and stays put).
    /// Text already inside an isolate (U+2066–U+2069) is fine.
    public static let bidiIsolation = QACheck(
        id: "bidi-isolation",
        title: "left-to-right names, numbers and URLs in right-to-left text the page must isolate",
        severity: .warning
    ) { input, context in
        guard context.facts(input.targetLocale).isRightToLeft else { return [] }
        let t = Array(input.targetText.unicodeScalars)
        // Depth of isolates at each position.
        var isolated = [Bool](repeating: false, count: t.count)
        var depth = 0
        for (i, s) in t.enumerated() {
            if (0x2066...0x2068).contains(s.value) {
                depth += 1
            } else if s.value == 0x2069 {
                depth = max(0, depth - 1)
            }
            isolated[i] = depth > 0
        }
        var out: [String] = []
        let spans = context.protectedSpans(input.targetText)
        for span in spans where !isolated[span.range.lowerBound] {
            out.append(
                "the \(span.kind == .url ? "URL" : "e-mail address") \(span.text) is left-to-right inside right-to-left text; the page must isolate it (<bdi> or dir=\"ltr\")"
            )
        }
        func inSpan(_ i: Int) -> Bool { spans.contains { $0.range.contains(i) } }
        let classes = t.map(CharacterProperties.bidiClass)
        var runStart: Int?, runEnd = 0, lastStrong: Int32 = Bidi.r
        var i = 0
        while i < t.count {
            let c = classes[i]
            if isolated[i] || inSpan(i) { i += 1; continue }
            if c == Bidi.l {
                if lastStrong != Bidi.l { runStart = i }
                runEnd = i + 1
                lastStrong = Bidi.l
            } else if c == Bidi.r || c == Bidi.al {
                lastStrong = c
                runStart = nil
            } else if c == Bidi.en {
                var e = i
                while e < t.count
                    && (classes[e] == Bidi.en
                        || (classes[e] == 6 || classes[e] == Bidi.es) && e + 1 < t.count && classes[e + 1] == Bidi.en)
                { e += 1 }
                let number = String(scalars: t[i..<e])
                if lastStrong == Bidi.l, let start = runStart, runEnd < i,
                    t[runEnd..<i].contains(where: CharacterProperties.isWhiteSpace)
                {
                    let name = String(scalars: t[start..<runEnd])
                    out.append(
                        "the number \(number) follows the left-to-right \(quoted(name)) with nothing right-to-left between, so it displays as part of it; the page must isolate \(quoted(name))"
                    )
                } else if lastStrong != Bidi.l, i > 0, classes[i - 1] == Bidi.es, i < 2 || classes[i - 2] == Bidi.ws {
                    out.append(
                        "the signed number \(quoted(String(t[i - 1]) + number)) in right-to-left text shows its sign on the wrong side; the page must isolate it (<bdi> or dir=\"ltr\")"
                    )
                }
                i = e
                continue
            }
            i += 1
        }
        return out
    }
}
