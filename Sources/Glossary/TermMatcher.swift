import ICU

/// Finds every termbase term in a text: ICU word breaks, each distinct word normalised once to a token id
/// (NFKC_Casefold and the language's `Morphology`), then a trie over token ids, longest match first.
///
/// - Case-insensitive, except acronyms and abbreviations (termType) and tokens written with two or more
///   capitals (ADB, WeGO), which must match as written (a plural -s allowed: ICTs), or differ in case only
///   where the text writes them as capitals too: with two or more capitals (SARS-COV-2 for SARS-CoV-2), or,
///   inside a term of several words, with an initial capital (Covid-19 for COVID-19).
/// - Words of a term may be joined by spaces or hyphens in the text ("e-government", "e government");
///   never across other punctuation, unless the term has that punctuation itself between the same words
///   ("Wuhan, China", "Organisasi Kesehatan Dunia (WHO)"), with any spacing around it.
/// - A full stop glued between two words ("oral.Virus": lower case then a capital, or two letters of a
///   caseless script) separates them, though ICU's word rules read one word there.
/// - Matches are whole words only (ICU word boundaries), longest first, leftmost first, not overlapping
///   (unless `overlapping` is asked for).
///
/// Setup can fail (ICU); matching cannot. Not thread-safe: it caches word ids; use one matcher per thread.
public final class TermMatcher {
    /// A term in the trie: its concept, text and what must hold for it to match.
    struct Entry {
        let conceptID: String
        let term: String
        let status: Term.AdministrativeStatus?
        /// Per token of the term: the surface (NFC, UTF-16) that must match exactly, or nil for caseless.
        let exactTokens: [[UInt16]?]
        /// Per case-sensitive token: its folded form, for a text that differs in case only.
        let foldedTokens: [String?]
        /// Per token after the first: the punctuation the term has before it (white space and hyphens left
        /// out), or nil when every gap of the term is only spaces or hyphens.
        let gaps: [[UInt16]]?
    }

    /// The locale the matcher works in.
    public let locale: String
    /// The morphology used to fold and stem words.
    public let morphology: Morphology
    private let breaker: BreakIterator
    private var exactIDs: [String: Int32] = [:]
    private var aliasIDs: [String: Int32] = [:]
    private var cache = TokenTable()
    private var rootChild: [Int32] = [0]
    private var edges: [UInt64: Int32] = [:]
    private var terminals: [[Int32]] = [[]]
    private var entries: [Entry] = []
    /// Per entry: no case-sensitive token and no punctuation of its own (the common case, verified by the walk).
    private var plain: [Bool] = []
    /// Whether any term has punctuation of its own between words (else the walk stops at punctuation).
    private var anyGaps = false
    // Reused per chunk.
    private var tokIDs: [Int32] = []
    private var tokStart: [Int] = []
    private var tokEnd: [Int] = []
    private var tokGap: [UInt8] = []

    /// A matcher for the terms of `termbase` in `locale` with the given statuses (all by default, so
    /// deprecated terms are found too and reported with their status).
    public convenience init(termbase: Termbase, locale: String, statuses: Set<Term.AdministrativeStatus?>? = nil)
        throws(ICUError)
    {
        try self.init(termbase: termbase, locale: locale, statuses: statuses, morphology: Morphology.forLocale(locale))
    }

    /// A matcher for the terms of `termbase` in `locale` with other rules than the locale's own
    /// (`Morphology.derivational(forLocale:)`).
    public init(
        termbase: Termbase, locale: String, statuses: Set<Term.AdministrativeStatus?>? = nil,
        morphology: Morphology
    ) throws(ICUError) {
        self.locale = locale
        self.morphology = morphology
        self.breaker = try BreakIterator(.word, locale: LanguageTag(locale).icuLocale)
        for concept in termbase.concepts {
            guard let section = concept.section(locale) else { continue }
            for term in section.terms where statuses.map({ $0.contains(term.status) }) ?? true {
                add(term, conceptID: concept.id)
            }
        }
    }

    /// The number of terms in the trie (with compound-spacing variants).
    public var termCount: Int { entries.count }

    // MARK: - building

    private func newID() -> Int32 {
        let id = Int32(rootChild.count)
        rootChild.append(0)
        return id
    }

