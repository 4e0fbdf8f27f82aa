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
    /// The findings, when they are kept (the JSON report); the text report writes them as they come.
    var findings: [Finding] = []
    var suppressed: [Finding] = []
    /// Whether `add` keeps findings, suppressed ones and file names, or only counts them.
    var keeps = true
    private(set) var fileCount = 0
    private(set) var errors = 0
    private(set) var warnings = 0
    private(set) var infos = 0
    private(set) var suppressedCount = 0

    /// Counts a checked file, keeping its name when the report keeps things.
    mutating func add(file: String) {
        fileCount += 1
        if keeps { files.append(file) }
    }

    /// Counts a finding (a suppressed one apart), keeping it when the report keeps things.
    mutating func add(_ finding: Finding, suppressed isSuppressed: Bool) {
        if isSuppressed {
            suppressedCount += 1
            if keeps { suppressed.append(finding) }
            return
        }
        switch finding.severity {
        case .error: errors += 1
        case .warning: warnings += 1
        default: infos += 1
        }
        if keeps { findings.append(finding) }
    }

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

    /// The compiler-style listing (of the findings kept) and the summary line.
    var text: String { findings.map { $0.text + "\n" }.joined() + summary }

    /// The summary line.
    var summary: String {
        var out =
            "\(segments) segment(s) checked in \(fileCount) file(s) (profile \(profile)): \(errors) error(s), \(warnings) warning(s)"
        if infos > 0 { out += ", \(infos) info" }
        if suppressedCount > 0 { out += ", \(suppressedCount) suppressed" }
        if untranslated > 0 { out += "; \(untranslated) not translated yet" }
        return out + "\n"
    }
}
