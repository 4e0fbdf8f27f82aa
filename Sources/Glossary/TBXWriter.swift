import ICU
import JejuSupport

/// Writes a `Termbase` as TBX v3, TBX-Basic dialect, DCA style: the structure of `glossary/egov.tbx`; or as
/// TBX 2008 (`martif`, `termEntry`/`langSet`/`tig`) for tools that read only the older version.
///
/// Deterministic (the model's order, fixed element order within each level, two-space indentation, LF, final
/// newline) and NFC, so one changed term is a one-line diff. The v3 output validates against the TBX core
/// structure RNG; `TBXReader` reads either version back to an equal `Termbase`, statuses and history included.
public enum TBXWriter {
    /// The TBX version written.
    public enum Version: Sendable {
        /// TBX v3 (ISO 30042:2019), TBX-Basic, DCA style.
        case v3
        /// TBX 2008 (ISO 30042:2008), `martif`.
        case tbx2008

        var names: ElementNames {
            switch self {
            case .v3: ElementNames(header: "tbxHeader", entry: "conceptEntry", language: "langSec", term: "termSec")
            case .tbx2008: ElementNames(header: "martifHeader", entry: "termEntry", language: "langSet", term: "tig")
            }
        }
    }

    /// The element names that differ between the versions; everything inside them is the same.
    struct ElementNames {
        let header: String, entry: String, language: String, term: String
    }

    /// The document text.
    public static func write(_ termbase: Termbase, language: String = "en", version: Version = .v3) -> String {
        var w = XMLWriter()
        let names = version.names
        switch version {
        case .v3:
            w.start("tbx", ["type": "TBX-Basic", "style": "dca", "xml:lang": language, "xmlns": TBXReader.namespace])
        case .tbx2008: w.start("martif", ["type": "TBX-Basic", "xml:lang": language])
        }
        w.start(names.header)
        w.start("fileDesc")
        if let title = termbase.title {
            w.start("titleStmt")
            w.element("title", text: nfc(title))
            w.end()
        }
        w.start("sourceDesc")
        if termbase.sourceDescription.isEmpty {
            w.element("p", text: nil)
        } else {
            for p in termbase.sourceDescription { w.element("p", text: nfc(p)) }
        }
        w.end()
        w.end()
        w.end()
        w.start("text")
        if !termbase.concepts.isEmpty {
            w.start("body")
            for concept in termbase.concepts { write(concept, names: names, to: &w) }
            w.end()
        }
        w.end()
        return w.finish()
    }

    static func nfc(_ s: String) -> String { Normalizer.normalize(s, .nfc) }

    static func write(_ c: Concept, names: ElementNames, to w: inout XMLWriter) {
        w.start(names.entry, ["id": c.id])
        if let subject = c.subjectField { w.element("descrip", ["type": "subjectField"], text: nfc(subject)) }
        if c.isProperName { w.element("admin", ["type": "projectSubset"], text: "proper-name") }
        for s in c.subsets { w.element("admin", ["type": "projectSubset"], text: nfc(s)) }
        for d in c.definitions { w.element("descrip", ["type": "definition"], text: nfc(d)) }
        if let source = c.source { w.element("admin", ["type": "source"], text: nfc(source)) }
        for n in c.notes { w.element("note", text: nfc(n)) }
        for section in c.languages { write(section, names: names, to: &w) }
        w.end()
    }

    static func write(_ s: LanguageSection, names: ElementNames, to w: inout XMLWriter) {
        w.start(names.language, ["xml:lang": s.language])
        for (i, d) in s.definitions.enumerated() {
            w.start("descripGrp")
            w.element("descrip", ["type": "definition"], text: nfc(d))
            if i == 0, let source = s.definitionSource { w.element("admin", ["type": "source"], text: nfc(source)) }
            w.end()
        }
        if s.definitions.isEmpty, let source = s.definitionSource {
            w.element("admin", ["type": "source"], text: nfc(source))
        }
        for n in s.notes { w.element("note", text: nfc(n)) }
        for t in s.terms { write(t, element: names.term, to: &w) }
        w.end()
    }

    static func write(_ t: Term, element: String, to w: inout XMLWriter) {
        w.start(element)
        // Terms are written as they are (not normalized): the check must still see a term that is not NFC.
        w.element("term", text: t.text)
        if let pos = t.partOfSpeech { w.element("termNote", ["type": "partOfSpeech"], text: pos.rawValue) }
        if let type = t.termType { w.element("termNote", ["type": "termType"], text: type.rawValue) }
        if let status = t.status { w.element("termNote", ["type": "administrativeStatus"], text: status.rawValue) }
        if t.doNotTranslate { w.element("admin", ["type": "projectSubset"], text: "do-not-translate") }
        for s in t.subsets { w.element("admin", ["type": "projectSubset"], text: nfc(s)) }
        for c in t.contexts { w.element("descrip", ["type": "context"], text: nfc(c)) }
        if let source = t.source { w.element("admin", ["type": "source"], text: nfc(source)) }
        for n in t.notes { w.element("note", text: nfc(n)) }
        for x in t.transactions { write(x, to: &w) }
        w.end()
    }

    static func write(_ x: Transaction, to w: inout XMLWriter) {
        w.start("transacGrp")
        w.element("transac", ["type": "transactionType"], text: x.kind.rawValue)
        if let who = x.responsibility { w.element("transacNote", ["type": "responsibility"], text: nfc(who)) }
        if let date = x.date { w.element("date", text: date) }
        if let note = x.note { w.element("note", text: nfc(note)) }
        w.end()
    }
}