    /// The id of a term word, registering its folded form and (as aliases) its candidate stems.
    private func registerWord(_ surface: String) -> Int32 {
        let folded = morphology.fold(surface)
        // Only the stems inflection gives: two term words related by derivation stay two words.
        let candidates = morphology.candidates(folded, inflectionalOnly: true)
        let id: Int32
        if let existing = exactIDs[folded] {
            id = existing
        } else if let related = candidates.lazy.compactMap({ self.exactIDs[$0] ?? self.aliasIDs[$0] }).first {
            // Another form of a word already registered (governments / government): the same token.
            id = related
            exactIDs[folded] = id
        } else {
            id = newID()
            exactIDs[folded] = id
        }
        for c in candidates.dropFirst() where aliasIDs[c] == nil { aliasIDs[c] = id }
        return id
    }

    /// Word tokens of a term text, each with the punctuation before it (spaces and hyphens left out; empty for
    /// the first word).
    private func words(of text: String) -> [(surface: String, gap: [UInt16])] {
        let units = UTF16Text(text)
        breaker.setText(units.units)
        var out: [(String, [UInt16])] = []
        var start = 0
        var previousEnd = -1
        units.units.withUnsafeBufferPointer { b in
            breaker.forEachBoundary { offset, status in
                if status >= 100 {
                    Self.forEachPiece(b, start..<offset) { r in
                        let gap = previousEnd < 0 ? [] : b[previousEnd..<r.lowerBound].filter { !Self.isJoiner($0) }
                        out.append((units.string(r), Array(gap)))
                        previousEnd = r.upperBound
                    }
                }
                start = offset
                return true
            }
        }
        return out
    }

    /// Calls `body` with the pieces of one ICU word: the word itself, or its parts around a full stop glued
    /// between two sentences (a lower-case letter then a capital: "oral.Virus"; or letters of a caseless script
    /// on both sides). "U.S.", "e.g." and "who.int" stay one word.
    static func forEachPiece(_ b: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, _ body: (Range<Int>) -> Void) {
        var start = r.lowerBound
        var i = r.lowerBound + 1
        while i < r.upperBound - 1 {
            if b[i] == 0x2E && isGluedStop(b, i) {
                body(start..<i)
                start = i + 1
            }
            i += 1
        }
        body(start..<r.upperBound)
    }

    /// Whether the full stop at `i` (inside a word, with a unit on each side) is glued between two sentences.
    @inline(__always)
    static func isGluedStop(_ b: UnsafeBufferPointer<UInt16>, _ i: Int) -> Bool {
        guard let before = Unicode.Scalar(b[i - 1]), let after = Unicode.Scalar(b[i + 1]) else { return false }
        let p = before.properties, q = after.properties
        return p.isAlphabetic && q.isAlphabetic && ((p.isLowercase && q.isUppercase) || (!p.isCased && !q.isCased))
    }

    private static func capitals(_ s: String) -> Int { s.unicodeScalars.filter { $0.properties.isUppercase }.count }

    private func add(_ term: Term, conceptID: String) {
        let words = words(of: term.text)
        guard !words.isEmpty else { return }
        let tokens = words.map(\.surface)
        let gaps = words.contains { !$0.gap.isEmpty } ? words.map(\.gap) : nil
        insert(tokens, gaps: gaps, term: term, conceptID: conceptID)
        if morphology.flexibleSpacing && tokens.count > 1 && gaps == nil {
            insert([tokens.joined()], gaps: nil, term: term, conceptID: conceptID)
        }
    }

