import Foundation
import ICU
import JejuSupport

/// Validates XLIFF 2.x documents against the core's constraints — the structure `xliff_core_2.0.xsd` gives and
/// the processing requirements of the specification's prose and Schematron rules (id scopes, language
/// attributes, code pairing and editing hints, references, segment order, fragment identifiers) — and the
/// modules' elements and attributes where the specification allows them.
///
/// Every finding names its rule (`xliff2.<rule>`) and carries the line and column of the element concerned.
public struct XLIFF2Validator {
    /// Settings for one run.
    public struct Options: Sendable {
        /// Fragment-identifier prefixes registered for extensions besides the core and module ones
        /// (the OASIS test suite ships such a list, `extra-prefixes.properties`).
        public var extraFragmentPrefixes: Set<String>

        /// Creates options.
        public init(extraFragmentPrefixes: Set<String> = []) {
            self.extraFragmentPrefixes = extraFragmentPrefixes
        }

        /// Reads the prefixes of a Java properties file of `namespace=prefix` lines.
        public static func prefixes(fromProperties text: String) -> Set<String> {
            var out: Set<String> = []
            for line in text.split(whereSeparator: \.isNewline) {
                let t = line.trimmingCharacters(in: .whitespaces)
                guard !t.isEmpty, !t.hasPrefix("#"), !t.hasPrefix("!") else { continue }
                // The separator is the first '=' not escaped with a backslash.
                var previous: Character = " "
                for (i, c) in zip(t.indices, t) {
                    if c == "=" && previous != "\\" {
                        out.insert(t[t.index(after: i)...].trimmingCharacters(in: .whitespaces))
                        break
                    }
                    previous = c
                }
            }
            return out
        }
    }

    let path: String
    let options: Options
    var findings: [ValidationFinding] = []
    let core = XLIFF2Schema.core

    init(path: String, options: Options) {
        self.path = path
        self.options = options
    }

    /// Validates a parsed document and returns its findings in document order.
    public static func validate(_ root: NamespacedElement, path: String, options: Options = Options())
        -> [ValidationFinding]
    {
        var v = XLIFF2Validator(path: path, options: options)
        v.run(root)
        return v.findings.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }

    /// Parses and validates XLIFF 2 bytes; not-well-formed XML is a finding too.
    public static func validate(_ data: Data, path: String, options: Options = Options()) -> [ValidationFinding] {
        do throws(Diagnostic) {
            return validate(try NamespacedReader.parse(data, path: path), path: path, options: options)
        } catch {
            return [ValidationFinding(readFailure: error)]
        }
    }

    mutating func report(
        _ e: NamespacedElement, _ rule: String, _ message: String, severity: Diagnostic.Severity = .error
    ) {
        findings.append(
            ValidationFinding(
                rule: "xliff2.\(rule)", severity: severity, path: path, line: e.line,
                column: e.column, message: message))
    }

    func isCore(_ e: NamespacedElement, _ name: String? = nil) -> Bool {
        e.namespace == core && (name == nil || e.name == name)
    }

    func coreChildren(_ e: NamespacedElement, _ name: String) -> [NamespacedElement] {
        e.elements.filter { $0.namespace == core && $0.name == name }
    }

    mutating func run(_ root: NamespacedElement) {
        guard root.name == "xliff", root.namespace == core else {
            report(
                root, "root",
                "the root element must be <xliff> in the namespace \(core), not <\(root.name)> in '\(root.namespace)'")
            return
        }
        checkStructure(root)
        checkDocument(root)
    }

    // MARK: - structure (the XSD's part)

    mutating func checkStructure(_ e: NamespacedElement) {
        if e.namespace == core {
            guard let decl = XLIFF2Schema.declarations[e.name] else {
                report(e, "unknown-element", "<\(e.name)> is not an XLIFF 2 core element")
                return
            }
            checkAttributes(e, decl)
            checkContent(e, decl)
            for child in e.elements { checkChild(child, of: e) }
        } else if let module = XLIFF2Module(namespace: e.namespace) {
            checkModuleElement(e, module)
        }
    }

    /// A child: core and module elements are checked in turn; an extension element only where allowed.
    mutating func checkChild(_ child: NamespacedElement, of parent: NamespacedElement) {
        if child.namespace == core { checkStructure(child); return }
        if let module = XLIFF2Module(namespace: child.namespace) {
            if parent.namespace == core, !module.allowedParents(of: child.name).contains(parent.name) {
                report(
                    child, "module-placement",
                    "<\(child.name)> of the \(module.displayName) module is not allowed in <\(parent.name)>")
            }
            checkStructure(child)
            return
        }
        // An extension element: only where the content model has a slot for other namespaces.
        if parent.namespace == core && !["file", "group", "unit", "skeleton"].contains(parent.name) {
            report(
                child, "extension-placement",
                "extension element <\(child.name)> (namespace '\(child.namespace)') is not allowed in <\(parent.name)>")
        }
    }

