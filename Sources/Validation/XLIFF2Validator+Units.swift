import JejuSupport

/// The constraints inside one `<unit>`: ids, segment state and order, codes and markers, references.
extension XLIFF2Validator {
    /// One inline element with the side (source or target) and the part (segment or ignorable) it is in.
    struct Inline {
        let element: NamespacedElement
        let part: NamespacedElement
        let inTarget: Bool
        var name: String { element.name }
        func attr(_ n: String) -> String? { element.attribute(n) }
    }

    mutating func checkUnit(_ unit: NamespacedElement, file: NamespacedElement, unitIDs: Set<String>) {
        let parts = unit.elements.filter { isCore($0, "segment") || isCore($0, "ignorable") }
        if !parts.contains(where: { $0.name == "segment" }) {
            report(unit, "unit-segment", "a <unit> needs at least one <segment>")
        }
        var dataIDs: Set<String> = []
        for od in coreChildren(unit, "originalData") {
            for data in coreChildren(od, "data") {
                if let id = data.attribute("id"), !dataIDs.insert(id).inserted {
                    report(data, "id-unique", "the id '\(id)' is used by another <data> of this <originalData>")
                }
            }
        }
        let noteIDs = Set(
            coreChildren(unit, "notes").flatMap { coreChildren($0, "note") }.compactMap { $0.attribute("id") })

        var source: [Inline] = [], target: [Inline] = []
        for part in parts {
            for s in coreChildren(part, "source") {
                source += s.descendants().filter { $0.namespace == core }.map {
                    Inline(element: $0, part: part, inTarget: false)
                }
            }
            for t in coreChildren(part, "target") {
                target += t.descendants().filter { $0.namespace == core }.map {
                    Inline(element: $0, part: part, inTarget: true)
                }
            }
        }

        // Ids: segments, ignorables and source inline elements share one scope in the unit.
        var ids: [String: NamespacedElement] = [:]
        for e in parts.filter({ $0.attribute("id") != nil }) + source.map(\.element) {
            guard let id = e.attribute("id") else { continue }
            if ids[id] != nil {
                report(
                    e, "id-unique",
                    "the id '\(id)' is used twice in this unit (segments, ignorables and inline elements of the source share one scope)"
                )
            }
            ids[id] = e
        }
        var allCounts: [String: Int] = [:]
        for e in parts.map({ $0 }) + source.map(\.element) + target.map(\.element) {
            if let id = e.attribute("id") { allCounts[id, default: 0] += 1 }
        }
        for t in target {
            guard let id = t.attr("id") else { continue }
            let count = allCounts[id] ?? 0
            let inSibling = coreChildren(t.part, "source").flatMap { $0.descendants() }
                .filter { $0.namespace == core && $0.name == t.name && $0.attribute("id") == id }.count
            if !(count == 1 || (count == 2 && inSibling == 1)) {
                report(
                    t.element, "id-unique",
                    "<\(t.name) id='\(id)'> in a target must either repeat the id of the same element in its sibling source or be unique in the unit"
                )
            }
        }

        checkSegments(unit, parts)
        for side in [source, target] {
            checkPairs(side)
            checkInlineReferences(
                side, unit: unit, dataIDs: dataIDs, noteIDs: noteIDs, unitIDs: unitIDs,
                inlineIDs: source + target, file: file)
            checkReorderSequence(side)
        }
        checkNonRemovable(parts, source: source, target: target)
        checkReorderPreserved(parts, source: source)
    }

    // MARK: segments

