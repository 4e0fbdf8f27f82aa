import ICU
import JejuSupport

/// Module elements and attributes: their structure, and the constraints the module sections state.
extension XLIFF2Validator {
    func qualifiedName(_ e: NamespacedElement) -> String {
        if e.namespace == core { return "xlf:\(e.name)" }
        switch XLIFF2Module(namespace: e.namespace) {
        case .matches: return "mtc:\(e.name)"
        case .glossary: return "gls:\(e.name)"
        case .metadata: return "mda:\(e.name)"
        case .resourceData: return "res:\(e.name)"
        case .sizeRestriction: return "slr:\(e.name)"
        case .validation: return "val:\(e.name)"
        case .changeTracking: return "ctr:\(e.name)"
        default: return "*"
        }
    }

    mutating func checkModuleElement(_ e: NamespacedElement, _ module: XLIFF2Module) {
        guard let decl = module.declaration(e.name) else {
            report(e, "module-element", "the \(module.displayName) module has no element <\(e.name)>")
            return
        }
        let free = [.changeTracking, .its, .itsm].contains(module)
        for a in e.attributes {
            switch a.namespace {
            case "":
                guard !free else { continue }
                guard let type = decl.attributes[a.name] else {
                    report(
                        e, "module-attribute",
                        "<\(e.name)> of the \(module.displayName) module has no attribute '\(a.name)'")
                    continue
                }
                if let expected = XLIFF2Schema.check(a.value, type) {
                    report(e, "attribute-value", "'\(a.name)' of <\(e.name)> is '\(a.value)', expected \(expected)")
                }
            case NamespacedElement.xmlNamespace:
                if !(decl.xmlLang && a.name == "lang") && !free {
                    report(
                        e, "module-attribute",
                        "<\(e.name)> of the \(module.displayName) module does not take '\(a.qualifiedName)'")
                }
            default:
                if let other = XLIFF2Module(namespace: a.namespace) {
                    if other == module || !other.globalAttributes.contains(a.name) || !decl.foreign {
                        report(e, "module-attribute", "'\(a.qualifiedName)' is not allowed on <\(e.name)>")
                    }
                } else if !decl.foreign {
                    report(e, "extension-attribute", "<\(e.name)> takes no extension attributes ('\(a.qualifiedName)')")
                }
            }
        }
        for name in decl.required.sorted() where e.attribute(name) == nil {
            report(e, "required-attribute", "<\(e.name)> needs the attribute '\(name)'")
        }
        if !decl.text && e.hasNonWhitespaceText { report(e, "content", "<\(e.name)> may not hold text") }
        if let particles = decl.content {
            let children = e.elements
            var i = 0
            var failed = false
            for p in particles {
                var n = 0
                while i < children.count, n < p.max, matches(children[i], p.names, module: module) {
                    i += 1
                    n += 1
                }
                if n < p.min {
                    report(
                        i < children.count ? children[i] : e, "content",
                        "<\(e.name)> needs \(p.names.sorted().map { "<\($0)>" }.joined(separator: " or ")) here")
                    failed = true
                    break
                }
            }
            if !failed && i < children.count {
                report(children[i], "content", "<\(children[i].name)> is not allowed here in <\(e.name)>")
            }
        }
        for child in e.elements {
            if child.namespace == core || XLIFF2Module(namespace: child.namespace) != nil { checkStructure(child) }
        }
    }

    func matches(_ e: NamespacedElement, _ names: Set<String>, module: XLIFF2Module) -> Bool {
        let q = qualifiedName(e)
        if names.contains(q) { return true }
        // `*`: an element of a namespace other than the core and this module.
        return names.contains("*") && e.namespace != core && XLIFF2Module(namespace: e.namespace) != module
    }

    mutating func checkModuleAttribute(
        _ a: NamespacedElement.Attribute, _ module: XLIFF2Module, on e: NamespacedElement
    ) {
        guard module.globalAttributes.contains(a.name) else {
            report(
                e, "module-attribute",
                "the \(module.displayName) module has no attribute '\(a.name)' ('\(a.qualifiedName)')")
            return
        }
        switch (module, a.name) {
        case (.formatStyle, "fs"):
            if !XLIFF2Module.fsValues.contains(a.value) {
                report(
                    e, "fs", "fs:fs='\(a.value)' is not one of the HTML element names the Format Style module allows")
            }
            if e.name == "ec" && e.attribute("isolated") != "yes" {
                report(e, "fs", "fs:fs is allowed on <ec> only when it is isolated (the <sc> carries it)")
            }
        case (.formatStyle, "subFs"):
            if e.attribute("fs", namespace: a.namespace) == nil {
                report(e, "fs", "fs:subFs is used only together with fs:fs")
            }
        case (.sizeRestriction, "equivStorage"), (.sizeRestriction, "sizeInfo"):
            // sizeInfo's content depends on the profile (the core suite has free text); equivStorage is a count.
            if a.name == "equivStorage", Int(a.value).map({ $0 < 0 }) ?? true {
                report(e, "slr", "slr:\(a.name) must be a non-negative integer, not '\(a.value)'")
            }
            if a.name == "sizeInfo" && e.attribute("sizeInfoRef", namespace: a.namespace) != nil {
                report(e, "slr", "slr:sizeInfo and slr:sizeInfoRef are not used together")
            }
            if e.name == "ec" && e.attribute("isolated") != "yes" {
                report(e, "slr", "slr:\(a.name) is allowed on <ec> only when it is isolated")
            }
        case (.sizeRestriction, "sizeInfoRef"):
            if e.name == "ec" && e.attribute("isolated") != "yes" {
                report(e, "slr", "slr:sizeInfoRef is allowed on <ec> only when it is isolated")
            }
        case (.sizeRestriction, "sizeRestriction"), (.sizeRestriction, "storageRestriction"):
            if !isRestriction(a.value) {
                report(
                    e, "slr",
                    "slr:\(a.name)='\(a.value)' is not a maximum or 'minimum,maximum' of non-negative integers")
            }
        default:
            break
        }
    }

