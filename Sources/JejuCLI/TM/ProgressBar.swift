import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal (quiet in pipes and CI).
final class ProgressBar {
    private let enabled = isatty(2) == 1
    private var lastDrawn = -1
    private var lastPhase = ""

    /// Draws `phase` at `fraction` (0…1), redrawing at most once per percent.
    func update(_ phase: String, _ fraction: Double) {
        guard enabled else { return }
        let percent = Int(min(max(fraction, 0), 1) * 100)
        if percent == lastDrawn && phase == lastPhase { return }
        lastDrawn = percent
        lastPhase = phase
        let width = 30, filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(percent)% \(phase)".utf8))
    }

    /// Clears the bar.
    func finish() {
        guard enabled, lastDrawn >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