    private func insert(_ tokens: [String], gaps: [[UInt16]]?, term: Term, conceptID: String) {
        var node: Int32 = 0
        var exact: [[UInt16]?] = []
        var folded: [String?] = []
        for (i, token) in tokens.enumerated() {
            let id = registerWord(token)
            if i == 0 {
                if rootChild[Int(id)] == 0 {
                    rootChild[Int(id)] = Int32(terminals.count)
                    terminals.append([])
                }
                node = rootChild[Int(id)]
            } else {
                let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))
                if let next = edges[key] {
                    node = next
                } else {
                    let next = Int32(terminals.count)
                    terminals.append([])
                    edges[key] = next
                    node = next
                }
            }
            let caseSensitive = term.isAcronym || Self.capitals(token) >= 2
            exact.append(caseSensitive ? Array(Normalizer.nfc(token).utf16) : nil)
            folded.append(caseSensitive ? morphology.fold(token) : nil)
        }
        terminals[Int(node)].append(Int32(entries.count))
        plain.append(gaps == nil && exact.allSatisfy { $0 == nil })
        if gaps != nil { anyGaps = true }
        entries.append(
            Entry(
                conceptID: conceptID, term: term.text, status: term.status, exactTokens: exact,
                foldedTokens: folded, gaps: gaps))
    }

    // MARK: - matching

    /// The token id of a word not yet in the cache (0 when it is no term's word).
    private func resolve(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int32 {
        let surface = String(decoding: UnsafeBufferPointer(rebasing: units[range]), as: UTF16.self)
        let folded = morphology.fold(surface)
        if let e = exactIDs[folded] { return e }
        guard morphology.inflectional != nil else {
            for c in morphology.candidates(folded) {
                if let e = exactIDs[c] ?? aliasIDs[c] { return e }
            }
            return 0
        }
        // The text word is a term word plus any affixes, or shares a stem with one by inflection alone.
        for c in morphology.candidates(folded, inflectionalOnly: true) {
            if let e = exactIDs[c] ?? aliasIDs[c] { return e }
        }
        for c in morphology.candidates(folded) {
            if let e = exactIDs[c] { return e }
        }
        return 0
    }

    /// The longest gap (in UTF-16 units) a term's own punctuation may take in the text: "( ", " , ", "),".
    static let maxGap = 8

    /// Whether the text word `b[r]` is a case-sensitive term word written in other capitals: the same folded,
    /// (or with a plural s), and written as capitals too: two or more, or an initial one inside a term of
    /// several words (Covid-19 for COVID-19), never all lower case ("who" is not WHO).
    private func caseVariant(_ b: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, of folded: String, inTermOf words: Int)
        -> Bool
    {
        // Capitals counted on the code units first: most such words are lower case ("who" for WHO), and are
        // rejected before a String is made and folded.
        @inline(__always) func isCapital(_ u: UInt16) -> Bool {
            u < 0x80 ? (u >= 0x41 && u <= 0x5A) : Unicode.Scalar(u)?.properties.isUppercase ?? false
        }
        var capitals = 0
        for k in r where isCapital(b[k]) { capitals += 1 }
        let initial = isCapital(b[r.lowerBound])
        guard capitals >= 2 || (words > 1 && initial) else { return false }
        let surface = String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF16.self)
        let f = morphology.fold(surface)
        return f == folded || f == folded + "s"
    }

    @inline(__always)
    private static func isJoiner(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0x2D || u == 0xA0 || u == 0x2010 || u == 0x2011 || u == 0xAD || u == 0x0A
            || u == 0x202F
    }

    /// Finds the terms in `text`.
    ///
    /// With `overlapping`, every term at every position is reported (for usage checks); otherwise the longest
    /// leftmost matches, none overlapping. `progress` is told the share of the text scanned (0…1) after each chunk
    /// of about 64K code units.
    public func matches(in text: String, overlapping: Bool = false, progress: ((Double) -> Void)? = nil) -> [TermMatch]
    {
        let units = Array(text.utf16)
        var raw: [(range: Range<Int>, entry: Int32)] = []
        units.withUnsafeBufferPointer { buffer in
            var chunkStart = 0
            while chunkStart < buffer.count {
                let chunkEnd = Self.chunkEnd(buffer, from: chunkStart)
                scan(buffer, chunkStart..<chunkEnd, overlapping: overlapping) { raw.append(($0, $1)) }
                chunkStart = chunkEnd
                progress?(Double(chunkEnd) / Double(buffer.count))
            }
        }
        if overlapping {
            raw.sort {
                ($0.range.lowerBound, $0.range.upperBound, $0.entry) < (
                    $1.range.lowerBound, $1.range.upperBound, $1.entry
                )
            }
        }
        return makeMatches(raw, units: units, text: text)
    }

    /// Counts the matches in `text` without building results (benchmarks and statistics).
    public func countMatches(in text: String) -> Int {
        let units = Array(text.utf16)
        var n = 0
        units.withUnsafeBufferPointer { buffer in
            var chunkStart = 0
            while chunkStart < buffer.count {
                let chunkEnd = Self.chunkEnd(buffer, from: chunkStart)
                scan(buffer, chunkStart..<chunkEnd, overlapping: false) { _, _ in n += 1 }
                chunkStart = chunkEnd
            }
        }
        return n
    }

    /// Texts are scanned in chunks of about 64K code units ending at a paragraph break (a term never spans
    /// one), or at a line break when a paragraph is longer.
    private static func chunkEnd(_ b: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        let target = start + 65_536
        if target >= b.count { return b.count }
        var i = target
        let limit = min(b.count, start + 1_048_576)
        var lineBreak: Int?
        while i < limit {
            if b[i] == 0x0A {
                if i + 1 < b.count && b[i + 1] == 0x0A { return i + 1 }
                if lineBreak == nil { lineBreak = i + 1 }
            }
            i += 1
        }
        return lineBreak ?? limit
    }

    /// Tokenizes one chunk and walks the trie. The hot loop works on local copies of the tables (no class
    /// property access, so no exclusivity checks or reference counting per word).
    private func scan(
        _ b: UnsafeBufferPointer<UInt16>, _ chunk: Range<Int>, overlapping: Bool,
        _ emit: (Range<Int>, Int32) -> Void
    ) {
        var cache = TokenTable(initialCapacity: 1)
        swap(&cache, &self.cache)
        var ids: [Int32] = [], starts: [Int] = [], ends: [Int] = [], gapFlags: [UInt8] = []
        swap(&ids, &tokIDs)
        swap(&starts, &tokStart)
        swap(&ends, &tokEnd)
        swap(&gapFlags, &tokGap)
        defer {
            swap(&cache, &self.cache)
            swap(&ids, &tokIDs)
            swap(&starts, &tokStart)
            swap(&ends, &tokEnd)
            swap(&gapFlags, &tokGap)
        }
        ids.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        gapFlags.removeAll(keepingCapacity: true)
        breaker.setText(UnsafeBufferPointer(rebasing: b[chunk]))
        let base = chunk.lowerBound
        var previous = 0
        var previousWordEnd = -1
        breaker.forEachBoundary { offset, status in
            guard status >= 100 else { previous = offset; return true }
            let wordEnd = base + offset
            var s = base + previous
            // Usually one piece; more where a full stop is glued between sentences (`forEachPiece`, inlined here
            // so that the hot loop makes no closure per word).
            var k = s + 1
            while true {
                var e = wordEnd
                while k < wordEnd - 1 {
                    if b[k] == 0x2E && Self.isGluedStop(b, k) { e = k; break }
                    k += 1
                }
                let r = s..<e
                let h = TokenTable.hash(b, r)
                let id: Int32
                if let hit = cache.lookup(b, r, hash: h) {
                    id = hit
                } else {
                    id = resolve(b, r)
                    cache.insert(b, r, hash: h, id: id)
                }
                ids.append(id)
                starts.append(s)
                ends.append(e)
                // What lies between this word and the previous one: only joiners (1), short punctuation that a
                // term may hold itself (2), or anything else (0).
                var gap: UInt8 = previousWordEnd >= 0 ? 1 : 0
                if gap != 0 && id != 0 {
                    var newlines = 0
                    for x in previousWordEnd..<s {
                        let u = b[x]
                        if u == 0x0A { newlines += 1 }
                        if !Self.isJoiner(u) { gap = 2 }
                    }
                    if newlines > 1 || (gap == 2 && s - previousWordEnd > Self.maxGap) { gap = 0 }
                }
                gapFlags.append(gap)
                previousWordEnd = e
                if e == wordEnd { break }
                s = e + 1
                k = s + 1
            }
            previous = offset
            return true
        }
        let rootChild = self.rootChild, edges = self.edges, terminals = self.terminals, entries = self.entries
        let plain = self.plain, crossPunctuation = anyGaps
        // By index: copying an Entry would retain each of its arrays for every terminal tried.
        @inline(__always) func verify(_ index: Int32, from first: Int, to last: Int) -> Bool {
            if plain[Int(index)] {
                // The walk only crossed joiners, unless some term has punctuation of its own.
                if crossPunctuation { for k in (first + 1)..<(last + 1) where gapFlags[k] != 1 { return false } }
                return true
            }
            for (k, exact) in entries[Int(index)].exactTokens.enumerated() {
                guard let exact else { continue }
                let s = starts[first + k], e = ends[first + k]
                let length = e - s
                // Case-sensitive tokens must match as written (or with a plural s), or differ in case only.
                if length == exact.count || (length == exact.count + 1 && b[e - 1] == 0x73),
                    !(0..<exact.count).contains(where: { b[s + $0] != exact[$0] })
                {
                    continue
                }
                guard let folded = entries[Int(index)].foldedTokens[k],
                    caseVariant(b, s..<e, of: folded, inTermOf: entries[Int(index)].exactTokens.count)
                else { return false }
            }
            let count = entries[Int(index)].exactTokens.count
            if let gaps = entries[Int(index)].gaps {
                for k in 1..<count {
                    let t = first + k
                    guard gapFlags[t] != 0 else { return false }
                    var p = 0
                    let want = gaps[k]
                    for x in ends[t - 1]..<starts[t] where !Self.isJoiner(b[x]) {
                        guard p < want.count, b[x] == want[p] else { return false }
                        p += 1
                    }
                    if p != want.count { return false }
                }
            } else {
                for k in 1..<max(1, count) where gapFlags[first + k] != 1 { return false }
            }
            return true
        }
        let n = ids.count
        var i = 0
        while i < n {
            let id = ids[i]
            if id == 0 { i += 1; continue }
            var node = rootChild[Int(id)]
            if node == 0 { i += 1; continue }
            var j = i
            var bestEnd = -1, bestNode: Int32 = 0
            while true {
                if !terminals[Int(node)].isEmpty {
                    var found = false
                    for entry in terminals[Int(node)] where verify(entry, from: i, to: j) {
                        found = true
                        if overlapping { emit(starts[i]..<ends[j], entry) }
                    }
                    if found { bestEnd = j; bestNode = node }
                }
                let k = j + 1
                guard k < n, gapFlags[k] == 1 || (crossPunctuation && gapFlags[k] == 2), ids[k] != 0,
                    let next = edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(ids[k]))]
                else { break }
                node = next
                j = k
            }
            if bestEnd >= 0 && !overlapping {
                // Every verified entry ending there (homonyms in several concepts).
                for entry in terminals[Int(bestNode)] where verify(entry, from: i, to: bestEnd) {
                    emit(starts[i]..<ends[bestEnd], entry)
                }
                i = bestEnd + 1
            } else {
                i += 1
            }
        }
    }

    /// Turns UTF-16 spans (in text order) into matches: string indices via UTF-8 offsets counted alongside,
    /// scalar offsets for JSON.
    private func makeMatches(_ raw: [(range: Range<Int>, entry: Int32)], units: [UInt16], text: String) -> [TermMatch] {
        var out: [TermMatch] = []
        out.reserveCapacity(raw.count)
        var unit = 0, utf8 = 0, scalars = 0
        let utf8View = text.utf8
        // Advances the three counters to UTF-16 offset `target` (never backwards).
        func advance(to target: Int) {
            while unit < target {
                let u = units[unit]
                if UTF16.isLeadSurrogate(u) && unit + 1 < units.count && UTF16.isTrailSurrogate(units[unit + 1]) {
                    unit += 2; utf8 += 4
                } else {
                    unit += 1; utf8 += u < 0x80 ? 1 : u < 0x800 ? 2 : 3
                }
                scalars += 1
            }
        }
        var cursor = (unit: 0, utf8: 0, scalars: 0)
        for m in raw {
            if m.range.lowerBound < unit { (unit, utf8, scalars) = cursor }
            advance(to: m.range.lowerBound)
            cursor = (unit, utf8, scalars)
            let lowerUTF8 = utf8, lowerScalars = scalars
            advance(to: m.range.upperBound)
            let lower = utf8View.index(utf8View.startIndex, offsetBy: lowerUTF8)
            let upper = utf8View.index(lower, offsetBy: utf8 - lowerUTF8)
            let entry = entries[Int(m.entry)]
            out.append(
                TermMatch(
                    range: lower..<upper, text: String(text[lower..<upper]), conceptID: entry.conceptID,
                    term: entry.term, status: entry.status, scalarOffset: lowerScalars,
                    scalarLength: scalars - lowerScalars))
            (unit, utf8, scalars) = cursor
        }
        return out
    }
}
