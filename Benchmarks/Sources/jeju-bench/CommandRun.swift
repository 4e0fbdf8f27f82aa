import Foundation

/// A whole command as a user runs it: the release `jeju` (or any binary) started as a process, its standard
/// input and output redirected to files, measured from outside with `wait4` — wall time, CPU time (user +
/// system) — and GNU time (`/usr/bin/time`, Debian's `time`) for peak resident memory. Used by the
/// whole-command benchmarks, which print each command beside the loop it is built around.
struct CommandRun {
    var wall: Double
    var cpu: Double
    /// Peak resident set size in bytes (`ru_maxrss`, which Linux reports in KiB).
    var peakMemory: Int
    var status: Int32

    var peakMiB: Double { Double(peakMemory) / 1_048_576 }

    /// Runs `executable` with `arguments` in `directory`; `stdin`/`stdout` are file paths (nil: /dev/null).
    /// Standard error goes to /dev/null unless `stderr` names a file. Throws when the process cannot start;
    /// a non-zero exit is returned in `status` for the caller to judge.
    static func measure(_ executable: String, _ arguments: [String], in directory: String? = nil,
                        stdin: String? = nil, stdout: String? = nil, stderr: String? = nil,
                        environment: [String: String] = [:]) throws -> CommandRun {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        // A process started with posix_spawn shares this one's memory until it execs, and Linux keeps that high
        // water mark in its peak (ru_maxrss): measured directly, every command would seem to need as much memory
        // as the benchmark holds. GNU time forks from its own small process and reports its child's peak alone.
        let timeOutput = FileManager.default.temporaryDirectory.appendingPathComponent("jeju-bench-maxrss-\(getpid())").path
        let timed = FileManager.default.isExecutableFile(atPath: Self.gnuTime)
        let command = timed ? [Self.gnuTime, "-f", "%M", "-o", timeOutput, executable] : [executable]
        defer { if timed { unlink(timeOutput) } }
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        // The benchmark is single-threaded, so the child's working directory is set by changing ours around the
        // spawn (Glibc's `posix_spawn_file_actions_addchdir_np` is not visible to Swift here).
        let previous = FileManager.default.currentDirectoryPath
        if let directory { FileManager.default.changeCurrentDirectoryPath(directory) }
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchmarkError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchmarkError("wait4: \(String(cString: strerror(errno)))") }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        // GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
        let reported = timed ? (try? String(contentsOfFile: timeOutput, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } : nil
        return CommandRun(wall: wall, cpu: cpu, peakMemory: (reported ?? usage.ru_maxrss) * 1024, status: exit)
    }

    /// GNU time, which measures a command's own peak memory (see `measure`); without it the peak includes the
    /// benchmark's.
    static let gnuTime = "/usr/bin/time"

    /// The release `jeju` next to this benchmark's own build, or `JEJU_BIN`; built by
    /// `swift build -c release` in the repository.
    static func jejuBinary(repository: URL) throws -> String {
        if let path = ProcessInfo.processInfo.environment["JEJU_BIN"] { return path }
        let path = repository.appendingPathComponent(".build/release/jeju").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError("no release binary at \(path): run `swift build -c release` first (or set JEJU_BIN)")
        }
        return path
    }
}