    mutating func checkSegments(_ unit: NamespacedElement, _ parts: [NamespacedElement]) {
        for part in parts where part.name == "segment" {
            if part.attribute("subState") != nil && part.attribute("state") == nil {
                report(part, "subState", "'subState' is used, so 'state' must be set explicitly")
            }
            if let state = part.attribute("state"), ["translated", "reviewed", "final"].contains(state),
                coreChildren(part, "target").isEmpty
            {
                report(part, "state", "a segment in state '\(state)' needs a <target>")
            }
        }
        // Order: explicit or implicit positions form a permutation of 1…N.
        var used: [Int: NamespacedElement] = [:]
        let n = parts.count
        for (index, part) in parts.enumerated() {
            let t = coreChildren(part, "target").first
            var position = index + 1
            if let t, let raw = t.attribute("order") {
                guard let value = Int(raw) else { continue }
                if value > n {
                    report(
                        t, "order",
                        "order='\(value)' is larger than the number of segments and ignorables in the unit (\(n))")
                    continue
                }
                position = value
            }
            if let other = used[position] {
                let at = t ?? part
                report(
                    at, "order",
                    "the position \(position) is taken twice in this unit (explicit 'order' values and the implicit order of targets without one must not collide; see line \(other.line))"
                )
            }
            used[position] = t ?? part
        }
    }

