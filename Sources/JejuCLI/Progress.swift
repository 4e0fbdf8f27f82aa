import Foundation

/// Progress of long work on standard error: what, how much of how much, and about how long is left.
///
/// It appears only on a terminal, only once the work has run two seconds (a short command prints nothing), at most
/// ten times a second, and never with `--quiet`; results go to standard output, so `--format json` never has
/// progress in it. `JEJU_PROGRESS=never` turns it off; `JEJU_PROGRESS=always` draws it from the start even when
/// standard error is not a terminal (for logs and tests).
final class Progress: @unchecked Sendable {  // its mutable state is only touched under `lock`
    /// Whether it draws at all (work spent only on progress, such as counting lines, can be skipped when not).
    let enabled: Bool
    private let delay: Double
    private let start = Date()
    private let lock = NSLock()
    private var lastDrawn: Date?
    private var drawn = false
    private var what: String
    private let unit: String
    private var total: Int
    /// What `advance` has counted.
    private var advanced = 0

    /// Progress of `what` ("checking") over `total` `unit`s ("files").
    init(
        _ what: String, total: Int = 0, unit: String = "", quiet: Bool,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let mode = environment["JEJU_PROGRESS"]
        enabled = !quiet && mode != "never" && (mode == "always" || isatty(2) == 1)
        delay = mode == "always" ? 0 : 2
        self.what = what
        self.total = total
        self.unit = unit
    }

    /// `done` of the total (a new total or phase when given).
    func update(_ done: Int, of total: Int? = nil, what: String? = nil) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if let total { self.total = total }
        if let what { self.what = what }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed >= delay else { return }
        if let lastDrawn, now.timeIntervalSince(lastDrawn) < 0.1, done < self.total, what == nil { return }
        lastDrawn = now
        draw(Self.line(what: self.what, done: done, total: self.total, unit: unit, elapsed: elapsed))
    }

    /// One more of the total done, from any thread (work that runs on several cores counts as it goes).
    func advance() {
        guard enabled else { return }
        let done = lock.withLock {
            advanced += 1
            return advanced
        }
        update(done)
    }

    /// A phase measured as a fraction (0…1) rather than a count (the memory index's callback); a negative fraction
    /// names a phase whose progress is not known.
    func update(_ phase: String, _ fraction: Double) {
        if fraction < 0 { update(0, of: 0, what: phase); return }
        update(Int((min(fraction, 1) * 1000).rounded()), of: 1000, what: phase)
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    private func draw(_ line: String) {
        drawn = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// "checking: 120 of 481 files (24%), about 12 s left"; a fraction's phase shows its percentage alone.
    static func line(what: String, done: Int, total: Int, unit: String, elapsed: Double) -> String {
        guard total > 0 else { return unit.isEmpty ? "\(what)…" : "\(what): \(done) \(unit)" }
        let percent = min(100, done * 100 / total)
        var line = unit.isEmpty ? "\(what): \(percent)%" : "\(what): \(done) of \(total) \(unit) (\(percent)%)"
        if done > 0, done < total {
            let left = elapsed / Double(done) * Double(total - done)
            line +=
                left < 60
                ? ", about \(Int(left.rounded(.up))) s left" : ", about \(Int((left / 60).rounded(.up))) min left"
        }
        return line
    }
}
