import Foundation

/// Runs independent jobs on all cores (the build: one job per locale, each with its own ICU handles).
public enum Parallel {
    /// Result slots and the job, shared by the workers; each worker touches only its own slot, and the count of
    /// ended jobs only under the lock.
    private final class Work<T>: @unchecked Sendable {
        var values: [Result<T, Diagnostic>?]
        let body: (Int) throws(Diagnostic) -> T
        /// Hears the count of ended jobs, under `lock`.
        var completed: (Int) -> Void = { _ in }
        private var endedCount = 0
        private let lock = NSLock()

        func ended() {
            lock.withLock {
                endedCount += 1
                completed(endedCount)
            }
        }
        init(_ count: Int, _ body: @escaping (Int) throws(Diagnostic) -> T) {
            values = Array(repeating: nil, count: count)
            self.body = body
        }
    }

    /// `body(i)` for every `i` in `0..<count`, concurrently; results in index order. The first error (by index)
    /// is thrown after all jobs end. `completed` hears how many jobs have ended, once after each (one at a time).
    public static func map<T>(
        _ count: Int, completed: ((Int) -> Void)? = nil,
        _ body: (Int) throws(Diagnostic) -> T
    ) throws(Diagnostic) -> [T] {
        let slots: [Result<T, Diagnostic>?] = withoutActuallyEscaping(body) { escapable in
            let work = Work(count, escapable)
            withoutActuallyEscaping(completed ?? { _ in }) { completed in
                work.completed = completed
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    do throws(Diagnostic) {
                        work.values[index] = .success(try work.body(index))
                    } catch {
                        work.values[index] = .failure(error)
                    }
                    work.ended()
                }
                work.completed = { _ in }
            }
            return work.values
        }
        var out: [T] = []
        out.reserveCapacity(count)
        for slot in slots {
            switch slot {
            case .success(let value): out.append(value)
            case .failure(let error): throw error
            case nil: throw Diagnostic(rule: "internal", path: "jeju", message: "internal error: a job did not run")
            }
        }
        return out
    }
}

extension Parallel {
    /// Resources that are not thread-safe (a quality checker with its ICU caches) lent to one job at a time:
    /// `using` lends an idle one or makes a new one, and takes it back after. As many are made as jobs run at once.
    public final class Pool<Resource>: @unchecked Sendable {  // `idle` is only touched under `lock`
        private var idle: [Resource]
        private let lock = NSLock()
        private let make: () throws(Diagnostic) -> Resource

        /// A pool holding `idle` (one made up front, say, so that a failure to make one shows before any job
        /// runs) that makes more with `make`.
        public init(idle: [Resource] = [], _ make: @escaping () throws(Diagnostic) -> Resource) {
            self.idle = idle
            self.make = make
        }

        /// `body` with a resource no other job holds meanwhile.
        public func using<T>(_ body: (Resource) throws(Diagnostic) -> T) throws(Diagnostic) -> T {
            let resource: Resource
            if let idle = lock.withLock({ idle.popLast() }) { resource = idle } else { resource = try make() }
            defer { lock.withLock { idle.append(resource) } }
            return try body(resource)
        }
    }
}
