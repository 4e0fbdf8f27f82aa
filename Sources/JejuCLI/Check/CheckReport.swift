import JejuSupport

/// What `jeju check` found: every finding with its place, and the totals.
struct CheckReport: Encodable {
    /// One finding, placed in its file.
    struct Finding: Encodable {
        var path: String
        var line: Int
        var locale: String
        var document: String
        var unit: String
        var segment: String
        var check: String
        var severity: Diagnostic.Severity
        var message: String
        /// For a suppressed finding: the reason recorded in the XLIFF.
        var reason: String?

        /// `path:line: severity: message [check, segment id]`.
        var text: String { "\(path):\(line): \(severity.rawValue): \(message) [\(check), segment \(segment)]" }
    }

    var profile: String
    var files: [String] = []
    var segments = 0
    var untranslated = 0
    var findings: [Finding] = []
    var suppressed: [Finding] = []

    var errors: Int { findings.filter { $0.severity == .error }.count }
    var warnings: Int { findings.filter { $0.severity == .warning }.count }

    enum CodingKeys: String, CodingKey {
        case profile, files, segments, untranslated, findings, suppressed, errors, warnings
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(profile, forKey: .profile)
        try c.encode(files, forKey: .files)
        try c.encode(segments, forKey: .segments)
        try c.encode(untranslated, forKey: .untranslated)
        try c.encode(findings, forKey: .findings)
        try c.encode(suppressed, forKey: .suppressed)
        try c.encode(errors, forKey: .errors)
        try c.encode(warnings, forKey: .warnings)
    }

    /// The compiler-style listing and a summary line.
    var text: String {
        var out = findings.map { $0.text + "\n" }.joined()
        let infos = findings.count - errors - warnings
        out +=
            "\(segments) segment(s) checked in \(files.count) file(s) (profile \(profile)): \(errors) error(s), \(warnings) warning(s)"
        if infos > 0 { out += ", \(infos) info" }
        if !suppressed.isEmpty { out += ", \(suppressed.count) suppressed" }
        if untranslated > 0 { out += "; \(untranslated) not translated yet" }
        return out + "\n"
    }
}