    /// `max`, `min,max` or `min,*` with non-negative integers (`*` = no limit), min ≤ max.
    func isRestriction(_ value: String) -> Bool {
        let parts = value.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        func isNumber(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        switch parts.count {
        case 1: return parts[0] == "*" || isNumber(parts[0])
        case 2:
            guard isNumber(parts[0]), parts[1] == "*" || isNumber(parts[1]) else { return false }
            return parts[1] == "*" || (Int(parts[0]) ?? 0) <= (Int(parts[1]) ?? 0)
        default: return false
        }
    }

    /// The module constraints that span elements: id uniqueness, required alternatives, references.
    mutating func checkModuleRules(_ file: NamespacedElement) {
        let all = [file] + file.descendants()
        for e in all {
            switch (XLIFF2Module(namespace: e.namespace), e.name) {
            case (.matches?, "matches"):
                var ids: Set<String> = []
                for m in e.elements where m.name == "match" {
                    if let id = m.attribute("id"), !ids.insert(id).inserted {
                        report(m, "mtc", "the id '\(id)' is used by another <mtc:match> of these matches")
                    }
                    if m.attribute("subType") != nil && m.attribute("type") == nil {
                        report(m, "mtc", "'subType' on <mtc:match> requires 'type'")
                    }
                    if let type = m.attribute("type"), !["am", "mt", "icm", "idm", "tb", "tm", "other"].contains(type) {
                        report(m, "mtc", "type='\(type)' is not a match type (am, mt, icm, idm, tb, tm, other)")
                    }
                    for attr in ["similarity", "matchQuality", "matchSuitability"] {
                        if let v = m.attribute(attr), !(Double(v).map { (0...100).contains($0) } ?? false) {
                            report(m, "mtc", "\(attr)='\(v)' is not a number from 0 to 100")
                        }
                    }
                    if let ref = m.attribute("ref"), let unit = e.parent {
                        checkUnitReference(ref, from: m, unit: unit, file: file)
                    }
                }
            case (.glossary?, "glossary"):
                var ids: Set<String> = []
                for entry in e.elements where entry.name == "glossEntry" {
                    let translations = entry.elements.filter {
                        $0.name == "translation" && $0.namespace == entry.namespace
                    }
                    if translations.isEmpty
                        && !entry.elements.contains(where: {
                            $0.name == "definition" && $0.namespace == entry.namespace
                        })
                    {
                        report(entry, "gls", "a <gls:glossEntry> needs a <gls:translation> or a <gls:definition>")
                    }
                    for x in [entry] + translations {
                        if let id = x.attribute("id"), !ids.insert(id).inserted {
                            report(
                                x, "gls",
                                "the id '\(id)' is used twice in this <gls:glossary> (entries and translations share one scope)"
                            )
                        }
                    }
                    if let ref = entry.attribute("ref"), let unit = e.parent {
                        checkUnitReference(ref, from: entry, unit: unit, file: file)
                    }
                }
            case (.metadata?, "metadata"):
                var ids: Set<String> = []
                for g in [e] + e.descendants() {
                    if let id = g.attribute("id"), !ids.insert(id).inserted {
                        report(g, "mda", "the id '\(id)' is used twice in this <mda:metadata>")
                    }
                    if g.name == "metaGroup", let applies = g.attribute("appliesTo") {
                        if !["source", "target", "ignorable"].contains(applies) {
                            report(g, "mda", "appliesTo='\(applies)' is not source, target or ignorable")
                        }
                        if !(e.parent.map { isCore($0, "unit") } ?? false) {
                            report(g, "mda", "'appliesTo' on <mda:metaGroup> is allowed only in metadata of a <unit>")
                        }
                    }
                }
            case (.resourceData?, "resourceData"):
                var ids: Set<String> = []
                for item in e.elements {
                    if let id = item.attribute("id"), !ids.insert(id).inserted {
                        report(item, "res", "the id '\(id)' is used twice in this <res:resourceData>")
                    }
                    for part in item.elements where part.name == "source" || part.name == "target" {
                        if part.attribute("href") != nil && (!part.elements.isEmpty || part.hasNonWhitespaceText) {
                            report(part, "res", "<res:\(part.name)> has either 'href' or content, not both")
                        }
                        if part.attribute("href") == nil && part.elements.isEmpty && !part.hasNonWhitespaceText {
                            report(part, "res", "<res:\(part.name)> needs 'href' or content")
                        }
                        if part.name == "source", let lang = part.xmlLang,
                            let src = file.parent?.attribute("srcLang"), !LanguageTag.includes(src, lang)
                        {
                            report(part, "res", "xml:lang='\(lang)' of <res:source> does not match srcLang='\(src)'")
                        }
                    }
                }
            case (.validation?, "rule"):
                let kinds = ["isPresent", "isNotPresent", "startsWith", "endsWith"].filter { e.attribute($0) != nil }
                let custom = e.attributes.contains { $0.namespace != "" && $0.namespace != e.namespace }
                if kinds.count > 1 || (kinds.isEmpty && !custom) {
                    report(
                        e, "val",
                        "a <val:rule> has exactly one of isPresent, isNotPresent, startsWith, endsWith (or one extension rule)"
                    )
                }
                if e.attribute("occurs") != nil && e.attribute("isPresent") == nil {
                    report(e, "val", "'occurs' is used only with 'isPresent'")
                }
                if e.attribute("existsInSource") != nil
                    && !kinds.contains(where: { ["isPresent", "startsWith", "endsWith"].contains($0) })
                {
                    report(e, "val", "'existsInSource' is used only with isPresent, startsWith or endsWith")
                }
                if let n = e.attribute("normalization"), !["none", "nfc", "nfd"].contains(n) {
                    report(e, "val", "normalization='\(n)' is not none, nfc or nfd")
                }
            case (.sizeRestriction?, "normalization"):
                for attr in ["general", "storage"] {
                    if let v = e.attribute(attr), !["none", "nfc", "nfd"].contains(v) {
                        report(e, "slr", "\(attr)='\(v)' is not none, nfc or nfd")
                    }
                }
            default:
                if e.namespace == core,
                    let slr = e.attributes.first(where: {
                        $0.name == "sizeInfoRef" && XLIFF2Module(namespace: $0.namespace) == .sizeRestriction
                    })
                {
                    var containers: [NamespacedElement] = []
                    var current: NamespacedElement? = e
                    while let c = current {
                        if isCore(c, "unit") || isCore(c, "group") || isCore(c, "file") { containers.append(c) }
                        current = c.parent
                    }
                    let data = containers.flatMap {
                        $0.elements.filter {
                            XLIFF2Module(namespace: $0.namespace) == .sizeRestriction && $0.name == "data"
                        }
                    }
                    if !data.contains(where: { d in d.descendants().contains { $0.attribute("id") == slr.value } }) {
                        report(
                            e, "slr",
                            "slr:sizeInfoRef='\(slr.value)' must name an element inside an <slr:data> of the enclosing unit, group or file"
                        )
                    }
                }
            }
        }
    }

    /// A module reference (`ref` of a match or glossary entry) within a unit: valid syntax and, when local,
    /// an existing element (`#m1` a source marker, `#t=m1` a target one).
    mutating func checkUnitReference(
        _ ref: String, from e: NamespacedElement, unit: NamespacedElement, file: NamespacedElement
    ) {
        guard ref.hasPrefix("#") else {
            // A match points into its unit with a fragment identifier; a bare 's1' would be a relative URI
            // naming another resource.
            if e.name == "match" {
                report(
                    e, "reference",
                    "ref='\(ref)' of <mtc:match> must be a fragment identifier into this unit ('#\(ref)')")
            }
            return
        }
        switch FragmentIdentifier.parse(String(ref.dropFirst()), extraPrefixes: options.extraFragmentPrefixes) {
        case .failure(let error):
            report(e, "fragment-id", "'\(ref)' is not a valid XLIFF fragment identifier: \(error.reason)")
        case .success(let id):
            guard let leaf = id.leaf, leaf.prefix.isEmpty || leaf.prefix == "t" else { return }
            let side = leaf.prefix == "t" ? "target" : "source"
            let parts = unit.elements.filter { isCore($0, "segment") || isCore($0, "ignorable") }
            let found =
                (side == "source" ? parts : []).contains { $0.attribute("id") == leaf.id }
                || parts.flatMap { coreChildren($0, side) }.flatMap { $0.descendants() }
                    .contains { $0.namespace == core && $0.attribute("id") == leaf.id }
            if !found {
                report(e, "reference", "'\(ref)' names no element in the \(side) of this unit")
            }
        }
    }
}
