import JejuSupport

/// One check of a termbase, as a value: an id, a title, a severity and a function returning findings.
public struct GlossaryCheck: Sendable {
    /// What a check sees.
    public struct Context: Sendable {
        /// The termbase.
        public var termbase: Termbase
        /// The file it was read from, for findings.
        public var path: String
        /// The source locale (definitions are expected in it).
        public var sourceLocale: String
        /// The target locales every concept needs a term in.
        public var targetLocales: [String]

        /// A context.
        public init(termbase: Termbase, path: String, sourceLocale: String = "en", targetLocales: [String]) {
            self.termbase = termbase
            self.path = path
            self.sourceLocale = sourceLocale
            self.targetLocales = targetLocales
        }
    }

    /// Stable id, used in findings and JSON (`missing-locale`).
    public let id: String
    /// One line saying what it checks.
    public let title: String
    /// The severity of its findings.
    public let severity: Diagnostic.Severity
    let body: @Sendable (Context, GlossaryCheck) -> [GlossaryFinding]

    /// A check.
    public init(
        id: String, title: String, severity: Diagnostic.Severity,
        _ body: @escaping @Sendable (Context, GlossaryCheck) -> [GlossaryFinding]
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.body = body
    }

    /// Runs the check.
    public func run(_ context: Context) -> [GlossaryFinding] { body(context, self) }

    /// A finding of this check.
    func finding(_ context: Context, _ position: SourcePosition?, concept: String?, locale: String?, _ message: String)
        -> GlossaryFinding
    {
        GlossaryFinding(
            check: id, severity: severity, path: context.path, position: position, conceptID: concept,
            locale: locale, message: message)
    }
}
