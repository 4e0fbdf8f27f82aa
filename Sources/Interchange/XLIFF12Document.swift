import Inline

/// An XLIFF 1.2 document, as far as translation exchange needs it: files of translation units with source,
/// target, state and notes. Inline codes use the same `Segment` content as XLIFF 2 (`<g>` paired, `<x/>`
/// placeholder, `<bx/>`/`<ex/>` start/end; `<bpt>`/`<ept>`/`<ph>`/`<it>` native codes likewise).
public struct XLIFF12Document: Sendable, Equatable {
    /// One `<trans-unit>`.
    public struct Unit: Sendable, Equatable {
        /// `id`.
        public var id: String
        /// `resname`.
        public var resname: String?
        /// `restype` (`x-gettext-domain-header` marks the PO header in `po2xliff`'s output).
        public var restype: String?
        /// `translate="no"` when false.
        public var translate: Bool
        /// `approved="yes"`.
        public var approved: Bool
        /// `<source>`.
        public var source: Segment
        /// `<target>`, if any.
        public var target: Segment?
        /// The target's `state` (`new`, `translated`, `needs-review-translation`, `signed-off`, `final`, `x-…`).
        public var state: String?
        /// `<note>`s: text and `from`.
        public var notes: [(from: String?, text: String)]
        /// `<context-group>` contexts (type, text), written for tools that show them.
        public var contexts: [(type: String, text: String)]
        /// 1-based line (0 when built in memory).
        public var line: Int

        /// Creates a unit.
        public init(
            id: String, resname: String? = nil, translate: Bool = true, approved: Bool = false, source: Segment,
            target: Segment? = nil, state: String? = nil, notes: [(from: String?, text: String)] = [],
            contexts: [(type: String, text: String)] = [], line: Int = 0, restype: String? = nil
        ) {
            self.id = id
            self.restype = restype
            self.resname = resname
            self.translate = translate
            self.approved = approved
            self.source = source
            self.target = target
            self.state = state
            self.notes = notes
            self.contexts = contexts
            self.line = line
        }

        /// Compares everything but the line.
        public static func == (a: Unit, b: Unit) -> Bool {
            a.id == b.id && a.resname == b.resname && a.restype == b.restype && a.translate == b.translate
                && a.approved == b.approved && a.source == b.source
                && a.target == b.target && a.state == b.state && a.notes.map(\.text) == b.notes.map(\.text)
                && a.notes.map(\.from) == b.notes.map(\.from) && a.contexts.map(\.type) == b.contexts.map(\.type)
                && a.contexts.map(\.text) == b.contexts.map(\.text)
        }
    }

    /// One `<file>`.
    public struct File: Sendable, Equatable {
        /// `original`.
        public var original: String
        /// `source-language`.
        public var sourceLanguage: String
        /// `target-language`.
        public var targetLanguage: String?
        /// `datatype`.
        public var datatype: String
        /// The units (groups flattened).
        public var units: [Unit]
        /// 1-based line (0 when built in memory).
        public var line: Int

        /// Creates a file.
        public init(
            original: String, sourceLanguage: String, targetLanguage: String?, datatype: String = "plaintext",
            units: [Unit] = [], line: Int = 0
        ) {
            self.original = original
            self.sourceLanguage = sourceLanguage
            self.targetLanguage = targetLanguage
            self.datatype = datatype
            self.units = units
            self.line = line
        }

        /// Compares everything but the line.
        public static func == (a: File, b: File) -> Bool {
            a.original == b.original && a.sourceLanguage == b.sourceLanguage && a.targetLanguage == b.targetLanguage
                && a.datatype == b.datatype && a.units == b.units
        }
    }

    /// `version` (`1.2`; 1.0 and 1.1 files are read too).
    public var version: String
    /// The files.
    public var files: [File]

    /// Creates a document.
    public init(version: String = "1.2", files: [File] = []) {
        self.version = version
        self.files = files
    }
}
