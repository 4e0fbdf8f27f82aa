import ICU
import JejuSupport

/// Writes a `Termbase` as TBX v3, TBX-Basic dialect, DCA style: the structure of `glossary/egov.tbx`.
///
/// Deterministic (the model's order, fixed element order within each level, two-space indentation, LF, final
/// newline) and NFC, so one changed term is a one-line diff. The output validates against the TBX core
/// structure RNG; `TBXReader` reads it back to an equal `Termbase`.
public enum TBXWriter {
    /// The document text.
    public static func write(_ termbase: Termbase, language: String = "en") -> String {
        var w = XMLWriter()
        w.start("tbx", ["type": "TBX-Basic", "style": "dca", "xml:lang": language, "xmlns": TBXReader.namespace])
        w.start("tbxHeader")
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
            for concept in termbase.concepts { write(concept, to: &w) }
            w.end()
        }
        w.end()
        return w.finish()
    }

    static func nfc(_ s: String) -> String { Normalizer.normalize(s, .nfc) }

    static func write(_ c: Concept, to w: inout XMLWriter) {
        w.start("conceptEntry", ["id": c.id])
        if let subject = c.subjectField { w.element("descrip", ["type": "subjectField"], text: nfc(subject)) }
        if c.isProperName { w.element("admin", ["type": "projectSubset"], text: "proper-name") }
        for s in c.subsets { w.element("admin", ["type": "projectSubset"], text: nfc(s)) }
        for d in c.definitions { w.element("descrip", ["type": "definition"], text: nfc(d)) }
        if let source = c.source { w.element("admin", ["type": "source"], text: nfc(source)) }
        for n in c.notes { w.element("note", text: nfc(n)) }
        for section in c.languages { write(section, to: &w) }
        w.end()
    }

    static func write(_ s: LanguageSection, to w: inout XMLWriter) {
        w.start("langSec", ["xml:lang": s.language])
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
        for t in s.terms { write(t, to: &w) }
        w.end()
    }

    static func write(_ t: Term, to w: inout XMLWriter) {
        w.start("termSec")
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