    /// Parts in target display order.
    func displayOrder(_ parts: [NamespacedElement]) -> [NamespacedElement] {
        parts.enumerated().map { (i, p) -> (Int, NamespacedElement) in
            let order = coreChildren(p, "target").first?.attribute("order").flatMap(Int.init) ?? (i + 1)
            return (order, p)
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    // MARK: codes and markers

    mutating func checkPairs(_ side: [Inline]) {
        for (i, x) in side.enumerated() {
            let isolated = x.attr("isolated") == "yes"
            switch x.name {
            case "sc":
                guard let id = x.attr("id") else { continue }
                let ends = side.indices.filter { side[$0].name == "ec" && side[$0].attr("startRef") == id }
                if isolated {
                    if !ends.isEmpty {
                        report(
                            x.element, "isolated", "<sc id='\(id)'> is isolated='yes' but its <ec> is in the same unit")
                    }
                } else {
                    let after = ends.filter { $0 > i }
                    if after.count != 1 {
                        report(
                            x.element, "sc-ec",
                            after.isEmpty
                                ? "<sc id='\(id)'> has no <ec startRef='\(id)'> after it in this unit (set isolated='yes' if it ends elsewhere)"
                                : "<sc id='\(id)'> has \(after.count) end codes")
                    } else if let j = after.first {
                        checkHints(start: x.element, end: side[j].element)
                    }
                }
            case "ec":
                let hasID = x.attr("id") != nil, hasRef = x.attr("startRef") != nil
                if isolated {
                    if !hasID || hasRef {
                        report(x.element, "ec-isolated", "an isolated <ec> uses 'id' (and not 'startRef')")
                    }
                } else {
                    if !hasRef || hasID {
                        report(
                            x.element, "ec-isolated",
                            "a non-isolated <ec> uses 'startRef' (and not 'id'); set isolated='yes' for a code whose start is outside the unit"
                        )
                    }
                    if x.attr("dir") != nil {
                        report(x.element, "ec-dir", "'dir' is allowed on <ec> only when isolated='yes'")
                    }
                    if let ref = x.attr("startRef") {
                        let starts = side[..<i].filter {
                            $0.name == "sc" && $0.attr("id") == ref && $0.attr("isolated") != "yes"
                        }
                        if starts.count != 1 {
                            report(
                                x.element, "sc-ec",
                                "<ec startRef='\(ref)'> has no non-isolated <sc id='\(ref)'> before it in this unit")
                        }
                    }
                }
            case "sm":
                guard let id = x.attr("id") else { continue }
                if !side[(i + 1)...].contains(where: { $0.name == "em" && $0.attr("startRef") == id }) {
                    report(x.element, "sm-em", "<sm id='\(id)'> has no <em startRef='\(id)'> after it in this unit")
                }
            case "em":
                guard let ref = x.attr("startRef") else { continue }
                if !side[..<i].contains(where: { $0.name == "sm" && $0.attr("id") == ref }) {
                    report(x.element, "sm-em", "<em startRef='\(ref)'> has no <sm id='\(ref)'> before it in this unit")
                }
            default:
                break
            }
        }
    }

    /// canCopy, canDelete, canReorder and canOverlap of an `<ec>` match its `<sc>` (firstNo pairs with no).
    mutating func checkHints(start: NamespacedElement, end: NamespacedElement) {
        for hint in ["canCopy", "canDelete", "canOverlap", "canReorder"] {
            let s = start.attribute(hint) ?? "yes", e = end.attribute(hint) ?? "yes"
            let ok = hint == "canReorder" && s == "firstNo" ? e == "no" : s == e
            if !ok {
                report(
                    end, "sc-ec-hints",
                    "\(hint)='\(e)' on <ec> does not match \(hint)='\(s)' on its <sc id='\(start.attribute("id") ?? "")'>\(s == "firstNo" ? " (an <ec> closing a firstNo <sc> has 'no')" : "")"
                )
            }
        }
    }

    mutating func checkInlineReferences(
        _ side: [Inline], unit: NamespacedElement, dataIDs: Set<String>, noteIDs: Set<String>, unitIDs: Set<String>,
        inlineIDs: [Inline], file: NamespacedElement
    ) {
        for x in side {
            let e = x.element
            for attr in ["dataRef", "dataRefStart", "dataRefEnd"] {
                if let ref = x.attr(attr), !dataIDs.contains(ref) {
                    report(e, "dataRef", "\(attr)='\(ref)' names no <data> in this unit's <originalData>")
                }
            }
            for (a, b) in [
                ("dataRefStart", "dataRefEnd"), ("subFlowsStart", "subFlowsEnd"), ("equivStart", "equivEnd"),
            ]
            where (x.attr(a) == nil) != (x.attr(b) == nil) {
                report(e, "attribute-pair", "'\(a)' and '\(b)' are used together or not at all")
            }
            for attr in ["subFlows", "subFlowsStart", "subFlowsEnd"] {
                guard let list = x.attr(attr) else { continue }
                for token in list.split(whereSeparator: \.isWhitespace) where !unitIDs.contains(String(token)) {
                    report(e, "subFlows", "\(attr) names '\(token)', which is not the id of a <unit> in this file")
                }
            }
            if let copyOf = x.attr("copyOf") {
                if x.attr("dataRef") != nil || x.attr("dataRefStart") != nil || x.attr("dataRefEnd") != nil {
                    report(e, "copyOf", "a code with 'copyOf' has no original data of its own (no dataRef)")
                }
                let bases = inlineIDs.filter { XLIFF2Schema.codeNames.contains($0.name) && $0.attr("id") == copyOf }
                if bases.isEmpty {
                    report(e, "copyOf", "copyOf='\(copyOf)' names no code in this unit")
                }
                for b in bases {
                    if b.attr("dataRef") != nil || b.attr("dataRefStart") != nil {
                        report(
                            e, "copyOf",
                            "copyOf='\(copyOf)' names a code with original data; copyOf is used only when the base code has none"
                        )
                    }
                    if b.attr("canCopy") == "no" {
                        report(e, "copyOf", "copyOf='\(copyOf)' names a code with canCopy='no'")
                    }
                }
            }
            if let reorder = x.attr("canReorder"), reorder != "yes", !(x.name == "ec" && x.attr("startRef") != nil) {
                if x.attr("canCopy") != "no" || x.attr("canDelete") != "no" {
                    report(e, "canReorder", "canReorder='\(reorder)' requires canCopy='no' and canDelete='no'")
                }
            }
            if let subType = x.attr("subType") {
                if let type = x.attr("type") {
                    let fmt: Set<String> = ["xlf:b", "xlf:i", "xlf:u", "xlf:lb", "xlf:pb"]
                    if subType.hasPrefix("xlf:") {
                        let ok = (fmt.contains(subType) && type == "fmt") || (subType == "xlf:var" && type == "ui")
                        if !ok {
                            report(
                                e, "subType",
                                "subType='\(subType)' requires type='\(subType == "xlf:var" ? "ui" : "fmt")' (it is '\(type)')"
                            )
                        }
                        if !fmt.contains(subType) && subType != "xlf:var" {
                            report(e, "subType", "'\(subType)' is not one of the xlf: subType values")
                        }
                    }
                } else {
                    report(e, "subType", "'subType' is used, so 'type' must be set")
                }
            }
            if x.name == "mrk" || x.name == "sm" {
                let type = x.attr("type") ?? "generic"
                if type == "comment" && (x.attr("value") == nil) == (x.attr("ref") == nil) {
                    report(e, "comment", "a comment annotation has exactly one of 'value' and 'ref'")
                }
                if type == "mtc:match" && x.attr("ref") != nil {
                    report(e, "mtc-match", "a translation-candidate annotation (type='mtc:match') has no 'ref'")
                }
                if let ref = x.attr("ref") {
                    checkReference(
                        ref, on: e, unit: unit, file: file, noteIDs: noteIDs, commentRef: type == "comment",
                        inlineIDs: inlineIDs)
                }
            }
            if x.name == "cp", let hex = x.attr("hex"), let value = UInt32(hex, radix: 16) {
                let invalid =
                    value <= 0x8 || value == 0xB || value == 0xC || (0xE...0x1F).contains(value)
                    || (0x7F...0x84).contains(value) || (0x86...0x9F).contains(value)
                    || (0xD800...0xDFFF).contains(value)
                    || value == 0xFFFE || value == 0xFFFF || value > 0x10FFFF
                if !invalid {
                    report(
                        e, "cp",
                        "<cp hex='\(hex)'> encodes a character XML allows; <cp> is only for characters XML forbids")
                }
            }
        }
    }

    /// A reference from inside a unit: fragment syntax, and (for a comment) a note of the same unit.
    mutating func checkReference(
        _ ref: String, on e: NamespacedElement, unit: NamespacedElement, file: NamespacedElement, noteIDs: Set<String>,
        commentRef: Bool, inlineIDs: [Inline]
    ) {
        guard let hash = ref.firstIndex(of: "#") else {
            if commentRef {
                report(e, "comment", "the 'ref' of a comment annotation points to a <note> of the unit ('#n=id')")
            }
            return
        }
        let local = hash == ref.startIndex
        let fragment = String(ref[ref.index(after: hash)...])
        switch FragmentIdentifier.parse(fragment, extraPrefixes: options.extraFragmentPrefixes) {
        case .failure(let error):
            report(e, "fragment-id", "'\(ref)' is not a valid XLIFF fragment identifier: \(error.reason)")
        case .success(let id):
            guard local else { return }
            let f = id.selectors.first { $0.prefix == "f" }?.id, u = id.selectors.first { $0.prefix == "u" }?.id
            let sameUnit =
                (f == nil || f == file.attribute("id")) && (u == nil || u == unit.attribute("id"))
                && !(f != nil && u == nil) && !id.selectors.contains { $0.prefix == "g" }
            if commentRef {
                if !(sameUnit && id.leaf?.prefix == "n" && noteIDs.contains(id.leaf?.id ?? "")) {
                    report(
                        e, "comment",
                        "the 'ref' of a comment annotation must point to a <note> of the same unit, not '\(ref)'")
                }
            }
        }
    }

    /// A code with canReorder='no' follows one with firstNo or no: a sequence starts with firstNo.
    mutating func checkReorderSequence(_ side: [Inline]) {
        var previous: String?
        for event in codeEvents(side.map(\.element)) {
            if event.reorder == "no", event.isStart, previous == nil || previous == "yes" {
                report(
                    event.element, "canReorder",
                    "canReorder='no' must follow a code with canReorder='firstNo' or 'no' (a non-reorderable sequence starts with firstNo)"
                )
            }
            previous = event.reorder
        }
    }

    /// One code boundary in document order: a placeholder, a start or an end.
    struct CodeEvent {
        let key: String
        let reorder: String
        let element: NamespacedElement
        let isStart: Bool
    }

    /// The codes of `elements` (inline elements in document order) as boundaries; a `<pc>` yields its start
    /// and, after its content, its end (which carries 'no' when the start is 'firstNo').
    func codeEvents(_ elements: [NamespacedElement]) -> [CodeEvent] {
        var out: [CodeEvent] = []
        var roots: [NamespacedElement] = []
        let set = Set(elements.map { ObjectIdentifier($0) })
        for e in elements where !(e.parent.map { set.contains(ObjectIdentifier($0)) } ?? false) { roots.append(e) }
        func walk(_ e: NamespacedElement) {
            guard e.namespace == core else { return }
            let reorder = e.attribute("canReorder") ?? "yes"
            switch e.name {
            case "ph", "sc":
                out.append(
                    CodeEvent(key: "\(e.name):\(e.attribute("id") ?? "")", reorder: reorder, element: e, isStart: true))
            case "ec":
                out.append(
                    CodeEvent(
                        key: "ec:\(e.attribute("startRef") ?? e.attribute("id") ?? "")", reorder: reorder, element: e,
                        isStart: e.attribute("startRef") == nil))
            case "pc":
                let id = e.attribute("id") ?? ""
                out.append(CodeEvent(key: "pc<:\(id)", reorder: reorder, element: e, isStart: true))
                for c in e.elements { walk(c) }
                out.append(
                    CodeEvent(
                        key: "pc>:\(id)", reorder: reorder == "firstNo" ? "no" : reorder, element: e, isStart: false))
            default:
                for c in e.elements { walk(c) }
            }
        }
        for r in roots { walk(r) }
        return out
    }

    /// Codes with canDelete='no' in the source of a part with a target appear in some target of the unit.
    mutating func checkNonRemovable(_ parts: [NamespacedElement], source: [Inline], target: [Inline]) {
        let present = Set(target.compactMap { t in t.attr("id").map { "\(t.name):\($0)" } })
        for s in source where s.attr("canDelete") == "no" && XLIFF2Schema.codeNames.contains(s.name) {
            guard let id = s.attr("id"), !coreChildren(s.part, "target").isEmpty else { continue }
            if !present.contains("\(s.name):\(id)") {
                report(
                    s.element, "canDelete",
                    "<\(s.name) id='\(id)'> has canDelete='no' but is missing from the translation")
            }
        }
    }

    /// Each non-reorderable sequence of the source stays together and in order in the targets.
    mutating func checkReorderPreserved(_ parts: [NamespacedElement], source: [Inline]) {
        let sourceEvents = codeEvents(parts.flatMap { p in coreChildren(p, "source").flatMap { $0.elements } })
        var targetElements: [NamespacedElement] = []
        var hasTarget = false
        for p in displayOrder(parts) {
            if let t = coreChildren(p, "target").first {
                hasTarget = true
                targetElements += t.elements
            }
        }
        guard hasTarget else { return }
        let targetKeys = codeEvents(targetElements).map(\.key)
        var sequences: [[CodeEvent]] = []
        var current: [CodeEvent] = []
        for event in sourceEvents {
            if event.reorder == "firstNo" && event.isStart {
                if !current.isEmpty { sequences.append(current) }
                current = [event]
            } else if event.reorder == "no" && !current.isEmpty {
                current.append(event)
            } else {
                if !current.isEmpty { sequences.append(current) }
                current = []
            }
        }
        if !current.isEmpty { sequences.append(current) }
        for sequence in sequences where sequence.count > 1 {
            let keys = sequence.map(\.key)
            guard keys.allSatisfy(targetKeys.contains), let first = targetKeys.firstIndex(of: keys[0]) else { continue }
            let window = targetKeys[first..<min(first + keys.count, targetKeys.count)]
            if Array(window) != keys {
                report(
                    sequence[0].element, "canReorder",
                    "the non-reorderable sequence starting at this code is changed in the target (its codes must stay together and in order)"
                )
            }
        }
    }
}
