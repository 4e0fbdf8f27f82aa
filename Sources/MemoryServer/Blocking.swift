import Dispatch

/// Runs async server work from the synchronous commands: the command's thread waits for it. The commands are
/// short-lived processes with one task at a time, so a blocked thread costs nothing and keeps them simple.
public enum Blocking {
    final class Box<T>: @unchecked Sendable {
        var result: Result<T, any Error> = .failure(CancellationError())
    }

    /// Runs `body` to completion and returns its result or rethrows its error.
    public static func run<T>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result.get()
    }
}