    mutating func checkAttributes(_ e: NamespacedElement, _ decl: XLIFF2Schema.Declaration) {
        for a in e.attributes {
            switch a.namespace {
            case "":
                guard let type = decl.attributes[a.name] else {
                    report(e, "unknown-attribute", "<\(e.name)> has no attribute '\(a.name)'")
                    continue
                }
                if let expected = XLIFF2Schema.check(a.value, type) {
                    report(e, "attribute-value", "'\(a.name)' of <\(e.name)> is '\(a.value)', expected \(expected)")
                }
            case NamespacedElement.xmlNamespace:
                guard
                    decl.xmlAttributes.contains(a.name) || (decl.foreign == .any && ["lang", "space"].contains(a.name))
                else {
                    report(e, "unknown-attribute", "<\(e.name)> does not take '\(a.qualifiedName)'")
                    continue
                }
                if a.name == "lang" && !LanguageTag.isWellFormed(a.value, privateUse: true) {
                    report(e, "language-tag", "xml:lang='\(a.value)' is not a well-formed BCP 47 language tag")
                }
                if a.name == "space" && !["default", "preserve"].contains(a.value) {
                    report(e, "attribute-value", "xml:space must be 'default' or 'preserve', not '\(a.value)'")
                }
                if e.name == "data" && a.name == "space" && a.value != "preserve" {
                    report(e, "attribute-value", "xml:space on <data> is fixed to 'preserve'")
                }
            default:
                if let module = XLIFF2Module(namespace: a.namespace) {
                    guard decl.foreign != .none else {
                        report(e, "module-attribute", "<\(e.name)> takes no module attributes ('\(a.qualifiedName)')")
                        continue
                    }
                    checkModuleAttribute(a, module, on: e)
                } else if decl.foreign != .any {
                    report(
                        e, "extension-attribute",
                        "<\(e.name)> takes no extension attributes ('\(a.qualifiedName)', namespace '\(a.namespace)')")
                }
            }
        }
        for name in decl.required.sorted() where e.attribute(name) == nil {
            report(e, "required-attribute", "<\(e.name)> needs the attribute '\(name)'")
        }
    }

    mutating func checkContent(_ e: NamespacedElement, _ decl: XLIFF2Schema.Declaration) {
        let children = e.elements
        switch decl.content {
        case .empty:
            if !children.isEmpty || e.hasNonWhitespaceText { report(e, "content", "<\(e.name)> must be empty") }
        case .text:
            if let c = children.first { report(c, "content", "<\(e.name)> holds text only, not <\(c.name)>") }
        case .data:
            for c in children where !isCore(c, "cp") {
                report(c, "content", "<data> holds text and <cp> only, not <\(c.name)>")
            }
        case .inline:
            for c in children where !(c.namespace == core && XLIFF2Schema.inlineNames.contains(c.name)) {
                report(c, "content", "<\(e.name)> holds text and inline elements only, not <\(c.name)>")
            }
        case .skeleton:
            for c in children where c.namespace == core {
                report(c, "content", "<skeleton> may not hold XLIFF core elements such as <\(c.name)>")
            }
        case .sequence(let particles):
            if e.hasNonWhitespaceText { report(e, "content", "<\(e.name)> may not hold text") }
            matchSequence(e, children, particles)
        }
    }

    /// Greedy matching of a deterministic content model (the XSD's models all are).
    mutating func matchSequence(
        _ e: NamespacedElement, _ children: [NamespacedElement], _ particles: [XLIFF2Schema.Particle]
    ) {
        var i = 0
        for p in particles {
            var n = 0
            while i < children.count, n < p.max, p.matches(children[i]) {
                i += 1
                n += 1
            }
            if n < p.min {
                let at = i < children.count ? children[i] : e
                let found = i < children.count ? "<\(children[i].name)>" : "the end of <\(e.name)>"
                report(at, "content", "<\(e.name)> needs \(p.label) before \(found)")
                return
            }
        }
        if i < children.count {
            let c = children[i]
            report(c, "content", "<\(c.name)> is not allowed here in <\(e.name)> (misplaced, repeated or unknown)")
        }
    }

    // MARK: - document-level constraints

