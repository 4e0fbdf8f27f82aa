/// The QA errors found in the translations a build reads (by `jeju check`'s checker), which withhold a notice
/// in a locale unless the policy publishes it anyway.
public struct QAErrors: Sendable, Equatable {
    /// Messages (`path:line: message [check]`) per locale and notice id.
    public var messages: [String: [String: [String]]]

    /// Errors per locale and notice id.
    public init(_ messages: [String: [String: [String]]] = [:]) {
        self.messages = messages
    }

    /// The errors in `notice`'s translation into `locale`.
    public func errors(locale: String, notice: String) -> [String] { messages[locale]?[notice] ?? [] }

    /// A stable text, for the build's fingerprint.
    var fingerprint: String {
        messages.keys.sorted().flatMap { locale in
            (messages[locale] ?? [:]).keys.sorted().map {
                "\(locale)/\($0): \(errors(locale: locale, notice: $0).joined(separator: " | "))"
            }
        }.joined(separator: "\n")
    }
}