    mutating func checkDocument(_ root: NamespacedElement) {
        let srcLang = root.attribute("srcLang")
        let trgLang = root.attribute("trgLang")
        var fileIDs: [String: NamespacedElement] = [:]
        for file in coreChildren(root, "file") {
            if let id = file.attribute("id") {
                if fileIDs[id] != nil {
                    report(
                        file, "id-unique",
                        "the id '\(id)' is used by another <file> (file ids are unique in the document)")
                }
                fileIDs[id] = file
            }
            checkFile(file, srcLang: srcLang, trgLang: trgLang)
        }
    }

    mutating func checkFile(_ file: NamespacedElement, srcLang: String?, trgLang: String?) {
        var groupIDs: Set<String> = [], unitIDs: Set<String> = []
        var units: [NamespacedElement] = []
        for e in file.descendants() where e.namespace == core {
            switch e.name {
            case "group":
                if let id = e.attribute("id"), !groupIDs.insert(id).inserted {
                    report(e, "id-unique", "the id '\(id)' is used by another <group> in this file")
                }
            case "unit" where e.parent.map({ $0.namespace == core }) ?? false:
                units.append(e)
                if let id = e.attribute("id"), !unitIDs.insert(id).inserted {
                    report(e, "id-unique", "the id '\(id)' is used by another <unit> in this file")
                }
            case "notes":
                var noteIDs: Set<String> = []
                for note in coreChildren(e, "note") {
                    if let id = note.attribute("id"), !noteIDs.insert(id).inserted {
                        report(note, "id-unique", "the id '\(id)' is used by another <note> of these <notes>")
                    }
                }
            case "skeleton":
                let empty = e.children.isEmpty
                if e.attribute("href") == nil && empty {
                    report(
                        e, "skeleton",
                        "an empty <skeleton> needs 'href' (href is required if and only if the skeleton is empty)")
                }
                if e.attribute("href") != nil && !empty {
                    report(e, "skeleton", "a <skeleton> with 'href' must be empty")
                }
            case "target" where e.parent.map({ isCore($0, "segment") || isCore($0, "ignorable") }) ?? false:
                if trgLang == nil {
                    report(e, "trgLang", "the document has <target> elements, so <xliff> needs 'trgLang'")
                }
                checkLanguage(e, expected: trgLang, attribute: "trgLang")
                checkSpace(e)
            case "source" where e.parent.map({ isCore($0, "segment") || isCore($0, "ignorable") }) ?? false:
                checkLanguage(e, expected: srcLang, attribute: "srcLang")
            default:
                break
            }
        }
        for container in [file] + file.descendants()
        where isCore(container, "group") || isCore(container, "unit") || container === file {
            checkExtensionIDs(container)
        }
        for unit in units { checkUnit(unit, file: file, unitIDs: unitIDs) }
        checkModuleRules(file)
    }

    /// The inherited value of an `xml:` attribute.
    func inherited(_ e: NamespacedElement, _ name: String) -> String? {
        var current: NamespacedElement? = e
        while let c = current {
            if let v = c.attribute(name, namespace: NamespacedElement.xmlNamespace) { return v }
            current = c.parent
        }
        return nil
    }

    mutating func checkLanguage(_ e: NamespacedElement, expected: String?, attribute: String) {
        guard let expected, let lang = inherited(e, "lang") else { return }
        if !LanguageTag.includes(expected, lang) {
            let whence = e.xmlLang != nil ? "" : " (inherited)"
            report(
                e, "language-match",
                "xml:lang='\(lang)'\(whence) of <\(e.name)> does not match \(attribute)='\(expected)' of <xliff>")
        }
    }

    mutating func checkSpace(_ target: NamespacedElement) {
        guard let part = target.parent, let source = coreChildren(part, "source").first else { return }
        let t = inherited(target, "space") ?? "default", s = inherited(source, "space") ?? "default"
        if t != s {
            report(
                target, "xml-space", "xml:space of <target> is '\(t)' but of its <source> '\(s)'; they must be equal")
        }
    }

    /// Ids of extension elements are unique within their enclosing file, group or unit.
    mutating func checkExtensionIDs(_ container: NamespacedElement) {
        var seen: Set<String> = []
        func walk(_ e: NamespacedElement, inExtension: Bool) -> [(NamespacedElement, String)] {
            var out: [(NamespacedElement, String)] = []
            for c in e.elements {
                if c.namespace == core { continue }
                let isExtension = XLIFF2Module(namespace: c.namespace) == nil
                if isExtension || inExtension {
                    if let id = c.attribute("id") ?? c.attribute("id", namespace: NamespacedElement.xmlNamespace) {
                        out.append((c, id))
                    }
                    out += walk(c, inExtension: true)
                }
            }
            return out
        }
        for (e, id) in walk(container, inExtension: false) where !seen.insert(id).inserted {
            report(e, "id-unique", "the id '\(id)' is used by another extension element in this <\(container.name)>")
        }
    }
}
